"""Hits name their page: text kept per page, page numbers in results, the page link on
the entry, first-page thumbnails under the file's privacy rule."""

import pytest
from django.core.files.base import ContentFile

from knowledge.models import ArchiveDocument
from knowledge.search.pages import best_pages, mark_files, split_marked

from .factories import ArchiveDocumentFactory, make_entry

pytestmark = pytest.mark.django_db
ARCHIVE = "/de/archiv/"


def _pdf(pages: list[str]) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    document = fpdf.FPDF()
    document.set_font("helvetica", size=12)
    for text in pages:
        document.add_page()
        document.multi_cell(0, 8, text)
    return bytes(document.output())


PAGES = [
    "Deckblatt: Protokoll der Sitzung.",
    "Die Delegation besuchte das Wasserwerk.",
    "Bericht zum Dattelhain und zum Wasserwerk.",
    "Anhang.",
    "Noch einmal der Dattelhain.",
]


@pytest.fixture
def five_pages():
    return ArchiveDocumentFactory(content=_pdf(PAGES), filename="sitzung.pdf")


def _json(client, **params):
    return client.get(ARCHIVE, {**params, "format": "json"}).json()


def test_text_is_kept_per_page(five_pages):
    assert five_pages.page_count == 5
    assert five_pages.page_texts == PAGES
    assert five_pages.extracted_text == "\n\n".join(PAGES)


def test_json_names_the_pages_best_first_with_the_snippet_from_the_best(client, five_pages):
    make_entry(title="Sitzung", summary="Kurz.", files=[(five_pages, "de")])

    [result] = _json(client, q="Dattelhain Wasserwerk")["results"]

    assert result["pages"] == [3, 2, 5]  # both words first, then by number
    assert "<mark>Dattelhain</mark>" in result["snippet"]
    assert "Wasserwerk" in result["snippet"] and "Deckblatt" not in result["snippet"]
    [result] = _json(client, q="Dattelhain")["results"]
    assert result["pages"] == [3, 5]


def test_a_hit_in_the_metadata_only_names_no_page(client, five_pages):
    make_entry(title="Quittenbaum", summary="Über den Quittenbaum.", files=[(five_pages, "de")])

    [result] = _json(client, q="Quittenbaum")["results"]

    assert result["pages"] == []
    assert "<mark>Quittenbaum</mark>" in result["snippet"]


def test_the_best_matching_file_gives_the_pages():
    files = [["kein Treffer", "Dattel"], ["Dattel Palme", "Palme", "Dattel Palme Dattel"]]

    pages, best, index = best_pages(files, ["dattel", "palme"])

    assert (pages, index) == ([3, 1, 2], 1)
    assert best == "Dattel Palme Dattel"
    assert split_marked(mark_files("Summe", files)) == ("Summe", files)


def test_the_html_result_shows_the_pages_and_links_the_entry_with_the_query(client, five_pages):
    entry = make_entry(title="Sitzung", files=[(five_pages, "de")])

    html = client.get(ARCHIVE, {"q": "Dattelhain"}).text

    assert "S. 3, 5" in html or "p. 3, 5" in html
    assert f'href="{entry.url}?q=Dattelhain"' in html
    page = client.get(entry.url, {"q": "Dattelhain"}).text
    assert f'href="{five_pages.url}#page=3"' in page
    assert "<mark>" not in client.get(entry.url, {"q": ""}).text


def test_hostile_queries_on_the_entry_page_are_escaped(client, five_pages):
    entry = make_entry(title="Sitzung <b>", files=[(five_pages, "de")])

    page = client.get(entry.url, {"q": '<script>alert(1)</script>"\x00' + "x" * 500})

    assert page.status_code == 200
    assert "<script>alert(1)" not in page.text
    assert "Sitzung &lt;b&gt;" in page.text


def test_pages_also_come_when_elasticsearch_matches(client, settings, five_pages):
    from tests.search.backends import elasticsearch_backends
    from tests.servers import FakeElasticsearch

    entry = make_entry(title="Sitzung", files=[(five_pages, "de")])
    server = FakeElasticsearch(search_hits=[entry.pk])
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(server.url)
    try:
        [result] = _json(client, q="Dattelhain")["results"]
    finally:
        server.close()

    assert result["pages"] == [3, 5]
    assert any("_search" in path for _method, path, _body in server.requests)


def _members_collection():
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Nur für Mitglieder")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_thumbnails_follow_the_privacy_of_their_file(client, django_user_model, five_pages):
    private = ArchiveDocumentFactory(
        content=_pdf(["Interna des Vorstands."]), filename="intern.pdf",
        collection=_members_collection(),
    )  # fmt: skip
    entry = make_entry(title="Sitzung", files=[(five_pages, "de"), (private, "fr")])
    public_url = f"/de/archive/thumbnail/{five_pages.pk}/"
    private_url = f"/de/archive/thumbnail/{private.pk}/"

    public = client.get(public_url)
    refused = client.get(private_url)

    assert public.status_code == 200 and public["Content-Type"] == "image/png"
    assert public.content.startswith(b"\x89PNG")
    assert "private" in public["Cache-Control"]
    assert refused.status_code in (302, 403, 404)
    assert not refused.content.startswith(b"\x89PNG")
    page = client.get(entry.url).text
    assert public_url in page and private_url not in page
    [result] = [r for r in _json(client, q="Sitzung")["results"] if r["title"] == "Sitzung"]
    assert result["thumbnail"].endswith(public_url)

    member = django_user_model.objects.create_user("mitglied", password="pw-x7Qm-unused")
    client.force_login(member)
    allowed = client.get(private_url)
    assert allowed.status_code == 200 and allowed.content.startswith(b"\x89PNG")


def test_a_document_used_only_by_a_members_only_entry_hides_its_thumbnail(client, five_pages):
    from wagtail.models import PageViewRestriction

    entry = make_entry(title="Vertrauliche Sitzung", files=[(five_pages, "de")])
    PageViewRestriction.objects.create(page=entry, restriction_type=PageViewRestriction.LOGIN)

    response = client.get(f"/de/archive/thumbnail/{five_pages.pk}/")

    assert not response.content.startswith(b"\x89PNG")


def test_a_new_file_renders_a_new_thumbnail(five_pages):
    before = bytes(five_pages.thumbnail.png)
    five_pages.file.save("neu.pdf", ContentFile(_pdf(["X " * 400] * 2)))
    document = ArchiveDocument.objects.get(pk=five_pages.pk)

    assert bytes(document.thumbnail.png) != before
    assert document.page_count == 2
