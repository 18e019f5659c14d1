"""Archive search: one interface (``search.engine.ArchiveEngine``), three engines.

* :mod:`.folding` - the text form used on both sides of a match (accents, Arabic).
* :mod:`.postgres` - stemmed full-text matching with a GIN-indexed tsvector.
* :mod:`.fallback` - substring matching on the folded text, for SQLite.
* :mod:`.elastic` - matching on Elasticsearch when ``ELASTICSEARCH_URL`` is set.
* :mod:`.tokens` - an entry's languages and topics as one filterable text column.
* :mod:`.indexing` - keeps :class:`~knowledge.models.ArchiveSearchEntry` up to date.
* :mod:`.archive` - the search a visitor runs: filters, facets, sorting, paging.
* :mod:`.snippets` - the excerpt with highlighted terms.
"""

from django.db import connection


def engine():
    """The engine of this search (an ``search.engine.ArchiveEngine``): Elasticsearch if
    configured, else the current database's. The one place that looks at either."""
    from . import elastic

    if elastic.is_active():
        return elastic
    return database_engine()


def database_engine():
    """The current database's engine: what Elasticsearch falls back on, and what keeps the
    archive's table complete whichever engine matches."""
    if connection.vendor == "postgresql":
        from . import postgres

        return postgres
    from . import fallback

    return fallback
