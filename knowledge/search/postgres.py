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
from contextlib import contextmanager
from functools import reduce
from operator import and_, or_

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection, transaction
from django.db.models import Expression, F

from .limits import MAX_BODY_CHARS  # noqa: F401 - the engine interface

CONFIGS = ("simple", "german", "french", "english")
GIN_INDEX_NAME = "knowledge_se_vector_gin"


# Title (weight A) and a body (weight B) in every configuration, as one tsvector: what a sum
# of Django's SearchVector expressions builds, as a fixed SQL text with two parameters per
# configuration. A rebuild writes 200,000 of them; composing and compiling them as ORM
# expressions cost more than PostgreSQL's stemming (59 s against 27 s at 10,000 entries).
_VECTOR_SQL = " || ".join(
    f"setweight(to_tsvector('{config}'::regconfig, COALESCE(%s, '')), 'A') || "
    f"setweight(to_tsvector('{config}'::regconfig, COALESCE(%s, '')), 'B')"
    for config in CONFIGS
)


class _Vector(Expression):
    output_field = SearchVectorField()

    def __init__(self, title: str, body: str):
        super().__init__()
        self.title, self.body = title, body

    def as_sql(self, compiler, connection):
        return _VECTOR_SQL, [self.title, self.body] * len(CONFIGS)


def vectors(folded_title: str, folded_body: str, folded_metadata: str) -> dict:
    """The row's tsvectors, as expressions the INSERT or UPDATE that writes the row computes.

    Computing them afterwards from the stored columns (an UPDATE) wrote every row twice: a
    rebuild left as many dead rows as live ones behind, for every search that reads the
    whole table (the listing without words) to step over until a VACUUM FULL.
    """
    return {
        "vector": _Vector(folded_title, folded_body),
        "head_vector": _Vector(folded_title, folded_metadata),
    }


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


def facets_and_page(rows, ordering, offset, limit, topic_limit, request=None, locale=None):
    """All facet counts of *rows* (a queryset of matches) and the ids of one page of them in
    *ordering* ((column, descending) pairs), in one statement: the matches are read once.

    They are materialised with their facet values (year, type, and the languages and topics
    each row carries as text, see :mod:`.tokens`) and sort keys; one hashed ``GROUPING SETS``
    pass counts per (year, type), per combination of languages and per combination of topics,
    and only those few combinations are taken apart, so the per-language and per-topic sums
    cost nothing however many entries match. The page is a top-N sort of the same matches.
    Joining the languages and tags tables, unnesting every match's lists (or casting JSON
    arrays) or reading the matches a second time for the page each cost more than the rest
    of a broad search (100,000 matches).

    Returns ``(pairs, languages, topics)`` - (year, type key, n), (code, n) and the top
    (slug, name, n) - and the page's ids in order. A topic's slug and name are its topic's
    (``knowledge.models.Topic``) in *locale* or else the default locale, else the tag's: read
    here, they cost no query of their own.
    """
    from portal.i18n import default_locale

    locale_ids = (locale.pk, default_locale(request).pk) if locale is not None else (0, 0)
    from taggit.models import Tag

    facet_columns = ["year", "document_type_key", "facet_languages", "facet_topics"]
    sort_columns = [column for column, _descending in ordering if column not in facet_columns]
    columns = list(dict.fromkeys(["pk", *facet_columns, *sort_columns]))
    sql, params = rows.order_by().values(*columns).query.sql_with_params()
    quote = connection.ops.quote_name
    order = ", ".join(
        f"{quote(column)} {'DESC NULLS LAST' if descending else 'ASC'}"
        for column, descending in ordering
    )
    tag_table = Tag._meta.db_table
    # GROUPING() of the three sets: the bits of the columns a set leaves out.
    by_pair, by_languages, by_topics = 0b0011, 0b1101, 0b1110
    statement = f"""
        WITH hits AS MATERIALIZED (SELECT {", ".join(map(quote, columns))} FROM ({sql}) AS source),
        counted AS MATERIALIZED (
            SELECT GROUPING(year, document_type_key, facet_languages, facet_topics) AS grouping_set,
                year, document_type_key, facet_languages, facet_topics, COUNT(*) AS n
            FROM hits
            GROUP BY GROUPING SETS ((year, document_type_key), (facet_languages), (facet_topics))
        )
        SELECT 'pair', year::text, document_type_key::text, n FROM counted
            WHERE grouping_set = {by_pair}
        UNION ALL
        SELECT 'language', code, NULL, SUM(n) FROM counted,
            string_to_table(facet_languages, ' ') AS code
            WHERE grouping_set = {by_languages} AND code <> '' GROUP BY code
        UNION ALL
        (SELECT 'topic',
            COALESCE((SELECT t.slug FROM knowledge_topic t WHERE t.tag_id = tag.id
                ORDER BY t.locale_id = %s DESC, t.locale_id = %s DESC, t.id LIMIT 1), tag.slug),
            COALESCE((SELECT t.name FROM knowledge_topic t WHERE t.tag_id = tag.id
                ORDER BY t.locale_id = %s DESC, t.locale_id = %s DESC, t.id LIMIT 1), tag.name),
            SUM(n) FROM counted,
            string_to_table(facet_topics, ' ') AS topic
            JOIN {tag_table} tag ON topic <> '' AND tag.id = topic::integer
            WHERE grouping_set = {by_topics}
            GROUP BY tag.id ORDER BY SUM(n) DESC, tag.name LIMIT %s)
        UNION ALL
        SELECT 'result', pk::text, NULL, position FROM (
            SELECT pk, row_number() OVER () AS position FROM (
                SELECT pk FROM hits ORDER BY {order} LIMIT %s OFFSET %s
            ) AS top
        ) AS page
    """
    pairs, language_counts, topic_counts, page = [], [], [], []
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, *locale_ids, *locale_ids, topic_limit, limit, offset])
        for kind, first, second, n in cursor.fetchall():
            if kind == "pair":
                pairs.append((int(first), uuid.UUID(second) if second else None, int(n)))
            elif kind == "language":
                language_counts.append((first, int(n)))
            elif kind == "topic":
                topic_counts.append((first, second, int(n)))
            else:
                page.append((int(n), int(first)))
    return (pairs, language_counts, topic_counts), [pk for _position, pk in sorted(page)]


@contextmanager
def matching_through_index():
    """Plan the statements of one search so that the words are matched through the GIN index.

    PostgreSQL's planner prices ``vector @@ query`` like any cheap operator. When a word is
    common (most entries match) it therefore prefers to read the table and test each row's
    vector - which lives out of line (TOAST) and is fetched and decompressed row by row:
    45 ms at 10,000 entries, where the bitmap scan of the GIN index takes 5 ms (it needs no
    recheck, so no vector is read). Sequential and plain index scans are switched off for the
    statements inside, in a transaction.
    """
    outer = connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('enable_seqscan'), current_setting('enable_indexscan'), "
            "set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"
        )
        seqscan, indexscan, *_ = cursor.fetchone()
        yield
        if outer:
            # The settings last until the transaction ends: here the caller's (after an error,
            # its rollback restores them). A transaction of our own ends right here.
            cursor.execute(
                "SELECT set_config('enable_seqscan', %s, true), "
                "set_config('enable_indexscan', %s, true)",
                [seqscan, indexscan],
            )


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
