"""Archive matching without PostgreSQL (SQLite in development and tests).

Every query word must occur in the folded title or body, so accents, case and Arabic
spelling variants are still ignored, but there is no stemming: "Partnerschaften" finds
"Partnerschaften" and longer words, not "Partnerschaft". Relevance is approximated by
putting title matches first.
"""

from collections import Counter
from contextlib import nullcontext
from functools import reduce
from operator import and_

from django.db.models import Case, Count, IntegerField, Q, Value, When

from . import tokens
from .limits import MAX_BODY_CHARS  # noqa: F401 - the engine interface


def matching_through_index():
    """No text index to steer the planner to: the folded columns are scanned."""
    return nullcontext()


def vectors(folded_title: str, folded_body: str, folded_metadata: str) -> dict:
    """Nothing to compute: the folded columns are matched directly."""
    return {}


def match(queryset, terms: list[str], query: str = ""):
    per_word = [Q(folded_title__contains=term) | Q(folded_body__contains=term) for term in terms]
    in_title = reduce(and_, (Q(folded_title__contains=term) for term in terms))
    return queryset.filter(reduce(and_, per_word)).annotate(
        rank=Case(When(in_title, then=Value(2)), default=Value(1), output_field=IntegerField())
    )


def facets_and_page(rows, ordering, offset, limit, topic_limit, request=None, locale=None):
    """The facet counts, one query each, topics named in *locale*; the caller pages *rows*."""
    from .topics import labels

    return facet_counts(rows, labels(request, locale), topic_limit), None


def facet_counts(rows, topic_labels, topic_limit):
    """(year, type key, n) pairs, (language, n) and the top (slug, name, n) topics of *rows*,
    with the ORM: per combination of languages and of topics first, as PostgreSQL does, then
    per value. Topics are named and linked as *topic_labels* (``topics.labels``) say."""
    from taggit.models import Tag

    rows = rows.order_by()
    pairs = rows.values_list("year", "document_type_key").annotate(n=Count("pk"))
    languages, topic_counts = Counter(), Counter()
    for text, n in rows.values_list("facet_languages").annotate(n=Count("pk")):
        languages.update(dict.fromkeys(tokens.split(text), n))
    for text, n in rows.values_list("facet_topics").annotate(n=Count("pk")):
        topic_counts.update(dict.fromkeys(map(int, tokens.split(text)), n))
    names = Tag.objects.filter(pk__in=topic_counts).values_list("pk", "slug", "name")
    ranked = sorted((-topic_counts[pk], name, slug) for pk, slug, name in names)[:topic_limit]
    named = []
    for negative, name, tag_slug in ranked:
        slug, label, _language = topic_labels.get(tag_slug, (tag_slug, name, ""))
        named.append((slug, label, -negative))
    return list(pairs), list(languages.items()), named
