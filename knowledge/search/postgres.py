"""Stemmed, accent-insensitive archive matching on PostgreSQL.

Why this design: Wagtail's search (modelsearch) has one text-search configuration per
backend, so a German stemmer would mangle French and Arabic, and its database backend
has no index on the combined title/body vector. Here every entry's folded text (see
:mod:`.folding`) is turned into one tsvector that holds the words as they are
(``simple``) *and* their German, French and English stems; a GIN index on it makes a
search a bitmap index scan instead of a table scan. A query word matches if any of its
four forms matches, and all words must match. Folding happens in Python before
PostgreSQL sees the text, so no ``unaccent`` extension is needed; Arabic is folded and
stripped of its article there too (PostgreSQL 15 has no Arabic snowball stemmer).
"""

from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db.models import F

CONFIGS = ("simple", "german", "french", "english")
# tsvector values are limited to 1 MB; positions stop counting at 16,383 anyway.
MAX_BODY_CHARS = 400_000
GIN_INDEX_NAME = "knowledge_se_vector_gin"


def vector_expression(body="folded_body"):
    parts = []
    for config in CONFIGS:
        parts.append(SearchVector("folded_title", config=config, weight="A"))
        parts.append(SearchVector(body, config=config, weight="B"))
    return reduce(lambda left, right: left + right, parts)


def update_vectors(queryset) -> None:
    """Recompute the tsvectors of every row in *queryset* inside the database."""
    queryset.update(vector=vector_expression(), head_vector=vector_expression("folded_metadata"))


def build_query(terms: list[str]):
    """AND over the words; each word ORed over its plain form and its three stems."""
    per_word = [
        reduce(or_, (SearchQuery(term, config=config) for config in CONFIGS)) for term in terms
    ]
    return reduce(and_, per_word)


def match(queryset, terms: list[str]):
    """Rows matching all *terms*, annotated with ``rank`` for relevance sorting.

    The rank is computed on ``head_vector`` (title and the entry's metadata), not on the full
    vector: sorting needs the rank of every match, and reading the large, TOASTed vector of
    each of 40,000 matches costs seconds, while the head vector is small and stored inline.
    So relevance means: words in the title first, then in the summary, parties and topics,
    then entries that have them only in their files (newest first among equals).
    """
    query = build_query(terms)
    return queryset.filter(vector=query).annotate(rank=SearchRank(F("head_vector"), query))


def create_index(apps, schema_editor) -> None:
    """Migration step: the GIN index, on PostgreSQL only (SQLite has no tsvector)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {GIN_INDEX_NAME} "
        "ON knowledge_archivesearchentry USING gin (vector)"
    )


def drop_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX_NAME}")
