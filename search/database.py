"""Wagtail's database search backend, without the costs that grow with the whole index.

Stock behaviour of the PostgreSQL variant (django-modelsearch), measured at 100,000 indexed
pages: every save ends with ``_refresh_title_norms()``, which averages the title length over the
whole index table and then scans it again for rows whose norm is still 1.0 (about 310 ms per
save, growing linearly); and every search filters on ``title || body`` with no index on that
expression, so it reads the whole table.

This backend (``"BACKEND": "search.database"``) is the same backend with two changes:

* a save sets the title norm of the rows it has just written only, from an average title length
  that is computed once per process and refreshed at most every ``NORM_REFRESH_SECONDS`` (a
  rebuild still recomputes every norm exactly); the average of 100,000 titles does not move
  when one more is saved;
* the GIN index on ``title || body`` (migration ``portal.0006``) matches the expression the
  query filters on, so a search is a bitmap index scan.

On SQLite (development, tests) it is Wagtail's own backend. On both, every query first goes
through :func:`search.querytext.backend_query` (quotes, NUL, length).
"""

import threading
import time
from functools import lru_cache

from django.db import connection
from django.db.models import F
from django.db.models.functions import Length

from .querytext import QueryTextMixin

#: The index on the combined title and body vectors (created by a migration, PostgreSQL only).
GIN_INDEX_NAME = "portal_indexentry_title_body_gin"
NORM_REFRESH_SECONDS = 3600

_lock = threading.Lock()
_average = {"value": None, "at": 0.0}


def _average_title_length(entries):
    """The average title length of the index, cached for NORM_REFRESH_SECONDS."""
    with _lock:
        fresh = time.monotonic() - _average["at"] < NORM_REFRESH_SECONDS
        if _average["value"] is not None and fresh:
            return _average["value"]
    from django.db.models import Avg

    value = (
        entries.annotate(title_length=Length("title"))
        .filter(title_length__gt=0)
        .aggregate(Avg("title_length"))["title_length__avg"]
    )
    with _lock:
        _average.update(value=value, at=time.monotonic())
    return value


def forget_average():
    """Drop the cached average (after a rebuild, and in tests)."""
    with _lock:
        _average.update(value=None, at=0.0)


@lru_cache(maxsize=1)
def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
    )
    from modelsearch.utils import get_content_type_pk

    class IncrementalNormIndex(PostgresIndex):
        def add_items(self, model, objs):
            objs = list(objs)
            self._just_added = (get_content_type_pk(model), [str(obj.pk) for obj in objs])
            try:
                super().add_items(model, objs)
            finally:
                self._just_added = None

        def _refresh_title_norms(self, full=False):
            if full:
                forget_average()
                super()._refresh_title_norms(full=True)
                return
            added = getattr(self, "_just_added", None)
            if not added or not added[1]:
                return
            average = _average_title_length(self.entries)
            if not average:
                return
            content_type_pk, ids = added
            self.entries.filter(content_type_id=content_type_pk, object_id__in=ids).annotate(
                title_length=Length("title")
            ).filter(title_length__gt=0).update(title_norm=average / F("title_length"))

    class PortalPostgresSearchBackend(QueryTextMixin, PostgresSearchBackend):
        index_class = IncrementalNormIndex

    return PortalPostgresSearchBackend


@lru_cache(maxsize=4)
def _stock_backend_class(stock_class):
    return type(f"Portal{stock_class.__name__}", (QueryTextMixin, stock_class), {})


def SearchBackend(params):  # noqa: N802 (Wagtail looks up this name)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    from modelsearch.backends.database import SearchBackend as stock

    # The stock factory picks SQLite's FTS5 backend or the plain fallback.
    return _stock_backend_class(type(stock(params)))(params)
