"""A per-process circuit breaker for the search cluster.

Wagtail builds a new backend object for every save and every search, so the state lives here,
keyed by the cluster's hosts. While the breaker is open, requests skip Elasticsearch entirely
(no timeout to wait for); once ``retry_after`` seconds have passed, the next request tries again.
"""

import threading
import time

_lock = threading.Lock()
_open_until = {}


def is_closed(key):
    with _lock:
        until = _open_until.get(key)
        if until is None:
            return True
        if time.monotonic() >= until:
            del _open_until[key]
            return True
        return False


def trip(key, retry_after):
    with _lock:
        _open_until[key] = time.monotonic() + retry_after


def reset():
    """Close every breaker (tests, and the replay command, which wants a real attempt)."""
    with _lock:
        _open_until.clear()
