"""Tasks a killed worker left RUNNING are queued again (a bounded number of times) or
failed with a reason; an extraction never stays "pending" for ever."""

import datetime
import os
import signal
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks_db.models import DBTaskResult
from wagtail.users.models import UserProfile

from portal.task_recovery import recover_stale_tasks
from tests.knowledge.factories import ArchiveDocumentFactory

ROOT = Path(__file__).resolve().parents[2]


def _left_running(result, *, workers=("killed-worker",), minutes=60):
    """What a worker killed mid-task leaves behind: RUNNING, claimed, started long ago."""
    DBTaskResult.objects.filter(pk=result.pk).update(
        status="RUNNING",
        worker_ids=list(workers),
        started_at=timezone.now() - datetime.timedelta(minutes=minutes),
    )


@pytest.mark.django_db
def test_a_restarted_worker_finishes_an_extraction_its_predecessor_left(task_queue):
    document = ArchiveDocumentFactory(title="Verwaist", text="Ein Brunnen im Riad.")
    result = DBTaskResult.objects.get(task_path="knowledge.tasks.extract_document")
    _left_running(result)

    task_queue()  # db_worker: recovers first, then works off the queue

    result.refresh_from_db()
    document.refresh_from_db()
    assert result.status == "SUCCESSFUL"
    assert result.worker_ids[0] == "killed-worker" and len(result.worker_ids) == 2
    assert document.extraction_status == "done"


@pytest.mark.django_db
def test_a_task_interrupted_too_often_fails_and_the_document_says_why(
    task_queue, admin_client, admin_user
):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"  # the assertions read the English admin
    profile.save()
    document = ArchiveDocumentFactory(title="Dreimal abgebrochen", text="Text.")
    result = DBTaskResult.objects.get(task_path="knowledge.tasks.extract_document")
    _left_running(result, workers=["w1", "w2", "w3"])

    recovery = recover_stale_tasks()

    assert (recovery.requeued, recovery.failed) == (0, 1)
    result.refresh_from_db()
    assert result.status == "FAILED"
    assert result.exception_class_path == "portal.task_recovery.StaleTaskError"
    document.refresh_from_db()
    assert (document.extraction_status, document.extraction_reason) == ("failed", "worker_lost")
    listing = admin_client.get(reverse("wagtaildocs:index")).text
    row = listing[listing.index(">Dreimal abgebrochen</span>") :]
    assert "interrupted several times" in row[: row.index("</tr>")]


@pytest.mark.django_db
def test_a_task_within_its_time_limit_is_left_alone(task_queue, settings):
    ArchiveDocumentFactory(title="Laeuft noch", text="Text.")
    result = DBTaskResult.objects.get(task_path="knowledge.tasks.extract_document")
    limit = settings.TASKS_TIME_LIMITS["knowledge.tasks.extract_document"]
    _left_running(result, minutes=limit / 60 / 2)

    assert recover_stale_tasks().requeued == 0

    result.refresh_from_db()
    assert result.status == "RUNNING"


@pytest.mark.django_db
def test_the_scheduler_gives_back_a_wagtail_index_task(task_queue, home):
    from tests.home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Orangenhain")
    page.save_revision().publish()
    result = DBTaskResult.objects.filter(task_path__startswith="modelsearch.").first()
    _left_running(result)
    out = StringIO()

    with translation.override("en"):
        call_command("run_scheduler", "--runs", "1", stdout=out)

    assert "Stale tasks: 1 queued again, 0 failed." in out.getvalue()
    result.refresh_from_db()
    assert result.status == "READY"


def _worker(env):
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--queue-name",
            "*",
            "--no-reload",
            "--no-startup-delay",
            "--interval",
            "0.2",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: the kill reaches its children too
    )


def _wait_for(condition, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.postgres
def test_a_worker_killed_mid_task_leaves_it_to_the_next_worker(
    django_db_setup, django_db_blocker, tmp_path, settings
):
    """Real processes: `manage.py db_worker` is killed with SIGKILL while a slow task runs;
    the task stays RUNNING; a restarted worker queues it again and completes it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    from tests.portal.slow_tasks import slow_once

    marker = tmp_path / "started"
    database = django_settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": "postgres://{USER}@{HOST}:{PORT}/{NAME}".format(**database),
        "TASKS_BACKEND": "database",
    }
    with django_db_blocker.unblock():
        result_id = slow_once.enqueue(str(marker)).id
        try:
            first = _worker(env)
            try:
                assert _wait_for(marker.exists), "the worker never started the task"
                os.killpg(first.pid, signal.SIGKILL)
                first.wait(timeout=30)
            finally:
                if first.poll() is None:
                    os.killpg(first.pid, signal.SIGKILL)
            result = DBTaskResult.objects.get(pk=result_id)
            assert result.status == "RUNNING"  # what the killed worker leaves behind

            second = _worker({**env, "TASKS_STALE_AFTER_SECONDS": "1"})
            try:
                finished = _wait_for(
                    lambda: DBTaskResult.objects.get(pk=result_id).status == "SUCCESSFUL"
                )
            finally:
                os.killpg(second.pid, signal.SIGTERM)
                output = second.communicate(timeout=30)[0].decode()
            assert finished, output
            assert "was left running by worker" in output
            assert "queued again (attempt 2 of 3)" in output
            result = DBTaskResult.objects.get(pk=result_id)
            assert len(result.worker_ids) == 2
            assert result.return_value == "finished"
        finally:
            DBTaskResult.objects.filter(pk=result_id).delete()
            connection.close()
