"""Stemmed, accent-insensitive archive matching on PostgreSQL.

Why this design: Wagtail's search (modelsearch) has one text-search configuration per
backend, so a German stemmer would mangle French and Arabic, and its database backend
has no index on the combined title/body vector. Here every entry's folded text (see
:mod:`.folding`) is turned into one tsvector that holds the words as they are
(``simple``) *and* their German, French and English stems; a GIN index on it makes a
search a bitmap index scan instead of a table scan. A query word matches if any of its
four forms matches, and all words must match. Folding happens in Python before
PostgreSQL sees the text, so no ``unaccent`` extension is needed; Arabic is folded and
light-stemmed there too (see :mod:`.folding` for why PostgreSQL's ``arabic`` configuration
is not used).
"""

import uuid
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


def match(queryset, terms: list[str], query: str = ""):
    """Rows matching all *terms*, annotated with ``rank`` for relevance sorting.

    The rank is computed on ``head_vector`` (title and the entry's metadata), not on the full
    vector: sorting needs the rank of every match, and reading the large, TOASTed vector of
    each of 40,000 matches costs seconds, while the head vector is small and stored inline.
    So relevance means: words in the title first, then in the summary, parties and topics,
    then entries that have them only in their files (newest first among equals).
    """
    query = build_query(terms)
    return queryset.filter(vector=query).annotate(rank=SearchRank(F("head_vector"), query))


def facet_counts(rows, topic_limit):
    """All facet counts of *rows* (a queryset of matches) in one statement.

    The match is evaluated once, into a materialised CTE of (id, page id, year, type); the
    counts per (year, type), per language and per topic are then read from it. Three ORM
    queries would each repeat the full-text match and the privacy and scope filters, which
    at 100,000 entries and a common word (60,000 matches) cost most of the search.
    """
    from django.db import connection

    from knowledge.models import ArchiveEntryTag, ArchiveSearchLanguage

    hits = rows.order_by().values("pk", "page_id", "year", "document_type_key")
    sql, params = hits.query.sql_with_params()
    languages = ArchiveSearchLanguage._meta.db_table
    tags = ArchiveEntryTag._meta.db_table
    tag_table = ArchiveEntryTag.tag.field.related_model._meta.db_table
    statement = f"""
        WITH hits (id, page_id, year, type_key) AS MATERIALIZED ({sql})
        SELECT 'pair', year::text, type_key::text, NULL, COUNT(*) FROM hits
            GROUP BY year, type_key
        UNION ALL
        SELECT 'language', code, NULL, NULL, COUNT(DISTINCT entry_id) FROM {languages}
            WHERE entry_id IN (SELECT id FROM hits) GROUP BY code
        UNION ALL
        (SELECT 'topic', tag.slug, tag.name, NULL, COUNT(*) FROM {tags} tagged
            JOIN {tag_table} tag ON tag.id = tagged.tag_id
            WHERE tagged.content_object_id IN (SELECT page_id FROM hits)
            GROUP BY tag.slug, tag.name ORDER BY COUNT(*) DESC, tag.name LIMIT %s)
    """
    pairs, language_counts, topic_counts = [], [], []
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, topic_limit])
        for kind, first, second, _unused, n in cursor.fetchall():
            if kind == "pair":
                pairs.append((int(first), uuid.UUID(second) if second else None, n))
            elif kind == "language":
                language_counts.append((first, n))
            else:
                topic_counts.append((first, second, n))
    return pairs, language_counts, topic_counts


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
