"""``/healthz``: is this instance able to serve? For the container health check and monitoring.

Answers 200 when every check passes and 503 otherwise, with a small JSON body naming each
check and, under ``failing``, each failed check with a short reason ("database: connection
refused"). Full error messages stay in the log, not in the public answer. Never cached.
"""

import logging

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from modelsearch.backends import get_search_backends_with_name

from search.models import PendingIndexUpdate
from search.resilient import UNAVAILABLE, ResilientElasticsearchBackend

logger = logging.getLogger(__name__)

#: Seconds the search check waits for the cluster; below the proxy's and orchestrator's limits.
SEARCH_TIMEOUT = 1.5

# Short reasons, by what the driver's message says (PostgreSQL, Elasticsearch, SQLite).
REASONS = (
    ("connection refused", "connection refused"),
    ("timeout", "timed out"),
    ("timed out", "timed out"),
    ("authentication failed", "authentication failed"),
    ("does not exist", "database does not exist"),
    ("could not translate host name", "unknown host"),
    ("name or service not known", "unknown host"),
    ("too many connections", "too many connections"),
    ("unable to open database", "cannot open the database file"),
    ("read-only", "read-only"),
)


def reason(error) -> str:
    """A short, public description of *error* (no host names, paths or credentials)."""
    message = str(error).lower()
    return next((short for marker, short in REASONS if marker in message), "unavailable")


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("Health check: database unavailable: %s", error)
        return {"ok": False, "error": type(error).__name__, "reason": reason(error)}
    return {"ok": True}


def check_search(backend):
    try:
        health = backend.es.options(request_timeout=SEARCH_TIMEOUT).cluster.health()
    except UNAVAILABLE as error:
        logger.error("Health check: Elasticsearch unavailable: %s", error)
        return {"ok": False, "error": type(error).__name__, "reason": reason(error)}
    status = health.get("status")
    healthy = status in ("green", "yellow")
    return {"ok": healthy, "status": status, **({} if healthy else {"reason": f"status {status}"})}


def search_checks():
    return {
        f"search:{name}": backend
        for name, backend in get_search_backends_with_name()
        if isinstance(backend, ResilientElasticsearchBackend)
    }


@never_cache
def healthz(request):
    checks = {"database": check_database()}
    backends = search_checks()
    for name, backend in backends.items():
        checks[name] = check_search(backend)
    if backends and checks["database"]["ok"]:
        checks["search_backlog"] = {"ok": True, "pending": PendingIndexUpdate.objects.count()}
    failing = [
        f"{name}: {check.get('reason', 'failed')}"
        for name, check in checks.items()
        if not check["ok"]
    ]
    body = {"status": "unavailable" if failing else "ok", "checks": checks}
    if failing:
        body["failing"] = failing
    return JsonResponse(body, status=503 if failing else 200)
