from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import Translation

from home.models import Footer, StandardPage

pytestmark = pytest.mark.django_db


def _counts():
    return (Page.objects.count(), Footer.objects.count(), Translation.objects.count())


def test_loading_the_demo_again_changes_nothing():
    before = _counts()
    call_command("load_demo", stdout=StringIO())
    assert _counts() == before


def test_loading_the_demo_keeps_an_editors_change():
    page = StandardPage.objects.get(slug="ueber-uns", locale__language_code="de")
    page.intro = "Von der Redaktion geändert."
    page.save_revision().publish()
    call_command("load_demo", stdout=StringIO())
    page.refresh_from_db()
    assert page.intro == "Von der Redaktion geändert."


def test_demo_translations_are_complete_in_the_localisation_ui():
    about = StandardPage.objects.get(slug="ueber-uns", locale__language_code="de")
    translations = Translation.objects.filter(source__object_id=about.translation_key)
    assert {t.target_locale.language_code for t in translations} == {"fr", "ar", "en"}
    for translation in translations:
        total, done = translation.get_progress()
        assert total > 0 and done == total
        assert translation.source.get_translated_instance(translation.target_locale).live


def test_demo_has_the_four_language_footer():
    assert set(Footer.objects.values_list("locale__language_code", flat=True)) == {
        "de",
        "fr",
        "ar",
        "en",
    }
