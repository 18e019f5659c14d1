"""Served documents cannot run script in our origin; only listed extensions can be uploaded;
a document is served only to visitors who may see it (collections and the pages using it)."""

import importlib
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.urls import clear_url_caches, reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import PageViewRestriction, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

import portal.urls
from news.models import NewsIndexPage
from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.knowledge.factories import make_entry
from tests.news.factories import NewsPageFactory
from tests.portal.factories import UserFactory
from tests.privacy.factories import media_on_disk, restrict, restricted_collection

__all__ = ["media_on_disk"]

Document = get_document_model()

HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def on_disk(media_on_disk):
    """Wagtail serves documents from disk (sendfile); test storage is in memory otherwise."""
    return media_on_disk


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


# --- privacy: a document used only by pages the visitor may not see is not served ----------
def _body(document):
    return json.dumps([{"type": "document", "value": {"document": document.pk, "label": "Liste"}}])


def _page_with(parent, document, **fields):
    return publish(StandardPageFactory(parent=parent, body=_body(document), **fields))


@pytest.mark.django_db
def test_a_document_only_on_a_restricted_page_needs_a_login(client, home):
    document = _document("mitgliederliste.txt", b"Namen")
    page = _page_with(home, document, slug="intern")
    restrict(page)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/de/login/?next=/documents/")
    client.force_login(UserFactory())
    assert client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_a_document_also_on_a_public_page_stays_public(client, home):
    document = _document("satzung.txt", b"Satzung")
    restrict(_page_with(home, document, slug="intern"))
    _page_with(home, document, slug="offen")
    assert client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_a_document_in_a_restricted_news_body_needs_a_login(client, locales):
    document = _document("haushalt.txt", b"Zahlen")
    index = NewsIndexPage.objects.get(locale=locales["de"], slug="aktuelles")
    news = publish(NewsPageFactory(parent=index, body=_body(document)))
    restrict(news)
    assert client.get(document.url).status_code == 302


@pytest.mark.django_db
def test_a_document_on_the_translation_of_a_restricted_page_needs_a_login(client, home):
    document = _document("liste-fr.txt", b"Noms")
    german = publish(StandardPageFactory(parent=home, slug="intern"))
    translate_page(german, "fr", slug="interne", body=_body(document))
    assert client.get(document.url).status_code == 200
    restrict(german)
    assert client.get(document.url).status_code == 302


@pytest.mark.django_db
def test_a_document_on_a_password_page_asks_for_that_password(client, home):
    document = _document("protokoll.txt", b"Protokoll")
    page = _page_with(home, document, slug="geschuetzt")
    restriction = restrict(page, PageViewRestriction.PASSWORD, password="Minze")
    response = client.get(document.url)
    assert response.status_code == 200
    action = f"/de/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    assert action in response.text and b"Protokoll" not in response.content
    client.post(action, {"password": "Minze", "return_url": document.url})
    response = client.get(document.url)
    assert response.status_code == 200 and response["Content-Disposition"].startswith("attach")


@pytest.mark.django_db
def test_a_document_used_only_by_a_draft_is_for_editors_only(client, home, admin_user):
    document = _document("entwurf.txt", b"Entwurf")
    StandardPageFactory(parent=home, slug="entwurf", live=False, body=_body(document))
    assert client.get(document.url).status_code == 302
    client.force_login(admin_user)
    assert client.get(document.url).status_code == 200


@pytest.mark.django_db
def test_publishing_records_the_references_at_once(client, home):
    """Wagtail fills its reference index in a background task; until the worker runs, a
    document on a members-only page must not look unused (and so public)."""
    document = _document("vorstand.txt", b"Vorstand")
    page = StandardPageFactory(parent=home, slug="vorstand", live=False)
    restrict(page)
    with disable_reference_index_auto_update():  # as if the task had not run yet
        page.body = _body(document)
        publish(page)
    assert ReferenceIndex.get_references_to(document).exists()
    assert client.get(document.url).status_code == 302


@pytest.mark.django_db
def test_archive_files_are_protected_without_the_reference_index(client):
    document = _document("kassenbericht.txt", b"Kasse")
    entry = make_entry(title="Kassenbericht", files=[(document, "de")])
    restrict(entry)
    ReferenceIndex.objects.all().delete()  # a stale or never built index
    assert client.get(document.url).status_code == 302


@pytest.mark.django_db
def test_conditional_requests_with_the_real_etag_are_checked_too(client, home):
    document = _document("etag.txt", b"Inhalt")
    restrict(_page_with(home, document, slug="intern"))
    etag = f'"{document.file_hash}"'
    for headers in ({"HTTP_IF_NONE_MATCH": etag}, {"HTTP_IF_MATCH": etag}):
        assert client.get(document.url, **headers).status_code == 302
    client.force_login(UserFactory())
    assert client.get(document.url, HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.django_db
def test_documents_in_nested_restricted_collections_need_a_login(client):
    nested = restricted_collection("Intern").add_child(name="Intern/Vorstand")
    document = _document("klausur.txt", b"Klausur")
    document.collection = nested
    document.save()
    assert client.get(document.url).status_code == 302
    etag = f'"{document.file_hash}"'
    assert client.get(document.url, HTTP_IF_NONE_MATCH=etag).status_code == 302


@pytest.fixture
def debug_urls(settings):
    """The URLs as `make run` builds them (DEBUG on, renditions served by Django)."""
    settings.DEBUG = True
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(portal.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_under_debug_media_serves_public_renditions_only(client, debug_urls, media_on_disk):
    document = _document("gruendungsprotokoll.txt", b"vertraulich")
    assert (media_on_disk / document.file.name).is_file()
    assert client.get(f"/media/{document.file.name}").status_code == 404
    image = get_image_model().objects.create(title="Bild", file=get_test_image_file())
    assert client.get(f"/media/{image.file.name}").status_code == 404  # the original
    assert client.get(image.get_rendition("width-20").url).status_code == 200
