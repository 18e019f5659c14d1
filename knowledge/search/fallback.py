"""Archive matching without PostgreSQL (SQLite in development and tests).

Every query word must occur in the folded title or body, so accents, case and Arabic
spelling variants are still ignored, but there is no stemming: "Partnerschaften" finds
"Partnerschaften" and longer words, not "Partnerschaft". Relevance is approximated by
putting title matches first.
"""

from contextlib import nullcontext
from functools import reduce
from operator import and_

from django.db.models import Case, IntegerField, Q, Value, When

from .limits import MAX_BODY_CHARS  # noqa: F401 - the engine interface

# No text index to steer the planner to: the folded columns are scanned.
matching_through_index = nullcontext


def vectors(folded_title: str, folded_body: str, folded_metadata: str) -> dict:
    """Nothing to compute: the folded columns are matched directly."""
    return {}


def match(queryset, terms: list[str], query: str = ""):
    per_word = [Q(folded_title__contains=term) | Q(folded_body__contains=term) for term in terms]
    in_title = reduce(and_, (Q(folded_title__contains=term) for term in terms))
    return queryset.filter(reduce(and_, per_word)).annotate(
        rank=Case(When(in_title, then=Value(2)), default=Value(1), output_field=IntegerField())
    )
