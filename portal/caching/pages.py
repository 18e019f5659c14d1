"""The page cache: whole responses for anonymous visitors, and permission for the proxy.

Only a request that is the same for every visitor is answered from the cache: GET or HEAD,
no session or messages cookie (so never for signed-in editors or members), no
``Authorization``, not one of Wagtail's preview requests, and not under an excluded path
(admin, documents, API, health check, static and media files). The key is the full URL with
scheme and host: the language is in the path prefix, so /de/ and /fr/ are separate entries.

A response is kept only if it is the same for everyone too: status 200, not streamed, no
``Set-Cookie`` (a page with a form and its CSRF token sets one), no ``Cache-Control`` private,
no-cache or no-store (Wagtail sends those for every page under a view restriction and for
password forms; the site search sends them as well), and no ``Vary`` beyond ``Cookie`` and
``Accept-Encoding`` (a response negotiated on ``Accept-Language`` is not keyed by its URL).
Such a response also gets ``Cache-Control: public, max-age=0, s-maxage=…``: browsers ask
again each time, the caching proxy may keep it for ``PROXY_CACHE_SECONDS``.

The middleware sits before the session and authentication middleware, so a hit costs one
round trip to the cache and no database query (the same round trip fetches the shared
fragments a miss will need, see ``fragments.prefetch``). Entries carry the content version
(``portal.caching.content_version``) current when rendering started and are served only
while it is still current.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control

from portal.caching import fragments

STATUS_HEADER = "X-Page-Cache"
DEFAULT_EXCLUDED_PATHS = ("/admin/", "/documents/", "/api/", "/healthz", "/static/", "/media/")
UNCACHEABLE_DIRECTIVES = {"private", "no-cache", "no-store"}
HARMLESS_VARY = {"cookie", "accept-encoding"}
# Cookies that change what a visitor sees: the session (editors, members, passed page
# passwords) and one-time messages.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def _personal(request):
    return (
        request.method not in ("GET", "HEAD")
        or any(name in request.COOKIES for name in PERSONAL_COOKIES)
        or "HTTP_AUTHORIZATION" in request.META
        or getattr(request, "is_dummy", False)
        or request.path_info.startswith(
            tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PATHS", DEFAULT_EXCLUDED_PATHS))
        )
    )


def _key(request):
    url = request.build_absolute_uri()
    return "portal:page:" + hashlib.sha256(url.encode()).hexdigest()


def _directives(response):
    return {
        part.split("=", 1)[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
        if part.strip()
    }


def _same_for_everyone(request, response):
    vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))}
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and not (_directives(response) & UNCACHEABLE_DIRECTIVES)
        and vary - {""} <= HARMLESS_VARY
    )


def _entry(token, response):
    headers = [(name, value) for name, value in response.items() if name != STATUS_HEADER]
    return (token, response.status_code, headers, response.content)


def _response(entry):
    _token, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[STATUS_HEADER] = "hit"
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        proxy_seconds = settings.PROXY_CACHE_SECONDS
        if not (seconds or proxy_seconds) or _personal(request):
            return self.get_response(request)
        try:
            key = _key(request)
        except DisallowedHost:
            return self.get_response(request)  # Django answers 400 further in

        token = None
        if seconds:
            token, found = fragments.prefetch(request, key)
            entry = found.get(key)
            if entry is not None and entry[0] == token:
                return _response(entry)

        response = self.get_response(request)
        if not _same_for_everyone(request, response):
            return response
        if proxy_seconds:
            freshness = {} if "max-age" in _directives(response) else {"max_age": 0}
            patch_cache_control(response, public=True, s_maxage=proxy_seconds, **freshness)
        if seconds:
            if request.method == "GET":
                cache.set(key, _entry(token, response), seconds)
            response[STATUS_HEADER] = "miss"
        return response
