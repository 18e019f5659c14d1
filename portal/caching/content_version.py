"""One token for the state of the whole site's published content.

Publishing one page changes much more than its own URL: the menu and footer of its locale,
the news index and feeds, the home teaser, the archive results, the sitemap, and the language
switcher and hreflang links of its translations in the other locales. Rather than working out
that set, every cached page and fragment is stored together with the token that was current
when it was rendered, and is used only while the token is unchanged; any change replaces the
token, which invalidates everything at once (a small site is re-rendered in moments).

The token is random, not a counter: should the cache evict or lose it, a new random token is
made and old entries become stale, never valid again.
"""

import secrets

from django.core.cache import cache

KEY = "portal:content-version"


def _new_token():
    return secrets.token_hex(8)


def current():
    """The current token (made if there is none yet)."""
    return current_with()[0]


def current_with(*keys):
    """The current token and the cached values of `keys`, in one round trip to the cache."""
    values = cache.get_many([KEY, *keys])
    token = values.pop(KEY, None)
    if token is None:
        token = _new_token()
        if not cache.add(KEY, token, None):
            token = cache.get(KEY) or token
    return token, values


def renew():
    """Replace the token: every page and fragment cached so far is out of date."""
    cache.set(KEY, _new_token(), None)
