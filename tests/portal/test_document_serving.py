"""Served documents cannot run script in our origin; only listed extensions can be uploaded."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

Document = get_document_model()

HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def media_on_disk(settings, tmp_path):
    """Wagtail serves documents from disk (sendfile); test storage is in memory otherwise."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def _document(name, content):
    document = Document(title=name)
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def _serve(client, document):
    response = client.get(reverse("wagtaildocs_serve", args=[document.pk, document.filename]))
    assert response.status_code == 200
    return response


@pytest.mark.django_db
def test_uploaded_html_downloads_in_a_sandbox(client):
    response = _serve(client, _document("bericht.html", HTML))
    assert response["Content-Disposition"].startswith("attachment")
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "sandbox" in policy
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["notiz.txt", "protokoll.docx", "satzung.odt"])
def test_other_formats_download_too(client, name):
    response = _serve(client, _document(name, b"content"))
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_pdfs_open_in_the_browser_without_script(client):
    response = _serve(client, _document("absichtserklaerung.pdf", PDF))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["bild.svg", "seite.htm", "skript.js", "programm.exe", "x.xhtml"])
def test_unlisted_extensions_are_refused(name):
    document = Document(title=name, file=ContentFile(b"<svg onload=alert(1)>", name=name))
    with pytest.raises(ValidationError):
        document.full_clean()


@pytest.mark.django_db
def test_admin_upload_of_an_svg_is_refused(admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("logo.svg", b"<svg onload=alert(1)>", "image/svg+xml")
    before = Document.objects.count()
    response = admin_client.post(
        reverse("wagtaildocs:add"), {"title": "Logo", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    assert Document.objects.count() == before
    assert "svg" in response.content.decode().lower()


def test_documents_are_served_through_the_view(settings):
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == ["application/pdf"]
    assert "svg" not in settings.WAGTAILDOCS_EXTENSIONS
