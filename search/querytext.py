"""What a visitor typed, made into a query every search backend can run.

Every search of the portal reaches Wagtail's search backend with the visitor's text: the
site search, the archive search on Elasticsearch, the API's ``?search=`` and the admin's
searches. The backends pass that text on almost unchanged, and some text breaks them:

* SQLite (django-modelsearch's FTS5 backend, modelsearch 1.3) puts each word between double
  quotes without escaping the quotes inside it: ``Marrakesch"`` becomes the FTS5 syntax
  error ``"Marrakesch""`` (``fts5: syntax error``, ``unterminated string``), a 500;
* NUL characters are refused by PostgreSQL (``DataError``) and by SQLite's MATCH;
* each word becomes one more level of nested SQL expressions, so a few thousand words
  exceed Python's recursion limit while the statement is compiled.

``backend_query`` is the one place where text becomes a backend query: double quotes and
control characters become spaces, and at most ``MAX_WORDS`` words of ``MAX_WORD_CHARS``
characters are kept. ``QueryTextMixin`` applies it to every search and autocomplete of a
backend (``search.database`` and ``search.resilient`` use it). Language
normalisation (folding, stemming, vocabulary) is not done here; it belongs to the backends'
analysis and to ``knowledge.search``.

It can go when django-modelsearch escapes quotes in FTS5 queries and removes NUL characters
itself (check ``modelsearch/backends/database/sqlite/query.py``, ``Lexeme.as_sql``), keeping
the word limit.
"""

import re
from collections import OrderedDict

from modelsearch.backends.base import EmptySearchResults
from modelsearch.query import And, Not, Or, Phrase, PlainText

#: Words kept of a query: a search engine's usual limit, far above what visitors type.
MAX_WORDS = 32
#: Characters kept of one word; longer ones are never in the index (PostgreSQL's limit is 2047).
MAX_WORD_CHARS = 100

# Control characters (NUL included) and the double quote, FTS5's string delimiter.
_BREAKING = re.compile(r'[\x00-\x1f\x7f-\x9f"]')


def clean_text(text: str) -> str:
    """*text* as words separated by single spaces, without breaking characters, bounded."""
    words = _BREAKING.sub(" ", str(text)).split()
    return " ".join(word[:MAX_WORD_CHARS] for word in words[:MAX_WORDS])


def backend_query(query):
    """The query to give a backend for *query* (a string or a modelsearch query object).

    Strings stay strings (the backend applies its operator); text inside query objects is
    cleaned the same way; an object left without words becomes ``""``, which every backend
    answers with no results.
    """
    if isinstance(query, str):
        return clean_text(query)
    if isinstance(query, PlainText):
        text = clean_text(query.query_string)
        return PlainText(text, operator=query.operator, boost=query.boost) if text else ""
    if isinstance(query, Phrase):
        text = clean_text(query.query_string)
        return Phrase(text) if text else ""
    if isinstance(query, And | Or):
        parts = [part for part in map(backend_query, query.subqueries) if part != ""]
        return type(query)(parts) if parts else ""
    if isinstance(query, Not):
        inner = backend_query(query.subquery)
        return Not(inner) if inner != "" else ""
    return query


class NoResults(EmptySearchResults):
    """The answer to a query without words: nothing, also per facet value, for ``model``
    (list views read it, as from any results)."""

    def __init__(self, model=None):
        super().__init__()
        self.model = model

    def _clone(self):
        return self.__class__(self.model)

    def facet(self, field_name):
        return OrderedDict()


def _model_of(model_or_queryset):
    return getattr(model_or_queryset, "model", model_or_queryset)


class QueryTextMixin:
    """For a search backend class: every query goes through ``backend_query`` first; one
    left without words finds nothing (like an empty query, but facets answer too)."""

    def search(self, query, model_or_queryset, *args, **kwargs):
        query = backend_query(query)
        if query == "":
            return NoResults(_model_of(model_or_queryset))
        return super().search(query, model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        query = backend_query(query)
        if query == "":
            return NoResults(_model_of(model_or_queryset))
        return super().autocomplete(query, model_or_queryset, *args, **kwargs)
