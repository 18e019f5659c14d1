from io import StringIO

import pytest
from django.core.management import call_command
from wagtail_localize.models import Translation

from news.models import NewsCategory, NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def _counts():
    return (
        NewsIndexPage.objects.count(),
        NewsPage.objects.count(),
        NewsCategory.objects.count(),
        Translation.objects.count(),
    )


def test_each_locale_has_a_translated_news_index(demo_index):
    assert {code: page.slug for code, page in demo_index.items()} == {
        "de": "aktuelles",
        "fr": "actualites",
        "ar": "al-akhbar",
        "en": "news",
    }
    german = demo_index["de"]
    for code in ("fr", "ar", "en"):
        page = demo_index[code]
        assert page.translation_key == german.translation_key
        assert page.live and page.alias_of_id is None


@pytest.mark.parametrize("language", ["de", "fr", "ar", "en"])
def test_eight_demo_news_across_four_categories_in_every_language(demo_index, language):
    news = NewsPage.objects.child_of(demo_index[language]).live()
    assert news.count() == 8
    assert all(page.alias_of_id is None and page.category for page in news)
    assert all(page.category.locale.language_code == language for page in news)
    assert len({page.category.slug for page in news}) == 4
    assert {page.date.year for page in news} == {2022, 2023, 2024, 2025}


def test_demo_news_are_complete_translations():
    founding = NewsPage.objects.get(slug="foerderverein-gegruendet", locale__language_code="de")
    translations = Translation.objects.filter(source__object_id=founding.translation_key)
    assert {t.target_locale.language_code for t in translations} == {"fr", "ar", "en"}
    for translation in translations:
        total, done = translation.get_progress()
        assert total > 0 and done == total


def test_loading_the_demo_again_creates_nothing_and_keeps_edits():
    page = NewsPage.objects.get(slug="absichtserklaerung", locale__language_code="de")
    page.intro = "Von der Redaktion geändert."
    page.save_revision().publish()
    before = _counts()
    call_command("load_demo", stdout=StringIO())
    assert _counts() == before
    page.refresh_from_db()
    assert page.intro == "Von der Redaktion geändert."
