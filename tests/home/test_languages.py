import pytest

from home.models import StandardPage
from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.news.i18n import german

pytestmark = pytest.mark.django_db

HINT = "This page is not translated yet; the link leads to the nearest translated page."


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("ar", "/ar/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("es", "/de/"),
        ("", "/de/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


def _switcher(html):
    return html.split('class="language-switcher"')[1].split("</nav>")[0]


def test_switcher_and_hreflang_point_to_each_translation(client):
    response = client.get("/fr/a-propos/")
    html = response.text
    switcher = _switcher(html)
    for code, slug in [("de", "ueber-uns"), ("ar", "man-nahnu"), ("en", "about-us")]:
        page = StandardPage.objects.get(locale__language_code=code, slug=slug)
        assert f'href="{page.url}" hreflang="{code}"' in switcher
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver{page.url}">' in html
        )
    assert '<span aria-current="true" lang="fr"' in switcher
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/de/ueber-uns/">' in html
    )


def test_untranslated_page_switches_to_nearest_translated_ancestor(client, home):
    page = publish(StandardPageFactory(parent=home, title="Nur auf Deutsch", slug="nur-deutsch"))
    html = client.get(page.url).text
    switcher = _switcher(html)
    assert 'href="/fr/" hreflang="fr"' in switcher
    assert 'href="/ar/" hreflang="ar"' in switcher
    assert 'hreflang="fr" href=' not in html  # no alternate for a translation that does not exist
    assert '<link rel="alternate" hreflang="de" href="http://testserver/de/nur-deutsch/">' in html


def test_alias_is_not_offered_as_a_translation(client, home, locales):
    page = publish(StandardPageFactory(parent=home, title="Entwurf", slug="entwurf"))
    french_home = home.get_translation(locales["fr"])
    alias = page.copy_for_translation(locales["fr"], alias=True)
    assert alias.get_parent().specific == french_home.specific
    html = client.get(page.url).text
    assert 'href="/fr/" hreflang="fr"' in _switcher(html)
    menu = client.get("/fr/").text.split('class="main-nav"')[1].split("</nav>")[0]
    assert "Entwurf" not in menu


def test_main_menu_lists_menu_pages_of_the_locale(client):
    menu = client.get("/en/").text.split('class="main-nav"')[1].split("</nav>")[0]
    assert "About us" in menu or "About Us" in menu
    assert "Über uns" not in menu
    assert "Legal notice" not in menu  # not in the menu, only in the footer


def test_page_only_in_german_has_x_default_and_no_other_alternates(client, home):
    page = publish(StandardPageFactory(parent=home, title="Nur hier", slug="nur-hier"))
    html = client.get(page.url).text
    alternates = [line for line in html.splitlines() if '<link rel="alternate" hreflang=' in line]
    assert alternates == [
        '<link rel="alternate" hreflang="de" href="http://testserver/de/nur-hier/">',
        '<link rel="alternate" hreflang="x-default" href="http://testserver/de/nur-hier/">',
    ]


def test_switcher_hint_for_untranslated_pages_is_text_not_only_a_title(client, home):
    page = publish(StandardPageFactory(parent=home, title="Nur auf Deutsch", slug="nur-de"))
    switcher = _switcher(client.get(page.url).text)
    french = switcher.split('hreflang="fr"')[1].split("</a>")[0]
    assert 'class="visually-hidden" lang="de" dir="ltr"' in french
    assert german(HINT) in french
    assert "title=" not in switcher
    # A translated page's links carry no such hint.
    assert "visually-hidden" not in _switcher(client.get("/fr/a-propos/").text)


@pytest.mark.usefixtures("fragment_modes")
def test_a_new_translation_reaches_the_switcher_of_a_page_already_served(client, home):
    """The switcher of a page may come from the shared fragments: publishing a translation
    renews them, and the page then links to it instead of to the French home page."""
    page = publish(StandardPageFactory(parent=home, title="Bald auf Französisch", slug="bald"))
    assert 'href="/fr/" hreflang="fr"' in _switcher(client.get(page.url).text)
    assert 'href="/fr/" hreflang="fr"' in _switcher(client.get(page.url).text)
    french = translate_page(page, "fr", title="Bientôt en français", slug="bientot")
    switcher = _switcher(client.get(page.url).text)
    assert f'href="{french.url}" hreflang="fr"' in switcher
    assert 'href="/fr/" hreflang="fr"' not in switcher
