import os
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import translation
from django_tasks_db.management.commands import db_worker
from wagtail.models import Locale

from home.models import HomePage
from search import breaker, pending
from tests.search.backends import elasticsearch_backends
from tests.servers import FakeElasticsearch, SilentListener, closed_port


def pytest_collection_modifyitems(config, items):
    """Skip PostgreSQL-only tests elsewhere, unless CI demands that none is skipped."""
    if connection.vendor == "postgresql":
        return
    if os.environ.get("REQUIRE_POSTGRES"):
        marked = [item.nodeid for item in items if "postgres" in item.keywords]
        if marked:
            raise pytest.UsageError(
                f"REQUIRE_POSTGRES is set but the database is {connection.vendor}; "
                f"{len(marked)} PostgreSQL tests would be skipped. Set DATABASE_URL."
            )
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL=postgres://…)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a request served in another language leaves
    that language active in the thread (the locale middleware activates, nothing resets it),
    so messages a later test reads would otherwise depend on the order of the tests."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under REQUIRE_POSTGRES, a PostgreSQL test that skips itself at run time fails too."""
    report = yield
    required = os.environ.get("REQUIRE_POSTGRES") and "postgres" in item.keywords
    if required and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = (
            f"REQUIRE_POSTGRES is set but this PostgreSQL test was skipped: {report.longrepr}"
        )
    return report


@pytest.fixture(params=["fragments off", "fragments on"])
def fragment_modes(request, settings):
    """Runs a test twice: building everything per request (no shared cache), and with the
    shared fragments on (as with Redis), where the route, the view restrictions, which of
    them cover the page and the hidden search keys come from the cache, so that a privacy
    rule cannot hold in one mode only. The cache is emptied before and after."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 600 if request.param == "fragments on" else 0
    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def home(db):
    """The German home page created by the migration."""
    return HomePage.objects.get(depth=2, locale__language_code="de")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site (pages in four languages) is loaded once for the whole run."""
    from django.core.management import call_command

    with django_db_blocker.unblock():
        call_command("load_demo", stdout=StringIO())


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _browser_problem():
    """Why no browser test can run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install -e '.[dev]')"
    if not os.path.exists(CHROMIUM):
        return f"Chromium is not installed at {CHROMIUM} (bin/test-prerequisites installs it)"
    return None


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium through Playwright, one per test module.

    Skipped when Chromium or Playwright is missing, failed instead under REQUIRE_BROWSER
    (CI), so that a browser test cannot silently drop out.

    Playwright's synchronous API keeps an asyncio loop running in this thread, and Django
    refuses database queries while one runs. The queries of these tests are synchronous and
    run in this thread only, so Django's guard is lifted while the browser is open (the
    approach Django's documentation gives for Playwright) and restored when it closes; the
    browser is closed at the end of the module, before any other test runs.
    """
    problem = _browser_problem()
    if problem:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield chromium
            finally:
                chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def demo_server(django_db_setup, django_db_blocker):
    """One HTTP server on localhost for every browser test, serving the demo site.

    Not pytest-django's `live_server`: that makes each test using it transactional, and a
    transactional test empties the database when it ends, so the demo content (and the
    locales and root page the migrations create) would be gone for every later test.
    This server reads the same database as the tests do: on SQLite it shares the test's
    in-memory connection (and sees what the test creates, rolled back afterwards); on
    PostgreSQL it has its own connection and sees the committed demo content. Tests using
    it need database access (`django_db`), which also lets the server's thread query.
    """
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server
    server.stop()
    if connection.vendor == "postgresql":
        # A request thread still waiting on a browser's keep-alive connection keeps its own
        # database session, and the test database cannot be dropped while it is open.
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


# Search backends: every test starts with a closed circuit breaker and a fresh backlog flag;
# es_down, es_hanging and fake_es point Wagtail's search at a cluster that is not there.
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
