"""What the portal remembers during one request, in one object: ``state(request)``.

Rendering one page asks some questions many times: the visitor's locale, the locale's home
page, the view restrictions, the language links. Each answer is computed once and kept here
for the rest of the request, so that every per-request memo of the portal is listed in one
place and ends with the request. What is shared *between* requests lives in the fragment
cache (``portal/caching/fragments.py``), never here.
"""

from dataclasses import dataclass, field
from typing import Any

ATTRIBUTE = "portal_state"


@dataclass(eq=False)
class RequestState:
    #: The content version and the values the request's one round trip to the cache found:
    #: ``(token, keys asked for, values found)`` (``fragments.prefetch``).
    prefetched: tuple | None = None
    #: Fragments built or read during this request, by cache key (built once per request).
    fragments: dict = field(default_factory=dict)
    #: The visitor's Locale (``portal.i18n.active_locale``).
    locale: Any = None
    #: The home page of the visitor's locale (``home.templatetags.navigation_tags``).
    locale_home: Any = None
    #: Links to the current page or view in every language (``portal_tags.language_links``).
    language_links: Any = None
    #: Pages in the visitor's language, by source page id (``navigation_tags.localized``).
    localized: dict = field(default_factory=dict)
    #: The live news index of each locale, by locale id (``news_tags``).
    news_indexes: dict = field(default_factory=dict)
    #: The privacy rule's inputs for this request (``privacy.snapshot``).
    restrictions: Any = None
    collection_restrictions: Any = None
    #: The privacy rule for this visitor and for an anonymous one (``privacy.visibility``).
    visibility: Any = None
    public_visibility: Any = None
    #: Translation keys of the archive entries this visitor may not see (``privacy.archive``).
    archive_hidden_keys: Any = None


def state(request) -> RequestState:
    """The state of `request`, made on first use; a fresh one, not kept, without a request."""
    if request is None:
        return RequestState()
    found = request.__dict__.get(ATTRIBUTE)
    if found is None:
        found = RequestState()
        setattr(request, ATTRIBUTE, found)
    return found
