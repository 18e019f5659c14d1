from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.demo_content import QUOTE_AOULAD_ALI, QUOTE_ASDAD
from home.models import DemoRecord, Footer, StandardPage
from knowledge.models import ArchiveEntryPage
from news.models import NewsPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("de", "fr", "ar", "en")


def _counts():
    return {
        model.__name__: model.objects.count()
        for model in (
            Page,
            Revision,
            Footer,
            Translation,
            TranslationSource,
            StringTranslation,
            DemoRecord,
        )
    }


def _load():
    output = StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def test_loading_the_demo_again_changes_nothing():
    before = _counts()
    _load()
    assert _counts() == before


def test_loading_the_demo_keeps_an_editors_change():
    page = StandardPage.objects.get(slug="ueber-uns", locale__language_code="de")
    page.intro = "Von der Redaktion geändert."
    page.save_revision().publish()
    _load()
    page.refresh_from_db()
    assert page.intro == "Von der Redaktion geändert."


def test_a_page_whose_slug_an_editor_changed_is_not_created_again():
    page = StandardPage.objects.get(slug="ueber-uns", locale__language_code="de")
    page.slug = "wer-wir-sind"
    page.title = "Wer wir sind"
    page.save_revision().publish()
    before = _counts()
    _load()
    assert _counts() == before
    assert not StandardPage.objects.filter(slug="ueber-uns", locale__language_code="de").exists()


def test_a_page_an_editor_deleted_stays_deleted():
    page = StandardPage.objects.get(slug="weg-zur-staedtepartnerschaft", locale__language_code="de")
    translation_key = page.translation_key
    page.delete()
    StandardPage.objects.filter(translation_key=translation_key).delete()
    before = _counts()
    _load()
    assert _counts() == before
    assert not StandardPage.objects.filter(translation_key=translation_key).exists()


def test_a_translation_an_editor_deleted_stays_deleted():
    french = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    translation_key = french.translation_key
    french.delete()
    _load()
    assert not StandardPage.objects.filter(
        translation_key=translation_key, locale__language_code="fr", alias_of__isnull=True
    ).exists()


def test_a_deleted_news_item_stays_deleted():
    item = NewsPage.objects.get(slug="absichtserklaerung", locale__language_code="de")
    translation_key = item.translation_key
    NewsPage.objects.filter(translation_key=translation_key).delete()
    _load()
    assert not NewsPage.objects.filter(translation_key=translation_key).exists()


def test_demo_translations_are_complete_in_the_localisation_ui():
    about = StandardPage.objects.get(slug="ueber-uns", locale__language_code="de")
    translations = Translation.objects.filter(source__object_id=about.translation_key)
    assert {t.target_locale.language_code for t in translations} == {"fr", "ar", "en"}
    for translation in translations:
        total, done = translation.get_progress()
        assert total > 0 and done == total
        assert translation.source.get_translated_instance(translation.target_locale).live


def test_demo_has_the_four_language_footer():
    assert set(Footer.objects.values_list("locale__language_code", flat=True)) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_board_members_are_quoted_with_the_same_words_on_every_page(client, language):
    """The quotes appear identically on the demo pages and in the news, in each language."""
    pages = {
        "about": StandardPage.objects.get(
            locale__language_code=language,
            translation_key=StandardPage.objects.get(slug="ueber-uns").translation_key,
        ),
        "founding": NewsPage.objects.get(
            locale__language_code=language,
            translation_key=NewsPage.objects.get(slug="foerderverein-gegruendet").translation_key,
        ),
    }
    for page in pages.values():
        assert QUOTE_ASDAD["text"][language] in client.get(page.url).text
    declaration = NewsPage.objects.get(
        locale__language_code=language,
        translation_key=NewsPage.objects.get(slug="absichtserklaerung").translation_key,
    )
    assert QUOTE_AOULAD_ALI["text"][language] in client.get(declaration.url).text


def test_demo_news_are_dated_on_the_founding_day_they_report():
    """The articles speak of the founding in the past tense: none may be dated before it."""
    for item in NewsPage.objects.filter(locale__language_code="de"):
        assert str(item.date) >= "2022-05-14", item.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_claims_no_registration_and_no_log_deletion(client, language):
    for page in StandardPage.objects.live().public().filter(locale__language_code=language):
        html = client.get(page.url).text
        for invented in ("e. V.", "e.V.", "Vereinsregister", "automatisch gelöscht"):
            assert invented not in html, (page.url, invented)


def test_privacy_page_says_that_logs_are_not_deleted_automatically(client):
    page = StandardPage.objects.get(slug="datenschutz", locale__language_code="de")
    html = client.get(page.url).text
    assert "Eine automatische Löschung dieser Protokolle ist in dieser Installation nicht" in html


def test_archive_titles_carry_no_placeholder_the_demo_notice_says_it():
    titles = ArchiveEntryPage.objects.values_list("title", flat=True)
    assert titles and not [title for title in titles if "Platzhalter" in title]
