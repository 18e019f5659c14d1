import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.home.factories import StandardPageFactory, publish

pytestmark = pytest.mark.django_db


def _titles(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return [item["title"] for item in response.json()["items"]]


def test_pages_can_be_filtered_by_locale(client):
    titles = _titles(client, "/api/v2/pages/?locale=fr&limit=20")
    assert "À propos de nous" in titles
    assert "Über uns" not in titles


def test_private_pages_and_aliases_are_not_exposed(client, home, locales):
    private = publish(StandardPageFactory(parent=home, title="Nur für Mitglieder"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = StandardPageFactory(parent=home, title="Entwurf", live=False)
    german = publish(StandardPageFactory(parent=home, title="Nur deutsch"))
    german.copy_for_translation(locales["fr"], alias=True)

    german_titles = _titles(client, "/api/v2/pages/?locale=de&limit=20")
    assert "Nur deutsch" in german_titles
    assert "Nur für Mitglieder" not in german_titles
    assert "Entwurf" not in german_titles
    assert "Nur deutsch" not in _titles(client, "/api/v2/pages/?locale=fr&limit=20")
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_documents_in_private_collections_are_not_exposed(client):
    Document = get_document_model()
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    Document.objects.create(title="Öffentlich", file=ContentFile(b"x", name="a.txt"))
    Document.objects.create(
        title="Vertraulich", file=ContentFile(b"x", name="b.txt"), collection=private
    )
    titles = _titles(client, "/api/v2/documents/")
    assert "Öffentlich" in titles
    assert "Vertraulich" not in titles


def test_api_errors_are_not_redirected_to_a_language(client):
    response = client.get("/api/v2/pages/?locale=xx")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
