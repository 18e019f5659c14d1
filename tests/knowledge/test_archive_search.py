"""The archive index page as a search page: results, facets, JSON, privacy, locales."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Locale, PageViewRestriction

from knowledge.models import ArchiveIndexPage

from .factories import ArchiveDocumentFactory, DocumentTypeFactory, make_entry

pytestmark = pytest.mark.django_db

ARCHIVE = "/de/archiv/"


def _json(client, url=ARCHIVE, **params):
    response = client.get(url, {**params, "format": "json"})
    assert response.status_code == 200, response.content
    return response.json()


def _facet(data, name):
    facet = next((facet for facet in data["facets"] if facet["name"] == name), None)
    return {option["label"]: option["count"] for option in facet["options"]} if facet else {}


@pytest.fixture
def kiwi_entries():
    """Three entries sharing the made-up word "Kiwitag", in two types and years."""
    report = DocumentTypeFactory(name="Kiwibericht")
    minutes = DocumentTypeFactory(name="Kiwiprotokoll")
    entries = []
    for number, (kind, year, language) in enumerate(
        [(report, 2020, "de"), (report, 2021, "fr"), (minutes, 2021, "de")]
    ):
        document = ArchiveDocumentFactory(
            text=f"Bericht Nummer {number} über den Kiwitag in Marrakesch und Düsseldorf."
        )
        entries.append(
            make_entry(
                title=f"Kiwitag {number}",
                document_type=kind,
                date=datetime.date(year, 5, number + 1),
                files=[(document, language)],
                topics=["Kiwis"] if number else ["Kiwis", "Obst"],
            )
        )
    return entries


def test_results_with_facets_and_counts(client, kiwi_entries):
    data = _json(client, q="Kiwitag")
    assert data["count"] == 3
    assert _facet(data, "type") == {"Kiwibericht": 2, "Kiwiprotokoll": 1}
    assert _facet(data, "year") == {"2021": 2, "2020": 1}
    assert _facet(data, "lang") == {"Deutsch": 2, "Französisch": 1}
    assert _facet(data, "topic") == {"Kiwis": 3, "Obst": 1}
    first = data["results"][0]
    assert set(first) >= {"title", "url", "type", "date", "language", "snippet"}


def test_filters_narrow_results_and_counts(client, kiwi_entries):
    data = _json(client, q="Kiwitag", year=2021)
    assert data["count"] == 2
    assert _facet(data, "type") == {"Kiwibericht": 1, "Kiwiprotokoll": 1}
    data = _json(client, q="Kiwitag", lang="fr")
    assert [result["title"] for result in data["results"]] == ["Kiwitag 1"]
    data = _json(client, q="Kiwitag", topic="obst")
    assert [result["title"] for result in data["results"]] == ["Kiwitag 0"]
    assert _json(client, q="Kiwitag", type="kiwiprotokoll")["count"] == 1


def test_sorting(client, kiwi_entries):
    newest = [r["title"] for r in _json(client, q="Kiwitag", sort="newest")["results"]]
    oldest = [r["title"] for r in _json(client, q="Kiwitag", sort="oldest")["results"]]
    assert newest == ["Kiwitag 2", "Kiwitag 1", "Kiwitag 0"]
    assert oldest == list(reversed(newest))


def test_empty_query_lists_entries_by_date(client, kiwi_entries):
    data = _json(client)
    dates = [result["date"] for result in data["results"]]
    assert dates == sorted(dates, reverse=True)


def test_snippet_highlights_the_terms(client, kiwi_entries):
    data = _json(client, q="kiwitag")
    assert "<mark>Kiwitag</mark>" in data["results"][0]["snippet"]
    html = client.get(ARCHIVE, {"q": "kiwitag"}).text
    assert "<mark>Kiwitag</mark>" in html


def test_accents_may_be_omitted(client, kiwi_entries):
    assert _json(client, q="kiwitag dusseldorf")["count"] == 3


def test_html_page_has_facet_links_and_sort_links(client, kiwi_entries):
    html = client.get(ARCHIVE, {"q": "Kiwitag"}).text
    assert "?q=Kiwitag&amp;year=2021" in html
    assert "sort=oldest" in html
    assert "3 " in html


def test_pagination(client):
    document = ArchiveDocumentFactory(text="Mangoblatt")
    for number in range(23):
        make_entry(title=f"Mango {number}", files=[(document, "de")])
    data = _json(client, q="Mangoblatt")
    assert data["count"] == 23 and len(data["results"]) == 20 and data["pages"] == 2
    assert len(_json(client, q="Mangoblatt", page=2)["results"]) == 3
    assert len(_json(client, q="Mangoblatt", page=99)["results"]) == 3  # last page


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"type": "kein-uuid"},
        {"lang": "xx"},
        {"sort": "rand"},
        {"page": "abc"},
        {"page": "0"},
        {"topic": "\x00"},
        {"q": "Kiwi\x00tag"},
        {"q": "Kiwitag" + " " * 300 + "Zusatz"},
    ],
)
def test_bad_parameters_are_ignored_with_a_clear_message(client, kiwi_entries, params):
    params = {"q": "Kiwitag", **params}
    response = client.get(ARCHIVE, params)
    assert response.status_code == 200
    assert 'role="alert"' in response.text
    assert "Kiwitag 0" in response.text  # the valid part of the search still ran
    response = client.get(ARCHIVE, {**params, "format": "json"})
    data = response.json()
    assert response.status_code == 200 and data["errors"]
    assert data["count"] == 3


def test_a_page_beyond_the_last_shows_the_last_page(client, kiwi_entries):
    data = _json(client, q="Kiwitag", page="9" * 30)
    assert data["page"] == 1 and len(data["results"]) == 3
    assert "errors" not in data


def test_query_count_does_not_depend_on_the_page_size(client, django_assert_max_num_queries):
    document = ArchiveDocumentFactory(text="Papayakern")
    make_entry(title="Papaya 0", files=[(document, "de")], topics=["Papaya"])
    with django_assert_max_num_queries(40) as few:
        client.get(ARCHIVE, {"q": "Papayakern"})
    for number in range(1, 15):
        make_entry(title=f"Papaya {number}", files=[(document, "de")], topics=["Papaya"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(ARCHIVE, {"q": "Papayakern"})


def _restrict(page, **kwargs):
    kwargs.setdefault("restriction_type", PageViewRestriction.LOGIN)
    return PageViewRestriction.objects.create(page=page, **kwargs)


@pytest.mark.usefixtures("fragment_modes")
def test_restricted_entries_are_hidden_from_anonymous_visitors(client, django_user_model):
    document = ArchiveDocumentFactory(text="Geheimsache Ananasplan")
    secret = make_entry(title="Ananas intern", files=[(document, "de")], topics=["Ananas"])
    make_entry(title="Ananas öffentlich", summary="Ananasplan für alle")
    _restrict(secret)
    data = _json(client, q="Ananasplan")
    assert [result["title"] for result in data["results"]] == ["Ananas öffentlich"]
    assert _facet(data, "topic") == {}
    assert "Geheimsache" not in client.get(ARCHIVE, {"q": "Ananasplan"}).text
    client.force_login(django_user_model.objects.create_user("mitglied2", password="x"))
    assert _json(client, q="Ananasplan")["count"] == 2


@pytest.mark.usefixtures("fragment_modes")
def test_group_restriction_shows_entries_to_members_of_the_group(client, django_user_model):
    secret = make_entry(title="Vorstandssache", summary="Birnenbeschluss")
    board = Group.objects.create(name="Vorstand")
    restriction = _restrict(secret, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(board)
    outsider = django_user_model.objects.create_user("aussen", password="x")
    client.force_login(outsider)
    assert _json(client, q="Birnenbeschluss")["count"] == 0
    outsider.groups.add(board)
    assert _json(client, q="Birnenbeschluss")["count"] == 1


def test_drafts_never_appear(client):
    make_entry(title="Nur Entwurf", summary="Feigenentwurf", publish=False)
    assert _json(client, q="Feigenentwurf")["count"] == 0
    published = make_entry(title="Veröffentlicht", summary="Feigenblatt")
    published.unpublish()
    assert _json(client, q="Feigenblatt")["count"] == 0


def _french_archive():
    return ArchiveIndexPage.objects.get(locale__language_code="fr")


def test_untranslated_entries_appear_in_other_locales_marked_with_their_language(client):
    make_entry(title="Dattelernte in Marrakesch", summary="Dattelpalmen")
    french = _french_archive()
    data = _json(client, french.url, q="Dattelpalmen")
    assert data["count"] == 1 and data["results"][0]["language"] == "de"
    html = client.get(french.url, {"q": "Dattelpalmen"}).text
    # The German title and excerpt are marked German; type, date and label stay French.
    assert '<h3 class="result__title" lang="de" dir="auto">' in html
    assert '<p class="result__snippet" lang="de" dir="auto">' in html
    assert '<li class="result">' in html
    assert "language-label" in html


def test_translated_entry_is_found_by_its_own_metadata_and_not_twice(client):
    entry = make_entry(title="Olivenhain", summary="Olivenbäume")
    french = entry.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Oliveraie"
    french.summary = "Les oliviers de Marrakech"
    french.save_revision().publish()
    data = _json(client, _french_archive().url, q="oliviers")
    assert [(r["title"], r["language"]) for r in data["results"]] == [("Oliveraie", "fr")]
    assert _json(client, _french_archive().url, q="Olivenbäume")["count"] == 0


@pytest.mark.usefixtures("fragment_modes")
def test_translation_of_restricted_entry_is_hidden_too(client):
    entry = make_entry(title="Zitronen intern", summary="Zitronenplan")
    french = entry.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.summary = "Plan des citrons"
    french.save_revision().publish()
    _restrict(entry)
    assert _json(client, _french_archive().url, q="citrons")["count"] == 0


def test_french_archive_ranks_french_entries_first_and_finds_originals_by_content(client):
    document = ArchiveDocumentFactory(text="Protokoll über den Ziegenkäsemarkt in Marrakesch.")
    original = make_entry(title="Ziegenkäsemarkt Ziegenkäsemarkt", files=[(document, "de")])
    translated = make_entry(title="Markt", summary="Ohne das Wort")
    french = translated.copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=True
    )
    french.title = "Marché"
    french.summary = "Compte rendu du Ziegenkäsemarkt, le marché aux fromages de chèvre."
    french.save_revision().publish()
    data = _json(client, _french_archive().url, q="ziegenkasemarkt")
    assert [(r["title"], r["language"]) for r in data["results"]] == [
        ("Marché", "fr"),
        (original.title, "de"),
    ]
    # From the German archive the German versions are the local ones.
    data = _json(client, q="ziegenkasemarkt")
    assert [r["title"] for r in data["results"]] == [original.title]


def _members_collection():
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Nur Mitglieder")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_text_of_a_members_only_file_neither_matches_nor_shows_in_snippets(client):
    public = ArchiveDocumentFactory(text="Öffentlicher Bericht über den Granatapfelhain.")
    private = ArchiveDocumentFactory(
        text="Granatapfelhain Interna: Kassenprüfung Quittengelee.",
        collection=_members_collection(),
    )
    make_entry(title="Granatapfel", files=[(public, "de"), (private, "fr")])
    assert _json(client, q="Quittengelee")["count"] == 0
    data = _json(client, q="Granatapfelhain")
    assert data["count"] == 1
    assert "Kassenprüfung" not in data["results"][0]["snippet"]
    assert "Kassenprüfung" not in client.get(ARCHIVE, {"q": "Granatapfelhain"}).text
    site = client.get("/de/search/", {"q": "Quittengelee", "format": "json"}).json()
    assert site["count"] == 0


def test_restricting_a_collection_later_removes_its_files_text_from_the_index(client):
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name="Später intern")
    document = ArchiveDocumentFactory(text="Mispelkompott", collection=collection)
    make_entry(title="Mispel", files=[(document, "de")])
    assert _json(client, q="Mispelkompott")["count"] == 1
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert _json(client, q="Mispelkompott")["count"] == 0
    site = client.get("/de/search/", {"q": "Mispelkompott", "format": "json"}).json()
    assert site["count"] == 0
    restriction.delete()
    assert _json(client, q="Mispelkompott")["count"] == 1


def test_facets_follow_an_entry_whose_topics_and_files_change(client, kiwi_entries):
    entry = kiwi_entries[0]
    entry.topics.set(["Birnen"])
    entry.files.first().language = "ar"
    entry.save_revision().publish()

    data = _json(client, q="Kiwitag")
    assert _facet(data, "topic") == {"Kiwis": 2, "Birnen": 1}
    assert _facet(data, "lang") == {"Deutsch": 1, "Französisch": 1, "Arabisch": 1}
    assert _json(client, q="Kiwitag", lang="ar")["count"] == 1


@pytest.mark.postgres
def test_a_word_every_entry_has_is_matched_through_the_text_index(client, kiwi_entries):
    """The planner would rather test every row's (out-of-line) vector when most rows match."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from knowledge.search.postgres import GIN_INDEX_NAME, matching_through_index

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE knowledge_archivesearchentry")
    with CaptureQueriesContext(connection) as captured:
        assert _json(client, q="Kiwitag")["count"] == 3
    matching = [query["sql"] for query in captured.captured_queries if "@@" in query["sql"]]
    assert len(matching) == 1  # facet counts, total and the page's ids: one statement
    with matching_through_index(), connection.cursor() as cursor:
        for sql in matching:
            cursor.execute(f"EXPLAIN {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert GIN_INDEX_NAME in plan
            assert "Seq Scan on knowledge_archivesearchentry " not in plan
    # Inside the caller's transaction (as here) the settings are put back at once.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan')"
        )
        assert cursor.fetchone() == ("on", "on")


