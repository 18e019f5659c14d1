"""The archive's filter links: readable slugs, the same in every language, old links kept."""

import pytest
from wagtail.models import Locale

from knowledge.models import ArchiveIndexPage, DocumentType
from knowledge.textnorm.slugs import readable_slug

from .factories import DocumentTypeFactory, make_entry

pytestmark = pytest.mark.django_db

ARCHIVE = "/de/archiv/"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Absichtserklärung", "absichtserklaerung"),
        ("Öffentliche Straßenfeste", "oeffentliche-strassenfeste"),
        ("Übergabe", "uebergabe"),
        ("Coopération décentralisée", "cooperation-decentralisee"),
        ("Jugendaustausch", "jugendaustausch"),
    ],
)
def test_slugs_write_umlauts_out(name, slug):
    assert readable_slug(name) == slug


def _facet_values(data, name):
    facet = next((facet for facet in data["facets"] if facet["name"] == name), {"options": []})
    return {option["value"]: option["label"] for option in facet["options"]}


@pytest.fixture
def declaration():
    kind = DocumentTypeFactory(name="Absichtserklärung Filtertest")
    make_entry(title="Erklärung Zitrusfrucht", summary="Zitrusfrucht", document_type=kind)
    make_entry(title="Anderes Zitrusfrucht", summary="Zitrusfrucht")
    return kind


def test_a_type_filters_by_its_readable_slug(client, declaration):
    assert declaration.slug == "absichtserklaerung-filtertest"
    data = client.get(ARCHIVE, {"q": "Zitrusfrucht", "format": "json"}).json()
    assert _facet_values(data, "type") == {
        "absichtserklaerung-filtertest": "Absichtserklärung Filtertest"
    }
    html = client.get(ARCHIVE, {"q": "Zitrusfrucht"}).text
    assert "type=absichtserklaerung-filtertest" in html
    data = client.get(
        ARCHIVE, {"q": "Zitrusfrucht", "type": declaration.slug, "format": "json"}
    ).json()
    assert [result["title"] for result in data["results"]] == ["Erklärung Zitrusfrucht"]


def test_an_old_link_with_the_types_uuid_leads_to_the_slug(client, declaration):
    key = str(declaration.translation_key)
    response = client.get(ARCHIVE, {"q": "Zitrusfrucht", "type": key, "page": "1"})
    assert response.status_code == 301
    assert response["Location"] == (
        f"{ARCHIVE}?q=Zitrusfrucht&type=absichtserklaerung-filtertest&page=1"
    )
    response = client.get(response["Location"])
    assert response.status_code == 200 and "Erklärung Zitrusfrucht" in response.text


def test_an_unknown_type_is_a_clear_message_and_the_search_still_runs(client, declaration):
    data = client.get(ARCHIVE, {"q": "Zitrusfrucht", "type": "gibt-es-nicht", "format": "json"})
    data = data.json()
    assert data["errors"]["type"][0]["code"] == "unknown"
    assert data["count"] == 2


def test_the_slug_is_the_same_in_every_language(client, declaration):
    french = declaration.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.name = "Déclaration d'intention"
    french.save()
    assert french.slug == declaration.slug
    archive = ArchiveIndexPage.objects.get(locale__language_code="fr")
    data = client.get(
        archive.url, {"q": "Zitrusfrucht", "type": declaration.slug, "format": "json"}
    ).json()
    assert data["count"] == 1
    assert _facet_values(data, "type") == {declaration.slug: "Déclaration d'intention"}


def test_two_types_of_the_same_name_get_different_slugs():
    first = DocumentTypeFactory(name="Bericht Doppelt")
    second = DocumentType(name="Bericht doppelt", locale=first.locale)
    second.save()
    assert (first.slug, second.slug) == ("bericht-doppelt", "bericht-doppelt-2")


@pytest.mark.parametrize("value", ["../../etc/passwd", "<script>", "x" * 500, "\x00"])
def test_hostile_filter_values_are_refused_with_a_message(client, declaration, value):
    for name in ("type", "topic"):
        response = client.get(ARCHIVE, {"q": "Zitrusfrucht", name: value})
        assert response.status_code == 200
        assert 'role="alert"' in response.text
        assert "<script>" not in response.text.split("</header>", 1)[1]
