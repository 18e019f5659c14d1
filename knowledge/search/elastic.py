"""Archive matching on Elasticsearch, when ``ELASTICSEARCH_URL`` makes it Wagtail's backend.

Elasticsearch decides *which* entries match and how well, with the language analysis of
:mod:`search.analysis` (the query searches the plain fields and the sub-fields of the
visitor's language: stems, elision, umlauts and accents, the Arabic article and suffixes).
The query is the one Wagtail's backend builds for ``ArchiveEntryPage`` (all words must
match); only the page ids and scores come back (no source, one request). Everything else -
locale scope, privacy, filters, facet counts, sorting, paging, snippets - stays in the
database on the archive's own table, so the result page is the same whichever engine
matched.

Limits, by design: at most ``MAX_MATCHES`` (Elasticsearch's default result window) of the
best matches take part, and the ``RANKED`` best keep Elasticsearch's order for relevance
sorting (the rest follow by date). If Elasticsearch cannot answer, the database engine matches
instead (the resilient backend's circuit breaker is honoured), so a visitor never sees an
error. The database table keeps its vectors up to date either way.
"""

from django.db.models import Case, FloatField, Value, When

MAX_MATCHES = 10_000
RANKED = 200


def _database_engine():
    from . import database_engine

    return database_engine()


def __getattr__(name):
    # The database table is kept complete for the fallback (MAX_BODY_CHARS, vectors), and the
    # matched rows are planned, counted and paged as the database engine does.
    if name in ("MAX_BODY_CHARS", "vectors", "matching_through_index", "facets_and_page"):
        return getattr(_database_engine(), name)
    raise AttributeError(name)


def search_request(backend, query):
    """(index name, request body) of the archive query, as Wagtail's backend builds it."""
    from knowledge.models import ArchiveEntryPage

    results = backend.search(query, ArchiveEntryPage.objects.all(), operator="and")
    compiler = results.query_compiler
    index = backend.get_index_for_model(compiler.queryset.model).name
    body = {
        "query": compiler.get_query(),
        "_source": False,
        "stored_fields": "pk",
        "size": MAX_MATCHES,
        "track_total_hits": False,
    }
    return index, body


def matching_ids(backend, query) -> list[tuple[int, float]]:
    """(page id, score) of the best matches, best first."""
    index, body = search_request(backend, query)
    answer = backend.es.search(index=index, **body)
    return [(int(hit["fields"]["pk"][0]), hit["_score"] or 0.0) for hit in answer["hits"]["hits"]]


def match(queryset, terms: list[str], query: str = ""):
    from wagtail.search.backends import get_search_backend

    from search.resilient import UNAVAILABLE

    backend = get_search_backend()
    text = query or " ".join(terms)
    if not backend.is_available():
        return _database_engine().match(queryset, terms)
    try:
        hits = matching_ids(backend, text)
    except UNAVAILABLE as error:
        backend.mark_unavailable(error)
        return _database_engine().match(queryset, terms)
    # Elasticsearch's order (by score) as a descending number, so ties keep its order too.
    ranked = [
        When(page_id=page_id, then=Value(float(RANKED - position)))
        for position, (page_id, _score) in enumerate(hits[:RANKED])
    ]
    rank = Case(*ranked, default=Value(0.0), output_field=FloatField()) if ranked else Value(0.0)
    return queryset.filter(page_id__in=[page_id for page_id, _score in hits]).annotate(rank=rank)


def is_active() -> bool:
    """True when Wagtail's default search backend is the portal's Elasticsearch backend."""
    from django.conf import settings

    backend = settings.WAGTAILSEARCH_BACKENDS.get("default", {}).get("BACKEND", "")
    return backend == "search.resilient"
