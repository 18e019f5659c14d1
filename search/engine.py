"""What an archive search engine provides: the protocol the PostgreSQL, SQLite and
Elasticsearch engines (``knowledge/search/postgres.py``, ``fallback.py``, ``elastic.py``)
implement.

The archive search (``knowledge/search/archive.py``) asks ``knowledge.search.engine()`` for
the engine once per search and then talks to it only through these names, so the choice of
database or cluster is made in one place and no other code branches on it. Each engine is a
module; ``tests/search/test_engine.py`` checks that every engine has every name, with the
same parameters.
"""

from contextlib import AbstractContextManager
from typing import Protocol

from django.db.models import QuerySet


class ArchiveEngine(Protocol):
    #: The most characters of an entry's body that reach the index (a tsvector has a limit).
    MAX_BODY_CHARS: int

    def vectors(self, folded_title: str, folded_body: str, folded_metadata: str) -> dict:
        """The engine's columns of an index row, from the folded texts (written with it)."""

    def match(self, queryset: QuerySet, terms: list[str], query: str = "") -> QuerySet:
        """The rows of `queryset` in which every term matches, annotated with a ``rank``."""

    def matching_through_index(self) -> AbstractContextManager:
        """Statements inside are planned to match through the engine's text index."""

    def facets_and_page(
        self,
        rows: QuerySet,
        ordering,
        offset: int,
        limit: int,
        topic_limit: int,
        request=None,
        locale=None,
    ) -> tuple[tuple, list[int] | None]:
        """The facet counts of `rows` ((year, type, n) pairs, (language, n) and the top
        `topic_limit` (slug, name, n) topics, named in `locale`) and, where the engine reads it
        in the same statement, the ids of the page of results (else None: the caller pages
        `rows`)."""
