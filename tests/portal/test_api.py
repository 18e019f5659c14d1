"""The read-only API shows what an anonymous visitor may see, and the content of pages."""

import datetime
import json

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.portal.factories import UserFactory
from tests.privacy.factories import restrict, restricted_collection

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

    # newest first: the demo content fills more than the first page
    german_titles = _titles(client, "/api/v2/pages/?locale=de&limit=20&order=-id")
    assert "Nur deutsch" in german_titles
    assert "Nur für Mitglieder" not in german_titles
    assert "Entwurf" not in german_titles
    assert "Nur deutsch" not in _titles(client, "/api/v2/pages/?locale=fr&limit=20&order=-id")
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_documents_in_private_collections_are_not_exposed(client, home):
    Document = get_document_model()
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    public = Document.objects.create(title="Öffentlich", file=ContentFile(b"x", name="a.txt"))
    secret = Document.objects.create(
        title="Vertraulich", file=ContentFile(b"x", name="b.txt"), collection=private
    )
    publish(StandardPageFactory(parent=home, body=_document_body(public)))
    publish(StandardPageFactory(parent=home, body=_document_body(secret)))
    titles = _titles(client, "/api/v2/documents/?order=-id")
    assert "Öffentlich" in titles
    assert "Vertraulich" not in titles


def test_api_errors_are_not_redirected_to_a_language(client):
    response = client.get("/api/v2/pages/?locale=xx")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


# --- privacy across languages, search, content fields ----------------------------------------


