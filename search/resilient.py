"""Elasticsearch backend that never takes the site down with it.

Stock behaviour of Wagtail's Elasticsearch backend when the cluster is unreachable: a search
raises (HTTP 500 for the visitor), and each save waits for the client's timeout and retries
before the error is logged and the update is lost, so the index silently falls behind.

This backend (a subclass, configured as ``"BACKEND": "search.resilient"``) changes that:

* a short client timeout (``TIMEOUT``, 2 s by default) and no retry of timed-out requests;
* a circuit breaker: after one failure, Elasticsearch is left alone for ``RETRY_AFTER``
  seconds, so only the first request after an outage pays the timeout;
* searches that cannot reach Elasticsearch are answered by the ``FALLBACK`` backend (the
  database backend, which Wagtail keeps up to date as a second backend);
* index updates that cannot reach Elasticsearch are recorded as
  :class:`search.models.PendingIndexUpdate` and replayed after the next successful update, by
  ``manage.py replay_search_updates``, or by the worker running that command periodically;
* language analysis per portal language (see :mod:`search.analysis`);
* queries cleaned of what breaks a backend (:mod:`search.querytext`).
"""

import logging

from django.utils import translation
from elasticsearch import ApiError, TransportError
from modelsearch.backends import get_search_backend
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

from . import analysis, breaker, pending
from .querytext import QueryTextMixin

logger = logging.getLogger(__name__)

#: Errors meaning "Elasticsearch did not do it": unreachable, timed out, or refused.
UNAVAILABLE = (TransportError, ApiError)
CIRCUIT_OPEN = "not attempted: Elasticsearch failed recently"


class LanguageMapping(Elasticsearch8Mapping):
    """Adds a sub-field per portal language to every text field without its own analyzer."""

    def get_mapping(self):
        mapping = super().get_mapping()
        _add_language_subfields(mapping["properties"])
        return mapping

    def text_field_names(self):
        """Top-level fields of the mapping that carry language sub-fields."""
        properties = self.get_mapping()["properties"]
        return {name for name, prop in properties.items() if "fields" in prop}


def _add_language_subfields(properties):
    for prop in properties.values():
        if prop.get("type") == "nested":
            _add_language_subfields(prop["properties"])
        elif prop.get("type") == "text" and "analyzer" not in prop:
            prop["fields"] = analysis.language_subfields()


class LanguageQueryCompiler(Elasticsearch8SearchQueryCompiler):
    """Searches each field and its sub-field in the language the visitor reads."""

    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        language = analysis.query_language(translation.get_language())
        if language is None:
            return remapped
        text_fields = self.mapping.text_field_names()
        return remapped + [
            Field(f"{field.field_name}.{language}", field.boost)
            for field in remapped
            if field.field_name in text_fields
        ]


class FallbackSearchResults(Elasticsearch8SearchResults):
    """Results that come from the fallback backend when Elasticsearch cannot answer."""

    def _fallback(self):
        compiler = self.query_compiler
        fallback = self.backend.get_fallback()
        search = (
            fallback.autocomplete
            if isinstance(compiler, self.backend.autocomplete_query_compiler_class)
            else fallback.search
        )
        results = search(
            compiler.query,
            compiler.queryset,
            fields=compiler.fields,
            order_by_relevance=compiler.order_by_relevance,
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def _guarded(self, call, fallback_call):
        if self.backend.is_available():
            try:
                return call()
            except UNAVAILABLE as error:
                self.backend.mark_unavailable(error)
        return fallback_call(self._fallback())

    def _do_search(self):
        return self._guarded(lambda: list(super(FallbackSearchResults, self)._do_search()), list)

    def _do_count(self):
        return self._guarded(
            lambda: super(FallbackSearchResults, self)._do_count(), lambda r: r.count()
        )

    def facet(self, field_name):
        return self._guarded(
            lambda: super(FallbackSearchResults, self).facet(field_name),
            lambda r: r.facet(field_name),
        )


class ResilientElasticsearchBackend(QueryTextMixin, Elasticsearch8SearchBackend):
    mapping_class = LanguageMapping
    query_compiler_class = LanguageQueryCompiler
    results_class = FallbackSearchResults
    catch_indexing_errors = True

    def __init__(self, params):
        params = dict(params)
        self.fallback_name = params.pop("FALLBACK", "database")
        self.retry_after = float(params.pop("RETRY_AFTER", 30))
        self.replay_batch = int(params.pop("REPLAY_BATCH", 50))
        params.setdefault("TIMEOUT", 2)
        options = dict(params.pop("OPTIONS", {}))
        # A timed-out request is not retried: the editor waits for one timeout, not three.
        options.setdefault("retry_on_timeout", False)
        options.setdefault("max_retries", 1)
        params["OPTIONS"] = options
        params["INDEX_SETTINGS"] = deep_update(
            analysis.index_settings(), params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)
        self.breaker_key = repr(self.hosts)

    # -- availability ---------------------------------------------------------------------

    def is_available(self):
        return breaker.is_closed(self.breaker_key)

    def mark_unavailable(self, error):
        logger.warning(
            "Elasticsearch unavailable (%s: %s); using the '%s' backend for %.0f s",
            type(error).__name__,
            error,
            self.fallback_name,
            self.retry_after,
        )
        breaker.trip(self.breaker_key, self.retry_after)

    def get_fallback(self):
        return get_search_backend(self.fallback_name)

    # -- index updates --------------------------------------------------------------------

    def add(self, obj):
        self._update(obj, lambda: super(ResilientElasticsearchBackend, self).add(obj))

    def delete(self, obj):
        self._update(obj, lambda: super(ResilientElasticsearchBackend, self).delete(obj))

    def add_bulk(self, model, obj_list):
        obj_list = list(obj_list)
        if not self.is_available():
            pending.record_many(obj_list, CIRCUIT_OPEN)
            return
        try:
            super().add_bulk(model, obj_list)
        except UNAVAILABLE as error:
            self.mark_unavailable(error)
            pending.record_many(obj_list, error)
        else:
            self._after_success()

    def _update(self, obj, call):
        if not self.is_available():
            pending.record(obj, CIRCUIT_OPEN)
            return
        try:
            call()
        except UNAVAILABLE as error:
            self.mark_unavailable(error)
            pending.record(obj, error)
        else:
            self._after_success()

    def _after_success(self):
        """Elasticsearch answered: catch up on a few recorded updates while it does."""
        if pending.maybe_pending():
            pending.replay(self, limit=self.replay_batch)

    def apply(self, obj, model, pk):
        """Bring the document of ``model`` #``pk`` up to date (used by the replay).

        ``obj`` is the current indexed instance, or None if the object is gone or no longer
        indexed; then its document is deleted. Raises UNAVAILABLE errors to the caller.
        """
        if obj is not None:
            super().add(obj)
        else:
            self.get_index_for_model(model).delete_item(model(pk=pk))


SearchBackend = ResilientElasticsearchBackend
