"""The privacy rule's inputs for one request, loaded once: the restriction snapshot.

Every decision of the rule (``privacy/rules.py``) is made over the view restrictions of the
site, the tree paths of the pages they sit on and which of them cover the page being asked
about. This module loads them, from the shared fragment cache or the database, and keeps
them for the rest of the request in the request's state (``portal/request_state.py``). It is
the only privacy code that talks to a cache; the rule itself is plain functions.

The snapshot is immutable. Asking about another page's covering restrictions adds them to a
new snapshot that replaces the old one, so no decision can depend on which question came
first. Costs: serving a page loads the restrictions together with those covering it in one
query (none with the fragments warm); an anonymous list that only needs "under no
restriction" loads nothing (``rules.hidden_keys``).
"""

from dataclasses import dataclass, field, replace
from functools import reduce
from operator import or_
from types import MappingProxyType

from django.db.models import Exists, OuterRef, Q
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

from portal.caching.fragments import Fragment, per_path

#: Every page view restriction with its page's path (the same for every visitor).
PAGE_RESTRICTIONS = Fragment("page-restrictions")
#: Which of them cover the page at a path, in any of its language versions.
PAGE_COVERING = Fragment("page-covering", per_path)


@dataclass(frozen=True)
class RestrictionSnapshot:
    """The page view restrictions (with ``page.path``) and, by page id, the ids of those
    covering a page in any of its language versions, for the pages asked about so far."""

    restrictions: tuple = ()
    covering: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    def with_covering(self, page_id, ids):
        return replace(self, covering=MappingProxyType({**self.covering, page_id: frozenset(ids)}))


def page_snapshot(request, holder) -> RestrictionSnapshot:
    """The restrictions, loaded once into `holder` (the request's state)."""
    if holder.restrictions is None:
        restrictions = _shared(request, lambda: list(_page_restrictions()))
        holder.restrictions = RestrictionSnapshot(tuple(restrictions))
    return holder.restrictions


def covering_snapshot(request, holder, page) -> RestrictionSnapshot:
    """The snapshot with the restrictions covering `page`: loaded together with the
    restrictions when this is the request's first question (serving a page), and for the
    page at the requested path shared under the content version like the restrictions."""
    snapshot = holder.restrictions
    if snapshot is not None and page.pk in snapshot.covering:
        return snapshot
    covered = {}
    if snapshot is None:

        def load_with_covering():
            below_page = versions_of(page).filter(path__startswith=OuterRef("page__path"))
            found = list(_page_restrictions().annotate(covers=Exists(below_page)))
            covered[page.pk] = [r.pk for r in found if r.covers]
            return found

        snapshot = RestrictionSnapshot(tuple(_shared(request, load_with_covering)))
    if not snapshot.restrictions:
        ids = ()
    elif page.pk in covered:
        ids = covered[page.pk]
        if request is not None:
            PAGE_COVERING.for_page(request, page, lambda: ids)
    else:
        ids = PAGE_COVERING.for_page(
            request, page, lambda: [r.pk for r in _covering_of(snapshot.restrictions, page)]
        )
    holder.restrictions = snapshot.with_covering(page.pk, ids)
    return holder.restrictions


def collection_restrictions(holder) -> tuple:
    """Every collection view restriction with its collection's path, loaded once."""
    if holder.collection_restrictions is None:
        restrictions = CollectionViewRestriction.objects.select_related("collection").only(
            "id", "restriction_type", "password", "collection__id", "collection__path"
        )
        holder.collection_restrictions = tuple(restrictions)
    return holder.collection_restrictions


def restriction_groups(restrictions) -> dict:
    """Restriction id → its group ids, in one query, for the group restrictions only."""
    from wagtail.models import BaseViewRestriction

    group_restrictions = [
        r.pk for r in restrictions if r.restriction_type == BaseViewRestriction.GROUPS
    ]
    if not group_restrictions:
        return {}
    model = type(restrictions[0])
    through = model.groups.through
    owner = f"{model._meta.model_name}_id"
    groups = {}
    for owner_id, group_id in through.objects.filter(
        **{f"{owner}__in": group_restrictions}
    ).values_list(owner, "group_id"):
        groups.setdefault(owner_id, set()).add(group_id)
    return groups


def versions_of(page):
    """Every language version of ``page`` and of the page it is an alias of."""
    versions = Q(translation_key=page.translation_key)
    if page.alias_of_id:
        versions |= Q(
            translation_key__in=Page.objects.filter(pk=page.alias_of_id).values("translation_key")
        )
    return Page.objects.filter(versions)


def below(paths):
    return reduce(or_, (Q(path__startswith=path) for path in paths))


def _shared(request, load):
    """The restrictions through the fragment cache when there is a request."""
    if request is None:
        return load()
    return PAGE_RESTRICTIONS.get(request, load)


def _page_restrictions():
    return PageViewRestriction.objects.select_related("page").only(
        "id", "restriction_type", "password", "page__id", "page__path"
    )


def _covering_of(restrictions, page):
    """The restrictions on any language version of ``page`` (one query)."""
    paths = list(
        versions_of(page)
        .filter(below([r.page.path for r in restrictions]))
        .values_list("path", flat=True)
    )
    return [r for r in restrictions if any(path.startswith(r.page.path) for path in paths)]