def _items(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return response.json()["items"]


@pytest.fixture
def restricted_translation(home):
    german = publish(StandardPageFactory(parent=home, title="Kumquat intern", slug="kumquat"))
    french = translate_page(german, "fr", title="Kumquat interne", slug="kumquat-fr")
    restrict(german)
    return german, french


def test_translations_of_restricted_pages_are_not_exposed(client, restricted_translation):
    german, french = restricted_translation
    titles = [item["title"] for item in _items(client, "/api/v2/pages/", locale="fr", limit=20)]
    assert "Kumquat interne" not in titles and "À propos de nous" in titles
    assert client.get(f"/api/v2/pages/{french.pk}/").status_code == 404
    assert _items(client, "/api/v2/pages/", search="Kumquat") == []
    # members see members-only pages on the site, but the API is public for everybody
    client.force_login(UserFactory())
    assert client.get(f"/api/v2/pages/{french.pk}/").status_code == 404


def test_password_protected_pages_are_not_exposed(client, home):
    page = publish(StandardPageFactory(parent=home, title="Passwortseite Quitte"))
    restrict(page, PageViewRestriction.PASSWORD, password="geheim")
    assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    assert _items(client, "/api/v2/pages/", search="Quitte") == []


def test_search_works_with_locale_and_type_filters(client, home):
    publish(StandardPageFactory(parent=home, title="Granatapfelfest", slug="granatapfel"))
    assert [i["title"] for i in _items(client, "/api/v2/pages/", search="Granatapfelfest")] == [
        "Granatapfelfest"
    ]
    assert _items(client, "/api/v2/pages/", search="Granatapfelfest", locale="fr") == []
    typed = _items(client, "/api/v2/pages/", search="Granatapfelfest", type="home.StandardPage")
    assert [item["title"] for item in typed] == ["Granatapfelfest"]
    french = _items(client, "/api/v2/pages/", search="propos", locale="fr")
    assert "À propos de nous" in [item["title"] for item in french]


def test_news_items_expose_their_content(client, locales):
    from news.models import NewsIndexPage
    from tests.news.factories import NewsCategoryFactory, NewsPageFactory

    image = get_image_model().objects.create(title="Markt", file=get_test_image_file())
    index = NewsIndexPage.objects.get(locale=locales["de"], slug="aktuelles")
    news = NewsPageFactory(
        parent=index,
        title="Sommerfest",
        intro="Alle sind eingeladen.",
        date=datetime.date(2024, 6, 1),
        category=NewsCategoryFactory(name="Feste", slug="feste"),
        image=image,
        image_alt="Marktstände",
        body=json.dumps([{"type": "heading", "value": "Programm"}]),
    )
    news.tags.add("Fest")
    publish(news)
    fields = "date,intro,category,tags,image,image_alt,body"
    item = _items(
        client, "/api/v2/pages/", type="news.NewsPage", fields=fields, search="Sommerfest"
    )[0]
    assert item["date"] == "2024-06-01" and item["intro"] == "Alle sind eingeladen."
    assert item["category"] == {"name": "Feste", "slug": "feste"}
    assert item["tags"] == ["Fest"]
    assert item["image"]["url"].startswith("/media/images/") and item["image"]["width"] == 480
    assert item["image_alt"] == "Marktstände"
    assert item["body"][0]["type"] == "heading" and item["body"][0]["value"] == "Programm"


def test_archive_entries_expose_metadata_and_files_but_never_their_text(client):
    from knowledge.models import DocumentType
    from tests.knowledge.factories import ArchiveDocumentFactory, make_entry

    document = ArchiveDocumentFactory(title="Erklärung", text="Streng geheimer Wortlaut.")
    kind = DocumentType.objects.create(name="Absichtserklärung")
    entry = make_entry(
        title="Absichtserklärung 2021",
        document_type=kind,
        parties="Stadt Düsseldorf\nStadt Marrakesch",
        summary="Beide Städte vertiefen die Zusammenarbeit.",
        topics=["Kultur"],
        files=[(document, "de")],
    )
    response = client.get(f"/api/v2/pages/{entry.pk}/")
    data = response.json()
    assert data["document_type"] == "Absichtserklärung"
    assert data["parties"] == ["Stadt Düsseldorf", "Stadt Marrakesch"]
    assert data["summary"] == "Beide Städte vertiefen die Zusammenarbeit."
    assert data["topics"] == ["Kultur"] and data["original_languages"] == ["de"]
    assert data["files"] == [
        {
            "language": "de",
            "is_original": True,
            "format": "TXT",
            "size": document.file_size,
            "pages": document.page_count,
            "download_url": f"http://testserver{document.url}",
        }
    ]
    assert "Wortlaut" not in response.text and "extracted" not in response.text


def test_archive_files_in_restricted_collections_are_left_out(client):
    from tests.knowledge.factories import ArchiveDocumentFactory, make_entry

    public = ArchiveDocumentFactory(title="Öffentlich")
    private = ArchiveDocumentFactory(title="Intern")
    private.collection = restricted_collection()
    private.save()
    entry = make_entry(title="Gemischt", files=[(public, "de"), (private, "fr")])
    files = client.get(f"/api/v2/pages/{entry.pk}/").json()["files"]
    assert [file["language"] for file in files] == ["de"]


def _titles_of(client, endpoint, **params):
    params.setdefault("order", "-id")
    return {item["title"] for item in _items(client, f"/api/v2/{endpoint}/", limit=20, **params)}


def test_documents_of_hidden_pages_are_not_listed(client, home, locales):
    from news.models import NewsIndexPage
    from tests.knowledge.factories import ArchiveDocumentFactory, make_entry
    from tests.news.factories import NewsPageFactory

    entry_file = ArchiveDocumentFactory(title="Kakipapier")
    restrict(make_entry(title="Kaki intern", files=[(entry_file, "de")]))
    body_file = ArchiveDocumentFactory(title="Mitgliederliste")
    restrict(publish(StandardPageFactory(parent=home, body=_document_body(body_file))))
    news_file = ArchiveDocumentFactory(title="Haushaltsplan")
    index = NewsIndexPage.objects.get(locale=locales["de"], slug="aktuelles")
    restrict(publish(NewsPageFactory(parent=index, body=_document_body(news_file))))
    german = publish(StandardPageFactory(parent=home, slug="intern"))
    translation_file = ArchiveDocumentFactory(title="Liste des membres")
    translate_page(german, "fr", slug="interne", body=_document_body(translation_file))
    restrict(german)
    shared = ArchiveDocumentFactory(title="Satzung")
    restrict(publish(StandardPageFactory(parent=home, body=_document_body(shared))))
    publish(StandardPageFactory(parent=home, body=_document_body(shared)))
    ArchiveDocumentFactory(title="Unbenutzt")

    titles = _titles_of(client, "documents", order="-id")
    hidden = {"Kakipapier", "Mitgliederliste", "Haushaltsplan", "Liste des membres", "Unbenutzt"}
    assert not titles & hidden
    assert "Satzung" in titles
    assert _titles_of(client, "documents", search="Mitgliederliste") == set()
    assert "Satzung" in _titles_of(client, "documents", search="Satzung")
    assert client.get(f"/api/v2/documents/{body_file.pk}/").status_code == 404


def test_private_images_are_not_listed(client, home, locales):
    from news.models import NewsIndexPage
    from tests.news.factories import NewsPageFactory

    Image = get_image_model()
    Image.objects.create(
        title="Vorstandsfoto", file=get_test_image_file(), collection=restricted_collection()
    )
    on_private_news = Image.objects.create(title="Internes Foto", file=get_test_image_file())
    index = NewsIndexPage.objects.get(locale=locales["de"], slug="aktuelles")
    restrict(publish(NewsPageFactory(parent=index, image=on_private_news)))
    shown = Image.objects.create(title="Öffentliches Foto", file=get_test_image_file())
    publish(NewsPageFactory(parent=index, image=shown))

    titles = _titles_of(client, "images")
    assert "Öffentliches Foto" in titles
    assert not titles & {"Vorstandsfoto", "Internes Foto"}
    assert _titles_of(client, "images", search="Foto") == {"Öffentliches Foto"}
    assert client.get(f"/api/v2/images/{on_private_news.pk}/").status_code == 404


def _document_body(document):
    return json.dumps([{"type": "document", "value": {"document": document.pk, "label": "PDF"}}])


@pytest.mark.parametrize("query", ['Marrakesch"', 'a"b', '"', " ".join(["Marrakesch"] * 90)])
@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_search_text_never_breaks_the_api(client, endpoint, query):
    response = client.get(f"/api/v2/{endpoint}/", {"search": query})
    assert response.status_code == 200, response.content


# --- what the media endpoints list -------------------------------------------------------------


def test_a_fresh_upload_is_listed_only_once_a_published_page_uses_it(client, home):
    from tests.knowledge.factories import ArchiveDocumentFactory, make_entry

    document = ArchiveDocumentFactory(title="Frisch hochgeladen")
    image = get_image_model().objects.create(title="Frisches Bild", file=get_test_image_file())
    assert "Frisch hochgeladen" not in _titles_of(client, "documents")
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404
    assert "Frisches Bild" not in _titles_of(client, "images")

    entry = make_entry(title="Entwurf mit Datei", files=[(document, "de")], publish=False)
    page = StandardPageFactory(parent=home, body=_document_body(document), live=False)
    assert "Frisch hochgeladen" not in _titles_of(client, "documents")  # drafts only

    entry.get_latest_revision().publish()
    assert "Frisch hochgeladen" in _titles_of(client, "documents")
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 200
    publish(page)
    from tests.news.factories import NewsPageFactory

    index = page.get_parent().get_children().get(slug="aktuelles")
    publish(NewsPageFactory(parent=index, image=image))
    assert "Frisches Bild" in _titles_of(client, "images")


def test_a_document_added_in_a_draft_of_a_live_page_is_not_listed(client, home):
    from tests.knowledge.factories import ArchiveDocumentFactory

    page = publish(StandardPageFactory(parent=home, slug="mit-entwurf"))
    document = ArchiveDocumentFactory(title="Noch im Entwurf")
    page.body = _document_body(document)
    page.save_revision()
    assert "Noch im Entwurf" not in _titles_of(client, "documents")


def test_a_document_in_the_published_footer_is_listed(client, locales):
    from home.models import Footer
    from tests.knowledge.factories import ArchiveDocumentFactory

    document = ArchiveDocumentFactory(title="Satzung im Footer")
    footer = Footer.objects.get(locale=locales["de"], live=True)
    footer.contact = f'<p><a linktype="document" id="{document.pk}">Satzung</a></p>'
    footer.save_revision().publish()
    assert "Satzung im Footer" in _titles_of(client, "documents")


# --- links and parameters ----------------------------------------------------------------------


def test_absolute_links_use_the_host_and_port_of_the_request(client, home):
    from tests.knowledge.factories import ArchiveDocumentFactory

    document = ArchiveDocumentFactory(title="Mit Port")
    page = publish(StandardPageFactory(parent=home, slug="mit-port", body=_document_body(document)))
    host = {"host": "127.0.0.1:8103"}
    item = client.get(f"/api/v2/pages/{page.pk}/", headers=host).json()
    assert item["meta"]["detail_url"] == f"http://127.0.0.1:8103/api/v2/pages/{page.pk}/"
    assert item["meta"]["html_url"] == "http://127.0.0.1:8103/de/mit-port/"
    assert item["meta"]["parent"]["meta"]["html_url"] == "http://127.0.0.1:8103/de/"
    documents = client.get("/api/v2/documents/?order=-id", headers=host).json()["items"]
    mine = next(d for d in documents if d["id"] == document.pk)
    assert mine["meta"]["download_url"].startswith("http://127.0.0.1:8103/documents/")
    found = client.get("/api/v2/pages/find/", {"html_path": "/mit-port/"}, headers=host)
    assert found["Location"].startswith(f"http://127.0.0.1:8103/api/v2/pages/{page.pk}/")


def test_a_configured_public_address_wins(client, home, settings):
    settings.WAGTAILAPI_BASE_URL = "https://portal.example.org"
    item = client.get(f"/api/v2/pages/{home.pk}/", headers={"host": "127.0.0.1:8103"}).json()
    assert item["meta"]["detail_url"] == f"https://portal.example.org/api/v2/pages/{home.pk}/"


BAD_PARAMETERS = [
    {"search": "a\x00"},
    {"locale": "\x00"},
    {"offset": "9223372036854775808"},
    {"offset": "-1"},
    {"limit": "9223372036854775808"},
    {"child_of": "9223372036854775808"},
    {"id": "\x00"},
    {"title": "x\x00"},
    {"search": "x" * 5000},
    {"search[]": "a"},
    {"type": "\x00"},
    {"fields": "\x00"},
    {"order": "\x00"},
]


@pytest.mark.parametrize("params", BAD_PARAMETERS, ids=lambda params: str(params)[:40])
@pytest.mark.parametrize("endpoint", ["pages", "documents", "images"])
def test_bad_parameters_get_400_with_a_message(client, endpoint, params):
    response = client.get(f"/api/v2/{endpoint}/", params)
    assert response.status_code == 400, response.content
    assert response.json()["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/find/?html_path=%ff%fe",
        "/api/v2/pages/find/?id=9223372036854775808",
        "/api/v2/documents/find/?id=%00",
        "/api/v2/pages/3/?fields=%00",
        "/api/v2/images/1/?locale=%00",
        "/api/v2/pages/?search=%C3%28",
        "/api/v2/pages/?offset=1&offset=2",
    ],
)
def test_bad_parameters_of_find_and_detail_views_get_400(client, url):
    response = client.get(url)
    assert response.status_code == 400, response.content
    assert response.json()["message"]


def test_a_huge_id_in_the_path_is_not_found(client):
    for endpoint in ("pages", "documents", "images"):
        assert client.get(f"/api/v2/{endpoint}/9223372036854775808/").status_code == 404