def test_an_unknown_topic_or_language_finds_nothing(client, kiwi_entries):
    assert _json(client, q="Kiwitag", topic="gibt-es-nicht")["count"] == 0
    assert _json(client, topic="gibt-es-nicht")["results"] == []
    assert _json(client, q="Kiwitag", lang="en")["count"] == 0


def test_the_year_facet_offers_only_years_the_form_accepts(client):
    make_entry(title="Kiwi aus dem Jahr eins", date=datetime.date(1, 1, 1))
    make_entry(title="Kiwi von heute", date=datetime.date(2024, 1, 1))
    data = _json(client, q="Kiwi")
    assert data["count"] == 2  # the oddly dated entry is still found
    years = _facet(data, "year")
    assert years == {"2024": 1}
    for year in years:
        assert "errors" not in _json(client, q="Kiwi", year=year)


def test_a_members_results_are_private_and_the_publics_are_not(client, django_user_model):
    secret = make_entry(title="Kiwi nur für Mitglieder")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    make_entry(title="Kiwi für alle")
    anonymous = client.get(ARCHIVE, {"q": "Kiwi"})
    assert "Kiwi nur für Mitglieder" not in anonymous.text
    assert "private" not in anonymous.get("Cache-Control", "")

    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    for params in ({"q": "Kiwi"}, {"q": "Kiwi", "format": "json"}, {}):
        response = client.get(ARCHIVE, params)
        assert response.status_code == 200
        assert "private" in response["Cache-Control"], params
    assert "Kiwi nur für Mitglieder" in client.get(ARCHIVE, {"q": "Kiwi"}).text
    site = client.get("/de/search/", {"q": "Kiwi"})
    assert "Kiwi nur für Mitglieder" in site.text and "private" in site["Cache-Control"]
