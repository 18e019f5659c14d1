"""Publish and unpublish scheduled pages while the portal runs.

Wagtail's `publish_scheduled` does the work but runs once; cron is not available everywhere
(containers, a laptop's `make run`), so this loop calls it every `--interval` seconds until it
is stopped with Ctrl-C or SIGTERM. Each round also gives back tasks that a killed worker left
running (:mod:`portal.task_recovery`), so a worker restarted elsewhere picks them up.
"""

import signal
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Runs Wagtail's publish_scheduled every --interval seconds until stopped.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=int,
            default=60,
            help=_("Seconds between two runs (default: 60)."),
        )
        parser.add_argument(
            "--runs",
            type=int,
            default=0,
            help=_("Stop after this many runs (default: run until stopped)."),
        )

    @no_translations
    def handle(self, *args, interval, runs, **options):
        if interval < 1:
            raise CommandError(_("--interval must be at least 1 second."))
        if runs < 0:
            raise CommandError(_("--runs cannot be negative."))
        max_runs = runs
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_args: stop.set())
        self.stdout.write(
            _("Publishing scheduled pages every %(interval)d s; stop with Ctrl-C.")
            % {"interval": interval}
        )
        runs = 0
        while not stop.is_set():
            call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            self._recover_stale_tasks()
            runs += 1
            if runs == max_runs:
                break
            stop.wait(interval)
        self.stdout.write(_("Scheduler stopped after %(runs)d runs.") % {"runs": runs})

    def _recover_stale_tasks(self):
        if "django_tasks_db" not in settings.INSTALLED_APPS:
            return
        from portal.task_recovery import recover_stale_tasks

        recovery = recover_stale_tasks()
        if recovery.requeued or recovery.failed:
            self.stdout.write(str(recovery))
