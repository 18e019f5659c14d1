"""The document model: background extraction, status in the admin, upload checks."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from knowledge.models import ArchiveDocument, ExtractionStatus

from .conftest import german_pdf_bytes
from .factories import ArchiveDocumentFactory

pytestmark = pytest.mark.django_db


def _upload(admin_client, title, name, content):
    """Post a file to the admin's document upload form."""
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


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
    response = _upload(admin_client, "Test", name, content)
    assert response.status_code == 200
    assert message in response.text
    assert not ArchiveDocument.objects.filter(title="Test").exists()


@pytest.mark.parametrize(
    ("fixture", "message"),
    [
        ("docx_bomb", "unpacks to an unreasonable size"),
        ("odt_bomb", "unpacks to an unreasonable size"),
        ("encrypted_docx", "password-protected"),
    ],
)
def test_hostile_office_files_are_refused_at_upload(admin_client, request, fixture, message):
    path = request.getfixturevalue(fixture)

    response = _upload(admin_client, "Feindlich", path.name, path.read_bytes())

    assert response.status_code == 200
    assert message in response.text
    assert not ArchiveDocument.objects.filter(title="Feindlich").exists()


def test_oversized_upload_is_refused(admin_client, settings):
    settings.KNOWLEDGE_MAX_UPLOAD_BYTES = 10
    response = _upload(admin_client, "Gross", "g.txt", b"x" * 100)
    assert response.status_code == 200
    assert "larger than the allowed maximum" in response.text
    assert not ArchiveDocument.objects.filter(title="Gross").exists()


def test_good_upload_through_the_admin_is_stored_and_extracted(admin_client):
    response = _upload(admin_client, "Gut", "gut.txt", b"Kulturaustausch mit Marrakesch.")
    assert response.status_code == 302
    document = ArchiveDocument.objects.get(title="Gut")
    assert document.extraction_status == ExtractionStatus.DONE
    assert "Kulturaustausch" in document.extracted_text


def _listing_row(admin_client, title, **params):
    """The listing's table row of the document called *title* (newest first: the demo's
    documents fill more than the first page)."""
    params.setdefault("ordering", "-created_at")
    html = admin_client.get(reverse("wagtaildocs:index"), params).text
    row = html[html.index(f">{title}</span>") :]
    return row[: row.index("</tr>")]


def test_upload_only_queues_the_extraction_and_the_worker_does_it(admin_client, task_queue):
    response = _upload(
        admin_client, "Wartet auf den Worker", "w.txt", b"Ein Kamelmarkt am Stadtrand."
    )

    assert response.status_code == 302
    document = ArchiveDocument.objects.get(title="Wartet auf den Worker")
    assert document.extraction_status == ExtractionStatus.PENDING
    assert document.extracted_text == ""
    queued = DBTaskResult.objects.ready().filter(task_path="knowledge.tasks.extract_document")
    assert list(queued.values_list("args_kwargs__args", flat=True)) == [[document.pk]]
    assert "pending" in _listing_row(admin_client, "Wartet auf den Worker")

    task_queue()

    document.refresh_from_db()
    assert document.extraction_status == ExtractionStatus.DONE
    row = _listing_row(admin_client, "Wartet auf den Worker", q="Kamelmarkt")
    assert "done" in row


def test_bad_files_do_not_stop_the_worker(admin_client, task_queue):
    data = german_pdf_bytes()
    broken = ArchiveDocumentFactory(title="Halbes PDF", content=data[:300], filename="h.pdf")
    good = ArchiveDocumentFactory(title="Ganzes PDF", content=data, filename="g.pdf")

    task_queue()

    broken.refresh_from_db()
    good.refresh_from_db()
    assert (broken.extraction_status, good.extraction_status) == ("failed", "done")
    assert "damaged and could not be read" in _listing_row(admin_client, "Halbes PDF")
    assert broken.file.read() == data[:300]
    results = DBTaskResult.objects.filter(task_path="knowledge.tasks.extract_document")
    assert set(results.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_the_time_limit_from_the_settings_applies(admin_client, settings):
    settings.KNOWLEDGE_EXTRACTION_TIMEOUT = 0.001
    ArchiveDocumentFactory(
        title="Langes PDF", content=german_pdf_bytes(pages=40), filename="lang.pdf"
    )

    row = _listing_row(admin_client, "Langes PDF")

    assert "failed" in row
    assert "Reading the file took too long and was stopped." in row


def test_the_memory_limit_from_the_settings_applies(admin_client, settings):
    settings.KNOWLEDGE_EXTRACTION_MEMORY_MB = 100
    ArchiveDocumentFactory(title="Riesentext", content=b"Wort und " * 400_000)
    settings.KNOWLEDGE_EXTRACTION_MEMORY_MB = 0
    ArchiveDocumentFactory(title="Riesentext ohne Grenze", content=b"Wort und " * 400_000)

    limited = _listing_row(admin_client, "Riesentext")
    unlimited = _listing_row(admin_client, "Riesentext ohne Grenze")

    assert "Reading the file needed too much memory and was stopped." in limited
    assert "done" in unlimited


def test_a_bulk_upload_reaches_the_admin_search_in_one_batch(admin_client, task_queue):
    words = {"Sammelupload A": "Dattelpalme", "Sammelupload B": "Minztee"}
    for title, word in words.items():
        ArchiveDocumentFactory(title=title, text=f"Ein Text über {word}.")
    ArchiveDocumentFactory(title="Sammelupload C", text="Ein Text über Zedernholz.")
    assert (
        "Sammelupload A"
        not in admin_client.get(reverse("wagtaildocs:index"), {"q": "Dattelpalme"}).text
    )

    task_queue()

    for title, word in words.items():
        html = admin_client.get(reverse("wagtaildocs:index"), {"q": word}).text
        assert f">{title}</span>" in html
        assert ">Sammelupload C</span>" not in html
    runs = DBTaskResult.objects.filter(task_path="knowledge.tasks.index_extracted_documents")
    assert list(runs.values_list("return_value", flat=True)) == [3]
    assert not ArchiveDocument.objects.filter(text_indexed=False).exists()


@pytest.mark.parametrize("url", ["wagtaildocs:add", "wagtaildocs:add_multiple"])
def test_a_text_file_named_pdf_gets_one_clear_message(admin_client, url):
    """Not the content check's message followed by "File extension “” is not allowed"."""
    response = admin_client.post(
        reverse(url),
        {
            "title": "Falsch benannt",
            "files[]" if url.endswith("multiple") else "file": SimpleUploadedFile(
                "protokoll.pdf", b"Nur Text, kein PDF."
            ),
            "collection": 1,
        },
    )
    assert response.status_code == 200
    text = response.content.decode("unicode_escape" if url.endswith("multiple") else "utf-8")
    assert text.count("does not match its extension") == 1
    assert "is not allowed" not in text
    assert not ArchiveDocument.objects.filter(
        title__in=["Falsch benannt", "protokoll.pdf"]
    ).exists()
