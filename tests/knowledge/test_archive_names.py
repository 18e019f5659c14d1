"""An entry is found by its type's name in every language, and by its parties and topics."""

import pytest
from wagtail.models import Locale

from knowledge.models import ArchiveIndexPage

from .factories import DocumentTypeFactory, make_entry

pytestmark = pytest.mark.django_db


def _titles(client, query, language="de"):
    archive = ArchiveIndexPage.objects.get(locale__language_code=language)
    data = client.get(archive.url, {"q": query, "format": "json"}).json()
    return {result["title"] for result in data["results"]}


def _translate(document_type, language, name, callbacks):
    with callbacks(execute=True):
        translated = document_type.copy_for_translation(Locale.objects.get(language_code=language))
        translated.name = name
        translated.save()
    return translated


def test_an_entry_is_found_by_its_types_name_in_every_language(
    client, django_capture_on_commit_callbacks
):
    statutes = DocumentTypeFactory(name="Kumquatsatzung")
    make_entry(title="Vereinsordnung 2020", document_type=statutes)
    make_entry(title="Ganz anderes", summary="Ohne Typ")
    assert _titles(client, "Kumquatsatzung") == {"Vereinsordnung 2020"}
    # Translated later: the entry is refreshed and found by the new names too.
    _translate(statutes, "fr", "Statuts kumquat", django_capture_on_commit_callbacks)
    _translate(statutes, "ar", "النظام الكمكوات", django_capture_on_commit_callbacks)
    _translate(statutes, "en", "Kumquat statutes", django_capture_on_commit_callbacks)
    for language in ("de", "fr", "ar", "en"):
        assert _titles(client, "Statuts kumquat", language) == {"Vereinsordnung 2020"}
        assert _titles(client, "النظام الكمكوات", language) == {"Vereinsordnung 2020"}
        assert _titles(client, "Kumquat statutes", language) == {"Vereinsordnung 2020"}


def test_a_renamed_type_finds_its_entries_by_the_new_name(
    client, django_capture_on_commit_callbacks
):
    report = DocumentTypeFactory(name="Litschibericht")
    make_entry(title="Jahresbilanz", document_type=report)
    with django_capture_on_commit_callbacks(execute=True):
        report.name = "Litschirapport"
        report.save()
    assert _titles(client, "Litschirapport") == {"Jahresbilanz"}
    assert _titles(client, "Litschibericht") == set()


def test_an_entry_is_found_by_its_parties_and_topics(client):
    make_entry(
        title="Schulpartnerschaft",
        parties="Stadt Düsseldorf\nLycée Victor Hugo Marrakech",
        topics=["Schüleraustausch"],
    )
    assert _titles(client, "Lycée Victor Hugo") == {"Schulpartnerschaft"}
    assert _titles(client, "Schüleraustausch") == {"Schulpartnerschaft"}
