"""python manage.py recover_stale_tasks: re-queue (or fail) tasks left running by a worker
that was killed; see :mod:`portal.task_recovery`. Workers and ``run_scheduler`` do this
on their own; the command is for an operator who does not want to wait."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from portal.task_recovery import recover_stale_tasks


class Command(BaseCommand):
    help = _("Queues tasks left running by a stopped worker again, or fails them.")

    def handle(self, *args, **options):
        recovery = recover_stale_tasks()
        self.stdout.write(str(recovery))
