"""``/healthz``: is this instance able to serve? For the container health check and monitoring.

Answers 200 when every check passes and 503 otherwise, with a small JSON body naming each
check. Error details stay in the log, not in the public answer. Never cached.
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


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        logger.error("Health check: database unavailable: %s", error)
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True}


def check_search(backend):
    try:
        health = backend.es.options(request_timeout=SEARCH_TIMEOUT).cluster.health()
    except UNAVAILABLE as error:
        logger.error("Health check: Elasticsearch unavailable: %s", error)
        return {"ok": False, "error": type(error).__name__}
    status = health.get("status")
    return {"ok": status in ("green", "yellow"), "status": status}


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
    healthy = all(check["ok"] for check in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks},
        status=200 if healthy else 503,
    )
