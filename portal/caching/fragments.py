"""Parts of pages that are the same for every visitor: menu, footer, locales, routes, ...

They are kept in the shared cache under the content version (``content_version``), so any
publish or snippet change renews them together with the page cache. Without a shared cache
(``FRAGMENT_CACHE_SECONDS`` 0, the default without ``REDIS_URL``) they are built for every
request: a change made in one process could not reach another process's memory.

Each fragment is declared where it is used, with ``Fragment(name, scope)``: the scope says
what its key depends on (nothing, the site, the site and language, the page at the path) and
is the one way keys are made. Each round trip to Redis costs more than the lookup itself, so
a request fetches the content version and the key of every declared fragment in one
``get_many`` (``prefetch``, called by the page cache or the site middleware before anything
is rendered). A fragment used by few pages costs the others a key that is not there, which
is nothing next to a second round trip.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port
from django.utils.translation import get_language, get_language_from_path

from portal.caching import content_version
from portal.request_state import state

#: Every declared fragment, by name (filled as the declaring modules are imported; the apps
#: import them when Django starts, see their ``apps.py``).
REGISTRY: dict[str, "Fragment"] = {}


def fragment_key(name, *parts):
    return ":".join(["portal:fragment", name, *map(str, parts)])


def site_parts(request):
    """Host name and port, as Wagtail matches a request to its Site."""
    return split_domain_port(request._get_raw_host())[0], request.get_port()


# -- scopes: what a fragment's key is made of ---------------------------------------------


def everywhere(request):
    """The same for every site and language (the locale table, the view restrictions)."""
    return ()


def per_site(request):
    return site_parts(request)


def per_language(request):
    """Per site and language: the path's prefix, which the locale middleware activates (before
    it runs, as in the prefetch, the prefix is all there is); elsewhere (previews, the admin)
    the active language."""
    language = get_language_from_path(request.path_info) or get_language()
    return (*site_parts(request), language)


def searching(request):
    """For ``Fragment(when=...)``: prefetch only for a search (``?q=``)."""
    return "q" in request.GET


def per_path(request):
    """Per site and path: the page served at that path (see ``Fragment.for_page``)."""
    return (*site_parts(request), request.path_info)


@dataclass(frozen=True)
class Fragment:
    """A shared fragment: ``name``, its ``scope`` (a function of the request giving the key's
    parts, or None where the fragment does not apply) and, optionally, ``more`` (the request,
    the extra key parts of the fragments below it, such as each step of a route) and
    ``when`` (prefetch only for requests it accepts, e.g. searches)."""

    name: str
    scope: Callable = everywhere
    more: Callable | None = None
    when: Callable | None = None

    def __post_init__(self):
        if REGISTRY.setdefault(self.name, self) is not self:
            raise ValueError(f"A fragment named {self.name!r} is declared twice")

    def keys(self, request):
        """The cache keys this fragment may use in `request`, for the prefetch."""
        if self.when is not None and not self.when(request):
            return []
        parts = self.scope(request)
        if parts is None:
            return []
        if self.more is None:
            return [fragment_key(self.name, *parts)]
        return [fragment_key(self.name, *parts, *extra) for extra in self.more(request)]

    def get(self, request, build, *extra):
        """`build()`, or its copy cached for the current content version; `extra` adds to
        the scope's key parts. Built at most once per request, cached or not."""
        parts = self.scope(request) if request is not None else ()
        return _cached(request, fragment_key(self.name, *(parts or ()), *extra), build)

    def for_locale(self, request, locale, build):
        """`build()` for `locale` (scope ``per_language``): keyed by the active language as
        the prefetch expects, with the locale's code added only when it is another one."""
        extra = () if locale.language_code == get_language() else (locale.language_code,)
        return self.get(request, build, *extra)

    def for_page(self, request, page, build):
        """`build()` for the page served at the request's path (scope ``per_path``).

        Keyed by host and path, so that the prefetch fetches it before routing has found the
        page; stored with the page's id and used only for that page (any other page asked
        about during the request is built as usual). A preview has the page's path but shows
        a draft: it never reads or stores these.
        """
        if request is None or getattr(request, "is_preview", False):
            return build()
        page_id, value = self.get(request, lambda: (page.pk, build()))
        return value if page_id == page.pk else build()


def prefetch(request, *extra_keys):
    """The content version and the values of `extra_keys` and of every declared fragment
    this request may use, in one round trip; remembered in the request's state."""
    keys = list(extra_keys)
    if settings.FRAGMENT_CACHE_SECONDS:
        for declared in REGISTRY.values():
            keys += declared.keys(request)
    token, found = content_version.current_with(*keys)
    state(request).prefetched = (token, set(keys), found)
    return token, found


def _cached(request, key, build):
    built = state(request).fragments
    if key in built:
        return built[key]
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        built[key] = build()
        return built[key]
    prefetched = state(request).prefetched
    if prefetched is not None and key in prefetched[1]:
        token, found = prefetched[0], prefetched[2]
    else:
        token, found = content_version.current_with(key)
    entry = found.get(key)
    if entry is not None and entry[0] == token:
        built[key] = entry[1]
        return entry[1]
    value = built[key] = build()
    cache.set(key, (token, value), seconds)
    return value
