"""Wagtail's database search backend as the portal configures it (search.database)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search import database

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home):
    page = StandardPage(title="Olivenölmühle")
    home.add_child(instance=page)
    return page


def _index(page):
    get_search_backend().add(page)


@pytest.mark.postgres
def test_a_save_does_not_recompute_statistics_over_the_whole_index(page):
    database.forget_average()
    _index(page)  # the first save of a process computes the average title length once
    with CaptureQueriesContext(connection) as queries:
        _index(page)
    statements = " ".join(query["sql"] for query in queries.captured_queries).upper()
    assert "AVG(" not in statements
    # Only the saved page's own row gets its title norm.
    updates = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
    assert updates and all('"object_id" IN' in sql for sql in updates)


@pytest.mark.postgres
def test_the_saved_page_gets_a_title_norm_and_is_found(page):
    from wagtail.search.models import IndexEntry

    database.forget_average()
    _index(page)
    entry = IndexEntry.objects.get(object_id=str(page.pk), content_type__model="standardpage")
    assert entry.title_norm != 1.0
    assert list(StandardPage.objects.search("Olivenölmühle")) == [page]


@pytest.mark.postgres
def test_the_combined_title_and_body_vector_is_gin_indexed():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s", [database.GIN_INDEX_NAME]
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (((title || body)))" in definition


def test_on_sqlite_it_is_wagtails_own_backend(settings):
    backend = get_search_backend()
    if connection.vendor == "postgresql":
        assert type(backend).__name__ == "PortalPostgresSearchBackend"
    else:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        assert isinstance(backend, SQLiteSearchBackend)


ADMIN_SEARCHES = [
    "wagtailadmin_pages:search",
    "wagtaildocs:index",
    "wagtailimages:index",
    "wagtailsnippets_knowledge_documenttype:list",
    "wagtailusers_users:index",
]


@pytest.mark.parametrize("query", ['Marrakesch"', 'a"b', '"', "a\x00b", "x " * 3000])
def test_no_query_text_breaks_an_admin_search(admin_client, query):
    from django.urls import reverse

    for name in ADMIN_SEARCHES:
        response = admin_client.get(reverse(name), {"q": query})
        assert response.status_code == 200, (name, query)


def test_quotes_and_control_characters_become_word_breaks():
    from modelsearch.query import And, Phrase, PlainText

    from search.querytext import MAX_WORDS, backend_query

    assert backend_query('Marrakesch"') == "Marrakesch"
    assert backend_query('a"b\x00c') == "a b c"
    assert backend_query('"') == ""
    assert len(backend_query("wort " * 1000).split()) == MAX_WORDS
    cleaned = backend_query(And([Phrase('"Rat'), PlainText('"', operator="or")]))
    assert isinstance(cleaned, And) and [q.query_string for q in cleaned.subqueries] == ["Rat"]
