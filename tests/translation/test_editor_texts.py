"""The translation editor speaks the admin's language and shows what changed in the source."""

import json
import re

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, TranslationSource

from tests.translation.conftest import (
    editor_props,
    make_translator,
    start_translation,
    translate_every_string,
)
from translation.source_changes import word_diff

pytestmark = pytest.mark.django_db

ENGLISH_MONTHS = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)


@pytest.fixture
def german_translator(client, django_user_model):
    user = make_translator(django_user_model, "fr")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(user)
    return user


def edit(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def editor_strings(response):
    match = re.search(
        r'<script id="translation-editor-strings" type="application/json">(.*?)</script>',
        response.text,
    )
    assert match, "the editor's strings are missing"
    return json.loads(match.group(1))


def test_segment_notes_are_dated_in_the_admins_language(client, german_page, german_translator):
    translation = start_translation(german_page, "fr")
    translate_every_string(translation, "Projet d’eau")
    StringTranslation.objects.filter(locale=translation.target_locale).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL
    )
    response = edit(client, translation.get_target_instance())
    comments = [item["comment"] for item in editor_props(response)["initialStringTranslations"]]
    assert comments and all(comment.startswith("Manuell übersetzt am ") for comment in comments)
    assert not any(ENGLISH_MONTHS.search(comment) for comment in comments), comments

    segment = translation.source.stringsegment_set.get(context__path="intro")
    url = reverse(
        "wagtail_localize:edit_string_translation",
        kwargs={"translation_id": translation.pk, "string_segment_id": segment.pk},
    )
    form = "application/x-www-form-urlencoded"
    saved = client.put(url, "value=Des+puits+pour+les+villages.", form)
    assert saved.status_code == 200, saved.content
    assert saved.json()["comment"].startswith("Manuell übersetzt am ")
    assert not ENGLISH_MONTHS.search(saved.json()["comment"])


def test_the_editors_english_texts_come_translated(client, german_page, german_translator):
    translation = start_translation(german_page, "fr")
    strings = editor_strings(edit(client, translation.get_target_instance()))
    assert strings == {
        "Deutsch to Französisch translation": "Übersetzung Deutsch – Französisch",
        "More actions": "Weitere Aktionen",
    }


def test_changes_of_the_source_since_the_translation_are_shown(admin_client, german_page):
    translation = start_translation(german_page, "fr")
    translate_every_string(translation, "Projet d’eau", intro="Des puits pour les villages.")
    french = translation.get_target_instance()
    assert "source-changes-heading" not in edit(admin_client, french).text

    german_page.intro = "Brunnen und Schulen für Dörfer."
    german_page.save_revision().publish()
    TranslationSource.update_or_create_from_instance(german_page)

    response = edit(admin_client, french)
    panel = response.text.split('aria-labelledby="source-changes-heading"')[1]
    panel = panel.split("</section>")[0]
    assert "Changes in the German text since the last translation" in panel
    assert re.search(r"<ins>[^<]*Schulen[^<]*</ins>", panel)
    assert "Des puits pour les villages." in panel
    assert 'lang="fr" dir="ltr"' in panel
    assert panel.count("<li ") == 1  # the title did not change


def test_word_diff_marks_deleted_and_inserted_words():
    assert word_diff("Brunnen für Dörfer.", "Schulen für Dörfer!") == (
        ("delete", "Brunnen"),
        ("insert", "Schulen"),
        ("equal", " für Dörfer"),
        ("delete", "."),
        ("insert", "!"),
    )
