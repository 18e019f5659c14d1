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
