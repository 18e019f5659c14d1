"""Parts of a page that are the same on every page of a language: menu, footer, locales, site.

They are kept in the shared cache under the content version (``content_version``), so any
publish or snippet change renews them together with the page cache. Without a shared cache
(``FRAGMENT_CACHE_SECONDS`` 0, the default without ``REDIS_URL``) they are built for every
request: a change made in one process could not reach another process's memory.

Each round trip to Redis costs more than the lookup itself (and on a busy machine the wait
for the Redis process to be scheduled dominates), so a request fetches the content version
and every fragment it is likely to need in one ``get_many`` (``prefetch``, called by the
page cache or the site middleware before anything is rendered).
"""

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port
from django.utils.translation import get_language_from_path

from portal.caching import content_version

STASH = "_portal_fragments"
BUILT = "_portal_fragments_built"


def fragment_key(name, *parts):
    return ":".join(["portal:fragment", name, *map(str, parts)])


def site_parts(request):
    """Host name and port, as Wagtail matches a request to its Site."""
    return split_domain_port(request._get_raw_host())[0], request.get_port()


def _expected_keys(request):
    site = site_parts(request)
    keys = [
        fragment_key("site", *site),
        fragment_key("site-root-paths"),
        fragment_key("locales"),
        fragment_key("page-restrictions"),
        # Pages only (page_fragment): which of those restrictions cover the page at this
        # path, its language switcher and hreflang links, an article's related items.
        *(
            fragment_key(name, *site, request.path_info)
            for name in ("page-covering", "language-links", "page-related")
        ),
    ]
    language = get_language_from_path(request.path_info)
    try:
        host = request.get_host()
    except DisallowedHost:
        return keys
    if language:
        keys += [
            fragment_key("root", *site, language),
            fragment_key("menu", host, language),
            fragment_key("footer", host, language),
            fragment_key("news-index", language),
            # Used only on the home page (knowledge/teaser.py).
            fragment_key("archive-teaser", host, language),
            # Used only on a news index; a key that is not there costs nothing.
            fragment_key("news-filters", *site, request.path_info),
        ]
        if "q" in request.GET:
            # A search (the archive's or the site's): the keys of the pages the public may
            # not see, the document type names, and outside the page tree the home page.
            keys += [
                fragment_key("public-hidden-keys"),
                fragment_key("document-types", language),
                fragment_key("home", language),
            ]
        # The pages the routing passes through (portal/caching/routing.py).
        components = [part for part in request.path_info.split("/") if part][1:]
        keys += [
            fragment_key("route", *site, language, "/".join(components[: step + 1]))
            for step in range(len(components))
        ]
    return keys


def prefetch(request, *extra_keys):
    """The content version and the values of `extra_keys` and of the fragments this request
    will probably use, in one round trip; remembered on the request for `cached_fragment`."""
    keys = list(extra_keys)
    if settings.FRAGMENT_CACHE_SECONDS:
        keys += _expected_keys(request)
    token, found = content_version.current_with(*keys)
    setattr(request, STASH, (token, set(keys), found))
    return token, found


def cached_fragment(request, name, build, *parts):
    """`build()`, or its copy cached for the current content version; `parts` key it.

    Built once per request either way: a fragment asked for again in the same request (the
    locale table, say) is neither rebuilt nor fetched again, even with the cache off.
    """
    key = fragment_key(name, *parts)
    built = request.__dict__.setdefault(BUILT, {}) if request is not None else {}
    if key in built:
        return built[key]
    seconds = settings.FRAGMENT_CACHE_SECONDS
    if not seconds:
        built[key] = build()
        return built[key]
    stash = getattr(request, STASH, None)
    if stash is not None and key in stash[1]:
        token, found = stash[0], stash[2]
    else:
        token, found = content_version.current_with(key)
    entry = found.get(key)
    if entry is not None and entry[0] == token:
        built[key] = entry[1]
        return entry[1]
    value = built[key] = build()
    cache.set(key, (token, value), seconds)
    return value


def page_fragment(request, name, page, build):
    """`build()` for the page served at the request's path, shared like `cached_fragment`.

    Keyed by host and path, so that the prefetch fetches it with the others before routing
    has found the page; stored with the page's id and used only for that page (any other
    page asked about during the request is built as usual). A preview has the page's path
    but shows a draft: it never reads or stores these.
    """
    if request is None or getattr(request, "is_preview", False):
        return build()
    page_id, value = cached_fragment(
        request, name, lambda: (page.pk, build()), *site_parts(request), request.path_info
    )
    return value if page_id == page.pk else build()


def site_for(request, find):
    """Wagtail's site for the request's host and port, through the fragment cache."""
    return cached_fragment(request, "site", find, *site_parts(request))
