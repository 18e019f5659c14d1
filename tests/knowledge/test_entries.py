"""The entry landing page, its permalink and citation, and how its files are served."""

import datetime

import pytest
from wagtail.models import Locale, PageViewRestriction

from .conftest import german_pdf_bytes
from .factories import ArchiveDocumentFactory, DocumentTypeFactory, make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(disk_storage):
    pdf = ArchiveDocumentFactory(
        title="Erklärung PDF", content=german_pdf_bytes(), filename="e.pdf"
    )
    docx_like = ArchiveDocumentFactory(title="Erklärung TXT", text="Déclaration d'intention.")
    return make_entry(
        title="Erklärung zur Zusammenarbeit",
        document_type=DocumentTypeFactory(name="Erklärung"),
        date=datetime.date(2021, 11, 18),
        parties="Stadt Düsseldorf\nStadt Marrakesch",
        summary="Beide Städte vertiefen ihre Zusammenarbeit.",
        files=[(pdf, "de"), (docx_like, "fr")],
        topics=["Kultur"],
    )


def test_landing_page_shows_metadata_files_and_citation(client, entry):
    response = client.get(entry.url)
    assert response.status_code == 200
    html = response.text
    assert "<h1>Erklärung zur Zusammenarbeit</h1>" in html
    assert "Erklärung</p>" in html  # the document type
    assert "Stadt Marrakesch" in html
    assert 'datetime="2021-11-18"' in html
    assert 'hreflang="de"' in html and 'hreflang="fr"' in html
    assert "PDF, " in html and "TXT, " in html  # format and size of each version
    assert f"/de/archive/{entry.pk}/" in html  # permalink
    assert 'id="citation"' in html
    assert "Stadt Düsseldorf, Stadt Marrakesch. „Erklärung zur Zusammenarbeit“ (Erklärung)" in html


def test_permalink_survives_a_slug_change(client, entry):
    entry.slug = "neuer-slug"
    entry.save_revision().publish()
    response = client.get(f"/de/archive/{entry.pk}/")
    assert response.status_code == 302
    assert response["Location"].endswith("/de/archiv/neuer-slug/")


def test_permalink_of_unknown_or_draft_entry_is_404(client):
    draft = make_entry(title="Entwurf", publish=False)
    assert client.get(f"/de/archive/{draft.pk}/").status_code == 404
    assert client.get("/de/archive/999999/").status_code == 404


def test_only_pdfs_open_inline(client, entry):
    pdf, text = [link.document for link in entry.files.all()]
    response = client.get(pdf.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")
    response = client.get(text.url)
    assert response["Content-Disposition"].startswith("attachment")


def _restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_files_of_a_restricted_entry_need_a_login(client, django_user_model, entry):
    _restrict(entry)
    document = entry.files.first().document
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    response = client.get(document.url, HTTP_IF_NONE_MATCH='"anything"', HTTP_IF_MATCH="*")
    assert response.status_code == 302
    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    assert client.get(document.url).status_code == 200


def test_restricted_entry_page_needs_a_login(client, entry):
    _restrict(entry)
    assert client.get(entry.url).status_code == 302


def test_translation_of_a_restricted_entry_stays_restricted(client, entry):
    french = entry.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.save_revision().publish()
    french.refresh_from_db()
    assert client.get(french.url).status_code == 200
    _restrict(entry)
    assert client.get(french.url).status_code == 302


def test_unpublished_entry_files_are_not_served(client, entry):
    document = entry.files.first().document
    entry.unpublish()
    response = client.get(document.url)
    assert response.status_code == 302
