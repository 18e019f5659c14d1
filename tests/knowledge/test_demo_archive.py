"""The demo archive loaded by `load_demo` (once per test session, see tests/conftest.py)."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from knowledge.models import ArchiveDocument, ArchiveEntryPage, ArchiveIndexPage

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
