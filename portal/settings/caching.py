"""Caches, the page cache and the caching proxy, chosen by the environment.

- ``REDIS_URL`` (e.g. ``redis://redis:6379/0``): one cache shared by every gunicorn worker and
  the background services (Django's Redis backend, made tolerant of Redis outages). Without
  it every process keeps its own local-memory cache.
- ``PAGE_CACHE_SECONDS``: how long the page cache keeps a page. The default is 600 with Redis
  and 0 (off) without: a publish in one process cannot reach the local memory of another, so
  a per-process page cache would serve outdated pages.
- ``FRAGMENT_CACHE_SECONDS``: how long the parts every page of a language shares (menu,
  footer, the locale table) are kept; the same defaults and reason as the page cache.
- ``FRONTEND_CACHE_URL`` (e.g. ``http://proxy:6081``): where the caching proxy accepts purge
  requests; it switches on Wagtail's frontend-cache invalidation.
- ``CACHE_RELEASE``: the release key in front of every shared cache key (derived from the
  package versions and migrations when unset; see ``release.py``), so that a deploy never
  unpickles what an older release stored.
- ``PROXY_CACHE_SECONDS``: the ``s-maxage`` public pages announce. The default is 600 with
  ``FRONTEND_CACHE_URL`` and 0 without: no proxy is invited to keep pages nobody will tell it
  to drop.
"""

from django.core.exceptions import ImproperlyConfigured

DEFAULT_SECONDS = 600
#: Seconds to wait for Redis; it runs next to the portal and answers in well under 1 ms.
REDIS_SOCKET_TIMEOUT = 1.0


def cache_settings(env, release=""):
    """CACHES, the page cache and proxy durations and WAGTAILFRONTENDCACHE for `env`; the
    shared cache's keys start with `release` (see ``release.py``)."""
    redis_url = env.str("REDIS_URL", default="")
    proxy_url = env.str("FRONTEND_CACHE_URL", default="")
    if redis_url:
        default = {
            "BACKEND": "portal.caching.backends.TolerantRedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": release,
            "OPTIONS": {
                "socket_connect_timeout": REDIS_SOCKET_TIMEOUT,
                "socket_timeout": REDIS_SOCKET_TIMEOUT,
            },
        }
    else:
        default = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    settings = {
        "CACHES": {"default": default},
        "PAGE_CACHE_SECONDS": _seconds(env, "PAGE_CACHE_SECONDS", bool(redis_url)),
        "FRAGMENT_CACHE_SECONDS": _seconds(env, "FRAGMENT_CACHE_SECONDS", bool(redis_url)),
        "PROXY_CACHE_SECONDS": _seconds(env, "PROXY_CACHE_SECONDS", bool(proxy_url)),
        "WAGTAILFRONTENDCACHE": {},
        # Wagtail would purge a page's path under every language prefix; translations have
        # their own slugs, and the portal purges the whole site anyway (see invalidation).
        "WAGTAILFRONTENDCACHE_LANGUAGES": [],
    }
    if proxy_url:
        settings["WAGTAILFRONTENDCACHE"] = {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": proxy_url,
            }
        }
    return settings


def _seconds(env, name, on_by_default):
    raw = env.str(name, default=str(DEFAULT_SECONDS if on_by_default else 0))
    try:
        seconds = int(raw)
    except ValueError:
        seconds = -1
    if seconds < 0:
        raise ImproperlyConfigured(
            f"{name} must be a whole number of seconds (0 switches it off), not {raw!r}."
        )
    return seconds
