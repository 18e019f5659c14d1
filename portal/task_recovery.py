"""Give tasks back that a killed worker left RUNNING in the database queue.

django-tasks-db's worker marks a task RUNNING when it claims it and SUCCESSFUL or FAILED
when it ends; a worker killed in between (SIGKILL, out of memory, a container stopped
without a grace period) leaves the row RUNNING for ever, and no worker takes it again. A
document's extraction then shows "pending" for ever, a page stays out of the search.

A RUNNING task is *stale* when it started longer ago than its time limit
(``TASKS_TIME_LIMITS`` for the task's path, else ``TASKS_STALE_AFTER_SECONDS``): no task
of the portal runs that long, so its worker is gone. A stale task goes back to READY,
until it has been claimed ``TASKS_MAX_ATTEMPTS`` times (the queue keeps one worker id
per claim); then it is FAILED with :class:`StaleTaskError` as its reason, and
``task_finished`` is sent as for any failed task, so that e.g. the document of an
extraction shows why (``knowledge.signals``).

This works on the backend's result table, whatever the task: ours and Wagtail's index
tasks alike. It runs when a worker starts (``db_worker``, ``portal/management``) and on
every round of ``run_scheduler``; ``recover_stale_tasks`` runs it by hand.
"""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks.base import TaskResultStatus
from django_tasks.signals import task_finished

logger = logging.getLogger(__name__)


class StaleTaskError(Exception):
    """The reason recorded on a task whose workers stopped while running it."""


@dataclass
class Recovery:
    requeued: int = 0
    failed: int = 0

    def __str__(self) -> str:
        return _("Stale tasks: %(requeued)d queued again, %(failed)d failed.") % {
            "requeued": self.requeued,
            "failed": self.failed,
        }


def time_limit(task_path: str) -> datetime.timedelta:
    seconds = settings.TASKS_TIME_LIMITS.get(task_path, settings.TASKS_STALE_AFTER_SECONDS)
    return datetime.timedelta(seconds=seconds)


def stale_tasks(now=None):
    """The RUNNING task results that outlived their time limit, oldest first."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    shortest = min([settings.TASKS_STALE_AFTER_SECONDS, *settings.TASKS_TIME_LIMITS.values()])
    candidates = DBTaskResult.objects.running().filter(
        started_at__lt=now - datetime.timedelta(seconds=shortest)
    )
    return [
        result
        for result in candidates.order_by("started_at")
        if result.started_at < now - time_limit(result.task_path)
    ]


def recover_stale_tasks(now=None) -> Recovery:
    """Re-queue or fail every stale task; returns how many of each."""
    recovery = Recovery()
    for stale in stale_tasks(now):
        with transaction.atomic():
            result = _lock_if_still_running(stale.pk)
            if result is None:  # finished or recovered by someone else meanwhile
                continue
            attempts = len(result.worker_ids)
            if attempts < settings.TASKS_MAX_ATTEMPTS:
                _requeue(result, attempts)
                recovery.requeued += 1
                continue
            _give_up(result, attempts)
            recovery.failed += 1
        _announce_failure(result)
    return recovery


def _lock_if_still_running(pk):
    from django_tasks_db.models import DBTaskResult

    return (
        DBTaskResult.objects.select_for_update(skip_locked=True)
        .filter(pk=pk, status=TaskResultStatus.RUNNING)
        .first()
    )


def _requeue(result, attempts: int) -> None:
    logger.warning(
        "Task %s (%s) was left running by worker %s; queued again (attempt %d of %d)",
        result.pk,
        result.task_path,
        result.worker_ids[-1] if result.worker_ids else "?",
        attempts + 1,
        settings.TASKS_MAX_ATTEMPTS,
    )
    result.status = TaskResultStatus.READY
    result.started_at = None
    result.save(update_fields=["status", "started_at"])


def _give_up(result, attempts: int) -> None:
    logger.error(
        "Task %s (%s) was interrupted %d times; marked as failed",
        result.pk,
        result.task_path,
        attempts,
    )
    result.set_failed(
        StaleTaskError(
            f"The worker stopped while running this task, {attempts} times "
            f"(time limit {time_limit(result.task_path)}); not tried again."
        )
    )


def _announce_failure(result) -> None:
    try:
        task_result = result.task_result
    except Exception:  # the task no longer exists in the code
        logger.warning("Task %s (%s) no longer exists", result.pk, result.task_path)
        return
    task_finished.send(sender=type(result.task.get_backend()), task_result=task_result)
