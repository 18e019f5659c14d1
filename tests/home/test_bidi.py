"""Latin-script runs in Arabic pages are isolated; German names carry lang="de" elsewhere."""

import pytest
from django.utils import translation

from home.bidi import isolate
from home.demo_content import ASSOCIATION_NAME, DEMO_EMAIL
from home.models import StandardPage

NAME = ASSOCIATION_NAME


def test_latin_runs_in_arabic_text_are_isolated():
    html = "<p>العنوان: Musterstraße 1، 40213 Düsseldorf، ألمانيا.</p>"
    assert isolate(html, "ar", rtl=True) == (
        '<p>العنوان: <bdi dir="ltr">Musterstraße 1</bdi>، '
        '<bdi dir="ltr">40213 Düsseldorf</bdi>، ألمانيا.</p>'
    )


def test_e_mail_address_and_url_keep_their_punctuation_inside_and_the_sentence_outside():
    html = f'<p>راسلونا على {DEMO_EMAIL}. أو <a href="/x">https://example.org/a/</a>.</p>'
    assert isolate(html, "ar", rtl=True) == (
        f'<p>راسلونا على <bdi dir="ltr">{DEMO_EMAIL}</bdi>. أو '
        '<a href="/x"><bdi dir="ltr">https://example.org/a/</bdi></a>.</p>'
    )


def test_german_name_in_arabic_is_isolated_and_marked_german_with_its_quotes():
    html = f"<p>الجهة المسؤولة هي {NAME}، وتجدون بياناتها هنا.</p>"
    assert isolate(html, "ar", rtl=True) == (
        f'<p>الجهة المسؤولة هي <bdi dir="ltr" lang="de">{NAME}</bdi>، وتجدون بياناتها هنا.</p>'
    )


def test_a_quote_opened_inside_a_latin_run_closes_inside_it():
    html = "<p>اسم „Düsseldorf-Marrakesch“ هنا</p>"  # the quotes belong to the Arabic text
    assert (
        isolate(html, "ar", True) == '<p>اسم „<bdi dir="ltr">Düsseldorf-Marrakesch</bdi>“ هنا</p>'
    )
    html = "<p>الاسم Verein „Düsseldorf-Marrakesch“ هنا</p>"
    assert '<bdi dir="ltr">Verein „Düsseldorf-Marrakesch“</bdi> هنا' in isolate(html, "ar", True)


def test_digits_alone_stay_in_the_arabic_text():
    html = "<p>تأسست الجمعية في 14 مايو 2022.</p>"
    assert isolate(html, "ar", rtl=True) == html


def test_only_text_nodes_change_never_markup_attributes_or_code():
    html = (
        '<p title="Düsseldorf"><a href="https://example.org/x">رابط</a> '
        '<span dir="ltr">Düsseldorf</span> <bdi>Marrakesch</bdi> <code>print("x")</code> '
        "&lt;Düsseldorf&gt; &amp; نص</p><script>var city = 'Düsseldorf';</script>"
    )
    result = isolate(html, "ar", rtl=True)
    assert 'title="Düsseldorf"' in result and 'href="https://example.org/x"' in result
    assert '<span dir="ltr">Düsseldorf</span>' in result
    assert "<bdi>Marrakesch</bdi>" in result
    assert '<code>print("x")</code>' in result
    assert "<script>var city = 'Düsseldorf';</script>" in result
    assert '&lt;<bdi dir="ltr">Düsseldorf</bdi>&gt; &amp; نص' in result


def test_left_to_right_pages_only_get_german_names_marked():
    html = f"<p>Le responsable est le {NAME} à Düsseldorf.</p>"
    assert isolate(html, "fr", rtl=False) == (
        f'<p>Le responsable est le <span lang="de">{NAME}</span> à Düsseldorf.</p>'
    )
    german = f"<p>Verantwortlich ist der {NAME}.</p>"
    assert isolate(german, "de", rtl=False) is german


def test_text_without_mixed_direction_is_returned_unchanged():
    html = "<p>نص عربي فقط، بلا أي حروف لاتينية.</p>"
    assert isolate(html, "ar", rtl=True) is html


@pytest.mark.django_db
def test_arabic_legal_notice_isolates_name_address_and_e_mail(client):
    page = StandardPage.objects.get(locale__language_code="ar", slug="al-bayanat-al-qanuniya")
    html = client.get(page.url).text
    main = html.split("<main", 1)[1].split("</main>")[0]
    assert f'<bdi dir="ltr" lang="de">{NAME}</bdi>' in main
    assert '<bdi dir="ltr">Musterstraße 1</bdi>، <bdi dir="ltr">40213 Düsseldorf</bdi>' in main
    assert f'<bdi dir="ltr">{DEMO_EMAIL}</bdi>' in main
    assert '(<bdi dir="ltr">DDG</bdi>)' in main  # in the heading block


@pytest.mark.django_db
def test_arabic_footer_isolates_the_e_mail_address(client):
    footer = client.get("/ar/").text.split('<footer class="site-footer">')[1]
    assert f'<bdi dir="ltr">{DEMO_EMAIL}</bdi>' in footer


@pytest.mark.django_db
def test_arabic_about_page_isolates_the_board_members_names(client):
    page = StandardPage.objects.get(locale__language_code="ar", slug="man-nahnu")
    main = client.get(page.url).text.split("<main", 1)[1]
    assert '<bdi dir="ltr">Redouan Aoulad Ali</bdi> و <bdi dir="ltr">Nezha Asdad</bdi>' in main
    # The quote's attribution: the name isolated, the Arabic rest in the Arabic flow.
    assert '<figcaption>— <bdi dir="ltr">Nezha Asdad</bdi>، عضوة مجلس الإدارة' in main


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "slug"), [("fr", "a-propos"), ("en", "about-us")])
def test_german_name_carries_lang_in_french_and_english(client, language, slug):
    page = StandardPage.objects.get(locale__language_code=language, slug=slug)
    html = client.get(page.url).text
    assert f'<span lang="de">{NAME}</span>' in html
    assert "<bdi" not in html.split("<main", 1)[1].split("</main>")[0]


@pytest.mark.django_db
def test_german_page_is_not_marked(client):
    page = StandardPage.objects.get(locale__language_code="de", slug="ueber-uns")
    html = client.get(page.url).text
    assert NAME in html
    assert 'lang="de">' + NAME not in html


def test_filter_escapes_plain_text_and_follows_the_active_language():
    from home.templatetags.bidi_tags import isolate_bidi

    with translation.override("ar"):
        assert isolate_bidi("مدينة <Düsseldorf>") == 'مدينة &lt;<bdi dir="ltr">Düsseldorf</bdi>&gt;'
    with translation.override("fr"):
        assert isolate_bidi("Ville <Düsseldorf>") == "Ville &lt;Düsseldorf&gt;"


@pytest.mark.django_db
def test_arabic_news_body_is_isolated_too(client):
    """News bodies use the same blocks and Wagtail's rich text template, which isolate."""
    from news.models import NewsPage

    german = NewsPage.objects.get(slug="absichtserklaerung", locale__language_code="de")
    arabic = NewsPage.objects.get(
        translation_key=german.translation_key, locale__language_code="ar"
    )
    main = client.get(arabic.url).text.split("<main", 1)[1]
    assert 'عضو مجلس الإدارة <bdi dir="ltr">Redouan Aoulad Ali</bdi> في ذلك:' in main
    assert '<figcaption>— <bdi dir="ltr">Redouan Aoulad Ali</bdi>، عضو مجلس الإدارة' in main
