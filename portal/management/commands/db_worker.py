"""django-tasks-db's ``db_worker``, which first gives back the tasks a killed worker left
running (see :mod:`portal.task_recovery`).

Same name and options as the original (this app comes first in INSTALLED_APPS, so
``manage.py db_worker`` finds this one): compose, ``bin/serve`` and the docs keep working.
"""

from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from portal.task_recovery import recover_stale_tasks


class Command(DatabaseWorkerCommand):
    help = DatabaseWorkerCommand.help + " (re-queueing tasks left running by a killed worker)"

    def handle(self, *args, **options):
        recovery = recover_stale_tasks()
        if recovery.requeued or recovery.failed:
            self.stdout.write(str(recovery))
        return super().handle(*args, **options)
