"""Several facet values of one entry (its languages, its topics) in one text column.

Stored as " de fr ": the values sorted and separated by spaces, with a space at each end.
Both databases then filter with a plain ``LIKE '% fr %'``, and counting the matches per value
groups them by that short text first - the same set of values is the same text - so only the
few distinct combinations are taken apart (``postgres.facets_and_page``). A join table or a
JSON array cost a join, or a cast and a slower hash, for each of 100,000 matches.
"""

from django.db.models import Q


def join(values) -> str:
    """The column value for *values* (strings or integers, duplicates allowed)."""
    unique = sorted(set(values))
    return f" {' '.join(map(str, unique))} " if unique else ""


def split(text: str) -> list[str]:
    return text.split()


def having(field: str, value) -> Q:
    """Rows whose *field* holds *value*."""
    return Q(**{f"{field}__contains": f" {value} "})
