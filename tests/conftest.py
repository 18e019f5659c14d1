import os
from io import StringIO

import pytest
from django.db import connection
from wagtail.models import Locale

from home.models import HomePage


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


@pytest.fixture
def chromium():
    """Opens Debian's headless Chromium through Playwright: `with chromium() as browser:`.

    Playwright's synchronous API runs an event loop, during which Django refuses database
    queries; tests therefore read what they need from the database before opening it.
    Skipped when Chromium or Playwright is missing, failed instead under REQUIRE_BROWSER
    (CI), so that a browser test cannot silently drop out.
    """
    from contextlib import contextmanager

    problem = None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        problem = "Playwright is not installed (pip install -e '.[dev]')"
    if problem is None and not os.path.exists(CHROMIUM):
        problem = f"Chromium is not installed at {CHROMIUM} (bin/test-prerequisites installs it)"
    if problem:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"REQUIRE_BROWSER is set but {problem}")
        pytest.skip(problem)

    @contextmanager
    def open_browser():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield browser
            finally:
                browser.close()

    return open_browser
