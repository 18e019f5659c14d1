from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks_db.management.commands import db_worker

from portal.search import breaker, pending

from .servers import FakeElasticsearch, SilentListener, closed_port


def elasticsearch_backends(url, **extra):
    return {
        "default": {
            "BACKEND": "portal.search.resilient",
            "URLS": [url],
            "INDEX_PREFIX": "test_",
            "TIMEOUT": 1,
            "RETRY_AFTER": 30,
            "FALLBACK": "database",
            **extra,
        },
        "database": {"BACKEND": "portal.search.database"},
    }


@pytest.fixture(autouse=True)
def _fresh_breaker():
    breaker.reset()
    pending._set_maybe_pending(True)
    yield
    breaker.reset()


@pytest.fixture
def es_down(settings):
    """Elasticsearch configured on a closed port."""
    url = f"http://127.0.0.1:{closed_port()}"
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(url)
    return url


@pytest.fixture
def es_hanging(settings):
    """Elasticsearch configured on a listener that never answers."""
    listener = SilentListener()
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(f"http://127.0.0.1:{listener.port}")
    yield listener
    listener.close()


@pytest.fixture
def fake_es():
    server = FakeElasticsearch()
    yield server
    server.close()


@pytest.fixture
def task_queue(settings, monkeypatch):
    """The production task queue (the database) instead of the tests' immediate one.

    Returns a function that works the queue off the way the `tasks` service does
    (`db_worker`). Two things the worker does between tasks cannot happen inside the test's
    transaction: locking the queue with BEGIN EXCLUSIVE (SQLite; a plain atomic block claims
    the tasks just as well here) and closing the database connection (PostgreSQL).
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    monkeypatch.setattr(
        db_worker, "exclusive_transaction", lambda using: transaction.atomic(using=using)
    )
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run_worker():
        call_command(
            "db_worker",
            "--batch",
            "--queue-name",
            "*",
            "--no-startup-delay",
            "--no-reload",
            stdout=StringIO(),
            stderr=StringIO(),
        )

    return run_worker
