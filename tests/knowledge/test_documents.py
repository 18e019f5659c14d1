"""The document model: background extraction, status in the admin, upload checks."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from knowledge.models import ArchiveDocument, ExtractionStatus

from .conftest import german_pdf_bytes
from .factories import ArchiveDocumentFactory

pytestmark = pytest.mark.django_db


def test_upload_is_extracted_in_the_background_task():
    document = ArchiveDocumentFactory(
        text="Die Absichtserklärung über die Partnerschaft der Städte wird von den Vereinen "
        "und den Schulen mit Leben gefüllt, und die Verwaltung unterstützt sie dabei."
    )
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    assert "Absichtserklärung" in document.extracted_text
    assert document.language == "de"
    assert len(document.checksum) == 64


def test_pdf_gets_its_page_count():
    document = ArchiveDocumentFactory(content=german_pdf_bytes(pages=2), filename="a.pdf")
    document.refresh_from_db()
    assert document.page_count == 2
    assert "Partnerschaft" in document.extracted_text


def test_a_corrupt_pdf_fails_with_a_reason_and_is_kept():
    data = german_pdf_bytes()
    document = ArchiveDocumentFactory(content=data[: len(data) // 3], filename="kaputt.pdf")
    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.FAILED
    assert document.extraction_reason == "corrupt"
    assert document.file.read() == data[: len(data) // 3]


def test_replacing_the_file_extracts_again():
    document = ArchiveDocumentFactory(text="Erste Fassung.")
    document = ArchiveDocument.objects.get(pk=document.pk)
    document.file.save("neu.txt", SimpleUploadedFile("neu.txt", b"Zweite Fassung."), save=False)
    document.save()
    document.refresh_from_db()
    assert "Zweite Fassung" in document.extracted_text


def test_saving_other_fields_does_not_extract_again():
    document = ArchiveDocument.objects.get(pk=ArchiveDocumentFactory().pk)
    extracted_at = document.extracted_at
    document.title = "Neuer Titel"
    document.save()
    document.refresh_from_db()
    assert document.extracted_at == extracted_at


def test_admin_listing_shows_the_extraction_status_and_reason(admin_client):
    data = german_pdf_bytes()
    ArchiveDocumentFactory(title="Kaputtes PDF", content=data[:200], filename="k.pdf")
    response = admin_client.get(reverse("wagtaildocs:index"))
    assert response.status_code == 200
    html = response.text
    assert "Text extraction" in html
    row = html[html.index("Kaputtes PDF") :]
    row = row[: row.index("</tr>")]
    assert "failed" in row
    assert "damaged" in row


def test_admin_edit_view_shows_the_status(admin_client):
    document = ArchiveDocumentFactory()
    response = admin_client.get(reverse("wagtaildocs:edit", args=[document.pk]))
    assert response.status_code == 200
    assert 'name="extraction"' in response.text


def test_admin_document_search_finds_the_content(admin_client):
    ArchiveDocumentFactory(
        title="Ohne Stichwort im Titel", text="Ein Zebrastreifen vor der Schule."
    )
    response = admin_client.get(reverse("wagtaildocs:index"), {"q": "Zebrastreifen"})
    assert "Ohne Stichwort im Titel" in response.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bild.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100, "does not match"),
        ("leer.txt", b"", "empty"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(admin_client, name, content, message):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Test", "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert response.status_code == 200
    assert message in response.text
    assert not ArchiveDocument.objects.filter(title="Test").exists()


def test_oversized_upload_is_refused(admin_client, settings):
    settings.KNOWLEDGE_MAX_UPLOAD_BYTES = 10
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Gross", "file": SimpleUploadedFile("g.txt", b"x" * 100), "collection": 1},
    )
    assert response.status_code == 200
    assert "larger than the allowed maximum" in response.text
    assert not ArchiveDocument.objects.filter(title="Gross").exists()


def test_good_upload_through_the_admin_is_stored_and_extracted(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Gut",
            "file": SimpleUploadedFile("gut.txt", b"Kulturaustausch mit Marrakesch."),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    document = ArchiveDocument.objects.get(title="Gut")
    assert document.extraction_status == ExtractionStatus.DONE
    assert "Kulturaustausch" in document.extracted_text
