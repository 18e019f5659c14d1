"""Wagtail's site lookup, answered from the shared cache.

Every page request starts with Wagtail finding the Site for the request's host (one query,
not remembered beyond the request). The few Site rows are kept under the content version
(saving a Site or publishing renews it), and Wagtail takes the site this middleware puts on
the request (``request._wagtail_site``, which ``Site.find_for_request`` reads); the same goes
for the sites' root paths that every ``Page.get_url`` needs. It also fetches the request's
shared fragments in one round trip, unless the page cache already did.
"""

from django.conf import settings
from wagtail.models import Site

from portal.caching import fragments
from portal.caching.fragments import Fragment, per_site
from portal.request_state import state

SITE = Fragment("site", per_site)
SITE_ROOT_PATHS = Fragment("site-root-paths")


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE_SECONDS and not hasattr(request, "_wagtail_site"):
            if state(request).prefetched is None:
                fragments.prefetch(request)
            request._wagtail_site = SITE.get(request, lambda: Site._find_for_request(request))
            # What Page.get_url reads (Wagtail caches it on the request, from its own cache
            # key: a round trip of its own to Redis in every request).
            request._wagtail_cached_site_root_paths = SITE_ROOT_PATHS.get(
                request, Site.get_site_root_paths
            )
        return self.get_response(request)
