"""Archive search on Elasticsearch, without a cluster: a local stand-in answers and records.

What is checked is what the portal controls: that the archive asks Elasticsearch (and not the
database) when ELASTICSEARCH_URL configures it, the query it sends (archive entries only, all
words, the plain fields plus the visitor's language sub-fields, ids only), that the answer's
ids and order drive the result page while privacy, scope and facets still come from the
database, and that an unreachable cluster leaves the archive answering from the database.
Live checks against a real cluster are in tests/search/test_live.py.
"""

import json

import pytest
from django.db import connection
from wagtail.search.backends import get_search_backend

from knowledge.search import elastic, engine
from search import breaker
from tests.search.backends import elasticsearch_backends
from tests.servers import FakeElasticsearch, closed_port

from .factories import make_entry

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_breaker():
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture
def entries():
    """Made while the database backend is configured (no cluster needed to save)."""
    return [
        make_entry(title="Kamelmarkt 2019", summary="Protokoll Kamelmarkt"),
        make_entry(title="Kamelmarkt 2020", summary="Bericht Kamelmarkt"),
        make_entry(title="Nicht gefunden", summary="Etwas anderes"),
    ]


@pytest.fixture
def fake_es(settings, entries):
    server = FakeElasticsearch(search_hits=[entries[1].pk, entries[0].pk])
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(server.url)
    yield server
    server.close()


def _searches(server):
    return [(path, json.loads(body)) for method, path, body in server.requests if "_search" in path]


def test_elasticsearch_url_makes_the_archive_match_on_elasticsearch(settings, fake_es):
    assert engine() is elastic
    settings.WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}
    assert engine() is not elastic


@pytest.mark.parametrize("language", ["de", "fr", "ar", "en"])
def test_the_archive_query_searches_entries_with_the_visitors_language_analysis(
    settings, entries, language
):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(f"http://127.0.0.1:{closed_port()}")
    from django.utils import translation

    with translation.override(language):
        index, body = elastic.search_request(get_search_backend(), "Partnerschaften Kamel")
    assert index.startswith("test_")
    assert body["_source"] is False and body["stored_fields"] == "pk"
    assert body["size"] == elastic.MAX_MATCHES
    # Only archive entries, every word required, plain field plus this language's analyser.
    assert body["query"]["bool"]["filter"] == {
        "match": {"_django_content_type": "knowledge.ArchiveEntryPage"}
    }
    multi_match = body["query"]["bool"]["must"]["multi_match"]
    assert multi_match["query"] == "Partnerschaften Kamel"
    assert multi_match["operator"] == "and"
    assert "_all_text" in multi_match["fields"]
    assert f"_all_text.{language}" in multi_match["fields"]
    others = {"de", "fr", "ar", "en"} - {language}
    assert not any(
        field.endswith(tuple(f".{o}" for o in others)) for field in multi_match["fields"]
    )


def test_results_follow_elasticsearchs_ids_and_order_with_database_facets(client, fake_es):
    response = client.get("/de/archiv/", {"q": "Kamelmärkte", "format": "json"})
    data = response.json()
    assert response.status_code == 200
    assert [result["title"] for result in data["results"]] == ["Kamelmarkt 2020", "Kamelmarkt 2019"]
    assert data["count"] == 2
    years = next(facet for facet in data["facets"] if facet["name"] == "year")
    assert sum(option["count"] for option in years["options"]) == 2
    [(path, body)] = _searches(fake_es)
    assert path.startswith("/test_wagtailcore_page/_search")
    assert body["query"]["bool"]["must"]["multi_match"]["query"] == "Kamelmärkte"


def test_privacy_still_applies_to_what_elasticsearch_returns(client, fake_es, entries):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=entries[1], restriction_type=PageViewRestriction.LOGIN)
    data = client.get("/de/archiv/", {"q": "Kamel", "format": "json"}).json()
    assert [result["title"] for result in data["results"]] == ["Kamelmarkt 2019"]


def test_an_unreachable_cluster_leaves_the_archive_answering_from_the_database(
    client, settings, entries
):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(f"http://127.0.0.1:{closed_port()}")
    response = client.get("/de/archiv/", {"q": "Kamelmarkt", "format": "json"})
    assert response.status_code == 200
    titles = {result["title"] for result in response.json()["results"]}
    assert titles == {"Kamelmarkt 2019", "Kamelmarkt 2020"}
    assert not breaker.is_closed(get_search_backend().breaker_key)


def test_the_database_table_keeps_its_vectors_with_elasticsearch(settings, fake_es, entries):
    from knowledge.models import ArchiveSearchEntry

    assert elastic.vectors is engine().vectors
    if connection.vendor == "postgresql":
        assert not ArchiveSearchEntry.objects.filter(vector=None).exists()
