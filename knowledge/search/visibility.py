"""Which archive entries a request may see.

Wagtail's view restrictions live on pages and apply to their subtrees. An entry is
hidden when it, or any of its translations, sits below a restriction the request does
not pass - so translating a members-only entry never makes it public. Drafts are never
shown (the index only holds live pages and the ``live`` flag is checked again).
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from portal.visibility import visibility


def failed_restriction_paths(request) -> list[str]:
    """Paths of the restricted pages this request does not pass: Wagtail's accept_request,
    batched by the portal's rule (one query, and one for the groups of a signed-in member,
    instead of one per group restriction)."""
    return list(visibility(request).failed_paths)


def hidden_translation_keys(request):
    """A queryset of translation keys of entries the request may not see (or None)."""
    from knowledge.models import ArchiveSearchEntry

    paths = failed_restriction_paths(request)
    if not paths:
        return None
    below = reduce(or_, (Q(path__startswith=path) for path in paths))
    return ArchiveSearchEntry.objects.filter(below).values("translation_key")


def visible_entries(request, queryset):
    queryset = queryset.filter(live=True)
    hidden = hidden_translation_keys(request)
    if hidden is not None:
        queryset = queryset.exclude(translation_key__in=hidden)
    return queryset


def entry_visible(request, page) -> bool:
    """True if *request* may see *page* and every translation of it."""
    from wagtail.models import Page

    paths = failed_restriction_paths(request)
    if not paths:
        return True
    versions = Page.objects.filter(translation_key=page.translation_key).values_list(
        "path", flat=True
    )
    return not any(path.startswith(tuple(paths)) for path in versions)
