"""The embedded SQLite default under a concurrent writer: submitting never fails "locked".

`make run` serves the admin while `db_worker` (another process) writes to the same SQLite
file. The test copies the demo database to a file and runs two real processes on it with
the portal's settings: one writes the way the worker does (reads, then writes, in one
transaction, holding the lock for a moment), the other submits pages for review through the
admin's "add page" view, as an editor's browser does. Every submission must succeed.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import time, django
    django.setup()
    from django.contrib.sessions.models import Session
    from django.db import OperationalError, transaction
    from django.utils import timezone

    end = time.monotonic() + float({seconds})
    written = failed = 0
    while time.monotonic() < end:
        try:
            with transaction.atomic():
                Session.objects.filter(session_key__startswith="worker").count()
                Session.objects.update_or_create(
                    session_key=f"worker{{written % 5}}",
                    defaults={{"session_data": "x", "expire_date": timezone.now()}},
                )
                time.sleep(0.02)
            written += 1
        except OperationalError:
            failed += 1
    print("writer", written, failed)
    """
)

SUBMITTER = textwrap.dedent(
    """
    import django
    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django.test.utils import setup_test_environment

    from home.models import HomePage
    from portal.roles import REDAKTION
    from tests.portal.admin_flow import create_page

    setup_test_environment()
    user = get_user_model().objects.create_user("last-redaktion", "l@example.invalid", "x")
    user.groups.add(Group.objects.get(name=REDAKTION))
    client = Client()
    client.force_login(user)
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    for number in range({count}):
        response, page = create_page(
            client, home, f"Gleichzeitig {{number}}", f"gleichzeitig-{{number}}", "action-submit"
        )
        assert response.status_code == 302, response.status_code
        assert page.current_workflow_task is not None
    print("submitted", {count})
    """
)


@pytest.fixture
def demo_file(tmp_path, django_db_blocker):
    """The demo database as a file (SQLite's backup API copies the in-memory test database)."""
    if connection.vendor != "sqlite":
        pytest.skip("the embedded default is SQLite")
    import sqlite3

    path = tmp_path / "portal.sqlite3"
    with django_db_blocker.unblock():
        connection.ensure_connection()
        target = sqlite3.connect(path)
        connection.connection.backup(target)
        target.close()
    return path


def _start(code, database):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_submissions_succeed_while_a_worker_writes(demo_file):
    writer = _start(WRITER.format(seconds=25), demo_file)
    submitter = _start(SUBMITTER.format(count=15), demo_file)
    submitted, _ = submitter.communicate(timeout=120)
    writer.kill()
    written, _ = writer.communicate(timeout=30)
    assert submitter.returncode == 0, submitted[-3000:]
    assert "submitted 15" in submitted
    assert "locked" not in submitted
