"""The demo archive loaded by `load_demo` (once per test session, see tests/conftest.py)."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from knowledge.models import ArchiveDocument, ArchiveEntryPage, ArchiveIndexPage

from .scans import require_tesseract

pytestmark = pytest.mark.django_db


def test_archive_exists_in_every_locale(client):
    for code in ("de", "fr", "ar", "en"):
        index = ArchiveIndexPage.objects.get(locale__language_code=code)
        response = client.get(index.url)
        assert response.status_code == 200


def test_demo_documents_are_extracted_and_marked_as_demo():
    documents = ArchiveDocument.objects.filter(title__contains="Absichtserklärung")
    assert sorted(documents.values_list("language", flat=True)) == ["ar", "de", "fr"]
    for document in ArchiveDocument.objects.order_by("pk")[:6]:
        assert document.extraction_status == "done"
        markers = ("DEMO", "DÉMONSTRATION", "تجريبية")
        assert any(marker in document.extracted_text for marker in markers), document
    assert ArchiveDocument.objects.filter(file__endswith=".docx").exists()


def test_founding_protocol_is_members_only(client):
    entry = ArchiveEntryPage.objects.get(title__startswith="Protokoll der Gründungsversammlung")
    assert PageViewRestriction.objects.filter(page=entry).exists()
    data = client.get("/de/archiv/", {"format": "json"}).json()
    assert entry.title not in {result["title"] for result in data["results"]}


def test_rebuilding_the_index_keeps_the_results(client):
    before = client.get("/de/archiv/", {"q": "Marrakesch", "format": "json"}).json()["count"]
    call_command("rebuild_archive_index", stdout=StringIO(), stderr=StringIO())
    after = client.get("/de/archiv/", {"q": "Marrakesch", "format": "json"}).json()["count"]
    assert before == after > 0


def test_arabic_declaration_reads_correctly_and_is_found_in_arabic(client):
    document = ArchiveDocument.objects.get(file__endswith="iilan-niyyat-ar.pdf")
    for word in ("إعلان", "الإعلان", "لا تنقل", "[بيان تجريبي مؤقت]", "العالمي", "تلخّص"):
        assert word in document.extracted_text
    for damage in ("إعالن", "اإلعالن", "ال تنقل", "]بيان"):
        assert damage not in document.extracted_text

    data = client.get("/ar/al-arshif/", {"q": "إعلان", "format": "json"}).json()

    [result] = [item for item in data["results"] if "ar" in item["languages"]]
    assert "<mark>إعلان</mark>" in result["snippet"]
    assert "إعالن" not in result["snippet"]


def _german_entries():
    return ArchiveEntryPage.objects.filter(locale__language_code="de")


def test_demo_archive_is_worth_searching():
    entries = _german_entries().select_related("document_type")
    assert entries.count() >= 20
    types = {entry.document_type.name for entry in entries if entry.document_type}
    assert types >= {
        "Absichtserklärung",
        "Roundtable-Ergebnisse",
        "Protokoll",
        "Satzung",
        "Bericht",
        "Pressemitteilung",
    }
    assert {entry.date.year for entry in entries} == set(range(2019, 2026))
    originals = set(ArchiveDocument.objects.values_list("language", flat=True))
    assert originals >= {"de", "fr", "ar"}
    assert not [entry.title for entry in entries if "Demo-Platzhalter" in entry.title]
    members_only = [e for e in entries if PageViewRestriction.objects.filter(page=e).exists()]
    assert [entry.document_type.name for entry in members_only] == ["Protokoll"]


def test_the_demo_has_one_scan_without_a_text_layer_read_by_ocr(client):
    """The scan is a page image: its text comes from text recognition (Tesseract)."""
    require_tesseract()
    [scan] = ArchiveDocument.objects.filter(file__contains="scan")
    assert scan.file.name.endswith(".pdf")
    assert scan.extraction_status == "done"
    assert scan.ocr_confidence is not None


def test_archive_facets_and_paging_show_the_demo(client):
    data = client.get("/de/archiv/", {"format": "json"}).json()
    assert data["count"] >= 19  # the members-only protocol is not listed
    html = client.get("/de/archiv/").content.decode()
    assert "Pressemitteilung" in html and "Roundtable-Ergebnisse" in html
    assert 'class="pagination"' in html


def test_loading_the_demo_again_adds_no_entry():
    before = _german_entries().count()
    call_command("load_demo", stdout=StringIO())
    assert _german_entries().count() == before


def test_an_entry_an_editor_deleted_stays_deleted():
    entry = _german_entries().get(title="Tätigkeitsbericht 2023")
    entry.delete()
    call_command("load_demo", stdout=StringIO())
    assert not _german_entries().filter(title="Tätigkeitsbericht 2023").exists()
