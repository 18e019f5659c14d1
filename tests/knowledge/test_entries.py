"""The entry landing page, its permalink and citation, and how its files are served."""

import datetime

import pytest
from django.utils import translation
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
    # The real ETag: were the check skipped for conditional requests, this would be a 304.
    etag = f'"{document.file_hash}"'
    response = client.get(document.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 302
    response = client.get(document.url, HTTP_IF_MATCH=etag)
    assert response.status_code == 302
    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    assert client.get(document.url).status_code == 200
    assert client.get(document.url, HTTP_IF_NONE_MATCH=etag).status_code == 304


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


def _french(entry, **fields):
    french = entry.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    for name, value in fields.items():
        setattr(french, name, value)
    french.save_revision().publish()
    french.refresh_from_db()
    return french


def _relate(entry, *targets):
    for target in targets:
        entry.related_entries.create(target=target)
    entry.save_revision().publish()
    entry.refresh_from_db()
    return entry


def test_related_entries_are_shown_in_the_readers_language(client):
    translated = make_entry(title="Satzung des Vereins", slug="satzung")
    _french(translated, title="Statuts de l’association", slug="statuts")
    untranslated = make_entry(title="Kassenbericht 2023", slug="kassenbericht")
    entry = make_entry(title="Gründungsprotokoll", slug="gruendung")
    french = _french(entry, title="Procès-verbal de fondation", slug="fondation")
    _relate(entry, translated, untranslated)
    french.related_entries.create(target=translated)
    french.related_entries.create(target=untranslated)
    french.save_revision().publish()

    html = client.get(french.url).text
    assert "Statuts de l’association" in html and "Satzung des Vereins" not in html
    # untranslated: the German original, marked with its language
    marked = '<li lang="de" dir="auto"><a href="/de/archiv/kassenbericht/">Kassenbericht 2023</a>'
    assert marked in html
    with translation.override("fr"):
        german_name = translation.get_language_info("de")["name_translated"]
    assert f'<span class="language-label" lang="fr">({german_name})</span>' in html
    german_html = client.get(entry.url).text
    assert "Satzung des Vereins" in german_html and 'lang="de" dir="auto"' not in german_html


def test_restricted_related_entries_and_their_translations_are_left_out(client):
    secret = make_entry(title="Geheimes Kumquatpapier", slug="kumquat")
    secret_french = _french(secret, title="Papier kumquat", slug="kumquat-fr")
    _restrict(secret_french)
    open_entry = make_entry(title="Offener Bericht", slug="offen")
    entry = make_entry(title="Öffentlicher Eintrag", slug="oeffentlich")
    _relate(entry, secret, open_entry)
    html = client.get(entry.url).text
    assert "Offener Bericht" in html
    assert "Kumquat" not in html and "kumquat" not in html


def test_permalink_of_a_restricted_entry_reveals_nothing(client, django_user_model):
    entry = make_entry(title="Vertraulich", slug="geheimer-slug")
    _restrict(entry)
    permalink = f"/de/archive/{entry.pk}/"
    response = client.get(permalink)
    missing = client.get("/de/archive/999999/")
    assert response.status_code == missing.status_code == 404
    # the same "not found" as an unused id (links to the other languages name the path)
    assert response.text.replace(str(entry.pk), "ID") == missing.text.replace("999999", "ID")
    assert "geheimer-slug" not in response.text
    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    assert client.get(permalink)["Location"].endswith("/de/archiv/geheimer-slug/")


def test_permalink_of_a_translation_of_a_restricted_entry_reveals_nothing(client):
    entry = make_entry(title="Vertraulich", slug="geheim")
    french = _french(entry, slug="secret-fr")
    _restrict(entry)
    response = client.get(f"/fr/archive/{french.pk}/")
    assert response.status_code == 404 and "secret-fr" not in response.text


def test_a_file_in_a_restricted_collection_is_listed_only_to_those_who_may_download_it(
    client, django_user_model
):
    from tests.privacy.factories import restricted_collection

    public = ArchiveDocumentFactory(title="Öffentliche Fassung", text="Text.")
    private = ArchiveDocumentFactory(title="Interne Fassung", text="Intern.")
    private.collection = restricted_collection()
    private.save()
    entry = make_entry(title="Gemischte Fassungen", files=[(public, "de"), (private, "fr")])

    html = client.get(entry.url).text
    assert public.url in html
    assert private.url not in html
    assert "private" not in client.get(entry.url).get("Cache-Control", "")

    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    response = client.get(entry.url)
    assert private.url in response.text
    assert "private" in response["Cache-Control"]
