"""The answer when a request fails: the static four-language page, 503 while the database is down.

Django's own ``server_error`` answers every uncaught exception with 500. When PostgreSQL is
unreachable, every page that is not in the page cache fails; that is an outage to wait out,
not a fault of the page: the answer is then 503 with ``Retry-After``, so that browsers,
crawlers and the proxy know to come back (and the proxy may serve a stale copy). The failure
is confirmed with the health check's own query, so an error that merely looks like a
database error (SQLite reports query mistakes as ``OperationalError`` too) stays a 500.

The page is ``templates/500.html``, static, with its one inline ``<style>`` allowed by a hash
in its own Content-Security-Policy (the public policy allows no inline style).
"""

import base64
import hashlib
import re
import sys
from functools import lru_cache

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import requires_csrf_token

from portal.security import PUBLIC_POLICY, serialise

TEMPLATE = "500.html"
#: Seconds a client should wait before trying again while the database is down.
RETRY_AFTER = 30

_STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


@lru_cache
def page() -> str:
    return loader.get_template(TEMPLATE).render()


@lru_cache
def policy() -> str:
    """The public policy, plus the hashes of the page's inline styles."""
    hashes = [
        "'sha256-{}'".format(
            base64.b64encode(hashlib.sha256(style.encode()).digest()).decode("ascii")
        )
        for style in _STYLE.findall(page())
    ]
    public = getattr(settings, "CONTENT_SECURITY_POLICY", PUBLIC_POLICY)
    return serialise({**public, "style-src": [*public.get("style-src", ["'self'"]), *hashes]})


def database_is_down(error) -> bool:
    if not isinstance(error, OperationalError | InterfaceError):
        return False
    from portal.health import check_database

    return not check_database()["ok"]


@requires_csrf_token
def server_error(request, *args, **kwargs):
    """``handler500``: called by Django while the exception is being handled."""
    error = sys.exc_info()[1]
    if database_is_down(error):
        response = HttpResponse(page(), status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        add_never_cache_headers(response)
    else:
        response = HttpResponseServerError(page())
    response["Content-Security-Policy"] = policy()
    return response
