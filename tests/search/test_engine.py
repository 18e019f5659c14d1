"""Every archive engine implements the engine protocol (search/engine.py), with the same
parameters, so the archive search can use whichever one is chosen without branching."""

import inspect

import pytest

from knowledge.search import database_engine, elastic, fallback, postgres
from search.engine import ArchiveEngine

METHODS = [
    name
    for name, member in inspect.getmembers(ArchiveEngine, inspect.isfunction)
    if not name.startswith("_")
]


def test_the_protocol_names_what_the_archive_search_uses():
    assert set(METHODS) == {"vectors", "match", "matching_through_index", "facets_and_page"}


@pytest.mark.parametrize("engine", [postgres, fallback, elastic], ids=lambda m: m.__name__)
def test_every_engine_implements_the_protocol(engine, db):
    assert isinstance(engine.MAX_BODY_CHARS, int)
    for name in METHODS:
        expected = list(inspect.signature(getattr(ArchiveEngine, name)).parameters)[1:]
        actual = list(inspect.signature(getattr(engine, name)).parameters)
        assert actual == expected, f"{engine.__name__}.{name}{actual}"


def test_elasticsearch_pages_and_counts_like_the_database(db):
    assert elastic.facets_and_page is database_engine().facets_and_page
