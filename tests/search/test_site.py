"""Site-wide search across page types, per locale or across all of them."""

import pytest
from django.utils import translation
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from knowledge.models import ArchiveEntryPage
from tests.knowledge.factories import make_entry

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_modes")]


def test_finds_standard_pages_and_archive_entries_of_the_locale(client):
    make_entry(title="Quittenfest", summary="Marrakesch feiert")
    response = client.get("/de/search/", {"q": "Marrakesch", "format": "json"})
    assert response.status_code == 200
    data = response.json()
    types = {result["type"] for result in data["results"]}
    with translation.override("de"):
        assert {
            str(ArchiveEntryPage._meta.verbose_name),
            str(StandardPage._meta.verbose_name),
        } <= types
    assert {result["language"] for result in data["results"]} == {"de"}
    assert any(option["value"] == "fr" for option in data["facets"][0]["options"])


def test_all_languages_switch(client):
    languages, page = [], 1
    while True:  # the demo's German results alone fill more than one page
        params = {"q": "Marrakesch", "all": "1", "format": "json", "page": page}
        data = client.get("/de/search/", params).json()
        languages += [result["language"] for result in data["results"]]
        if len(languages) >= data["count"] or not data["results"]:
            break
        page += 1
    assert {"de", "fr"} <= set(languages)
    # The visitor's language first.
    assert languages == sorted(languages, key=lambda code: code != "de")


def test_html_page_and_bad_input(client):
    response = client.get("/fr/search/", {"q": "Marrakech"})
    assert response.status_code == 200 and "<mark>" in response.text
    for params in ({"lang": "xx"}, {"page": "abc"}, {"q": "Marrakech\x00" + " " * 500 + "x"}):
        response = client.get("/fr/search/", {"q": "Marrakech", **params})
        assert response.status_code == 200 and 'role="alert"' in response.text
        assert "<mark>" in response.text  # the valid part of the search still ran
        data = client.get("/fr/search/", {"q": "Marrakech", **params, "format": "json"}).json()
        assert data["errors"] and data["count"] > 0


def test_restricted_entries_are_hidden(client):
    entry = make_entry(title="Geheimes Quittenprotokoll", summary="Quittenprotokoll")
    PageViewRestriction.objects.create(page=entry, restriction_type=PageViewRestriction.LOGIN)
    data = client.get("/de/search/", {"q": "Quittenprotokoll", "format": "json"}).json()
    assert data["count"] == 0


def test_all_languages_pages_run_from_the_visitors_language_into_the_others(client):
    from knowledge.models import ArchiveIndexPage

    french_archive = ArchiveIndexPage.objects.get(locale__language_code="fr")
    for number in range(22):
        make_entry(title=f"Zitronenbaum de {number}")
    for number in range(3):
        make_entry(french_archive, title=f"Zitronenbaum fr {number}")

    def page(number):
        params = {"q": "Zitronenbaum", "all": "1", "page": number, "format": "json"}
        return client.get("/de/search/", params).json()

    first, second = page(1), page(2)
    assert first["count"] == second["count"] == 25
    assert [result["language"] for result in first["results"]] == ["de"] * 20
    assert [result["language"] for result in second["results"]] == ["de"] * 2 + ["fr"] * 3
    titles = [result["title"] for result in first["results"] + second["results"]]
    assert len(set(titles)) == 25
    assert {option["value"]: option["count"] for option in first["facets"][0]["options"]} == {
        "de": 22,
        "fr": 3,
    }


def test_each_result_shows_the_lead_text_of_its_own_page_type(client):
    """Results are read as plain pages; the summary or intro of each type comes with them."""
    from news.models import NewsPage

    make_entry(title="Quittenmarkt im Archiv", summary="Ein Fund aus dem Archiv")
    article = NewsPage.objects.filter(locale__language_code="de").first()
    article.title, article.intro = "Quittenmarkt eröffnet", "Die Nachricht zum Markt"
    article.save_revision().publish()
    standard = StandardPage.objects.filter(locale__language_code="de").first()
    standard.title, standard.intro = "Quittenmarkt-Wege", ""
    standard.search_description = "Wege durch die Stadt, laut Beschreibung"
    standard.save_revision().publish()

    data = client.get("/de/search/", {"q": "Quittenmarkt", "format": "json"}).json()
    found = {result["title"]: (result["type"], result["snippet"]) for result in data["results"]}
    with translation.override("de"):
        assert found == {
            "Quittenmarkt im Archiv": (
                str(ArchiveEntryPage._meta.verbose_name),
                "Ein Fund aus dem Archiv",
            ),
            "Quittenmarkt eröffnet": (str(NewsPage._meta.verbose_name), "Die Nachricht zum Markt"),
            "Quittenmarkt-Wege": (
                str(StandardPage._meta.verbose_name),
                "Wege durch die Stadt, laut Beschreibung",
            ),
        }


HOSTILE_QUERIES = [
    'Marrakesch"',
    'a"b',
    '"',
    '"Marrakesch Düsseldorf',
    "Marrakesch\x00",
    "Marrakesch\x1b[0m",
    "NEAR(a b) OR c*",
    " ".join(["Marrakesch"] * 3000),
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_no_query_text_breaks_the_search(client, query):
    """Quotes, control characters and thousands of words: results or none, never a 500."""
    for extra in ({}, {"format": "json"}, {"all": "1"}, {"all": "1", "format": "json"}):
        response = client.get("/de/search/", {"q": query, **extra})
        assert response.status_code == 200, (query, extra)


def test_a_stray_quote_still_finds_the_word(client):
    data = client.get("/de/search/", {"q": 'Marrakesch"', "format": "json"}).json()
    assert data["count"] > 0
    assert client.get("/de/search/", {"q": '"', "format": "json"}).json()["count"] == 0
