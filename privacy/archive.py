"""Which archive entries a request may see: the portal's one privacy rule
(:mod:`privacy.visibility`) applied to the archive's search table.

An entry is hidden when any language version of it lies at or below a view restriction the
request does not pass, so translating a members-only entry never makes it public. The
restrictions the request fails are loaded first (one query, shared with the rest of the
request), so that the rule's ``hidden_translation_keys()`` is a path-prefix lookup; its
keys are fetched once and excluded as a list by every query of the search (facets,
results), instead of each of them testing every page of the site against every restriction.

Drafts are never shown (the index only holds live pages and the ``live`` flag is checked
again). Files in restricted collections never reach the index text at all (see
``indexing.hidden_collection_ids``), so neither matches nor snippets can reveal them.
"""

from functools import partial

from portal.caching.fragments import Fragment, searching
from portal.request_state import state
from privacy.visibility import visibility

#: The translation keys an anonymous visitor may not see, for searches.
PUBLIC_HIDDEN_KEYS = Fragment("public-hidden-keys", when=searching)


def hidden_translation_keys(request) -> list:
    """Translation keys of the entries *request* may not see (kept for the request)."""
    remembered = state(request)
    if remembered.archive_hidden_keys is not None:
        return remembered.archive_hidden_keys
    rule = visibility(request)
    keys = []
    if rule.failed_paths:  # loads the restrictions: the keys below are a path lookup
        if request is not None and len(rule.failed_page_restrictions) == len(
            rule.page_restrictions
        ):
            # Failing every restriction (as every anonymous visitor does), the keys are the
            # same for everybody: shared, under the content version like the restrictions.
            keys = PUBLIC_HIDDEN_KEYS.get(request, partial(_keys, rule))
        else:
            keys = _keys(rule)
    remembered.archive_hidden_keys = keys
    return keys


def _keys(rule) -> list:
    hidden = rule.hidden_translation_keys()
    return list({row["translation_key"] for row in hidden}) if hidden is not None else []


def visible_entries(request, queryset):
    queryset = queryset.filter(live=True)
    hidden = hidden_translation_keys(request)
    if hidden:
        queryset = queryset.exclude(translation_key__in=hidden)
    return queryset
