"""Replay index updates that could not reach Elasticsearch (see search.resilient)."""

import time

from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils.translation import gettext as _
from modelsearch.backends import get_search_backends_with_name

from search import breaker, pending
from search.models import PendingIndexUpdate
from search.resilient import ResilientElasticsearchBackend


class Command(BaseCommand):
    help = _(
        "Writes the recorded search index updates to Elasticsearch. With --every SECONDS it "
        "keeps running and retries periodically (the worker does this)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            metavar="SECONDS",
            help=_("Keep running and replay every SECONDS seconds."),
        )

    @no_translations
    def handle(self, *args, every=0, **options):
        if every < 0:
            raise CommandError(_("--every must be a positive number of seconds."))
        backends = [
            (name, backend)
            for name, backend in get_search_backends_with_name()
            if isinstance(backend, ResilientElasticsearchBackend)
        ]
        if not backends:
            self.stdout.write(_("No Elasticsearch backend is configured; nothing to replay."))
            return
        while True:
            self.replay_once(backends)
            if not every:
                break
            time.sleep(every)
        if PendingIndexUpdate.objects.exists():
            raise CommandError(_("Elasticsearch is still unavailable; updates remain recorded."))

    def replay_once(self, backends):
        # A real attempt, whatever an earlier failure in this process said.
        breaker.reset()
        for name, backend in backends:
            before = PendingIndexUpdate.objects.count()
            done = pending.replay(backend)
            self.stdout.write(
                _("%(backend)s: replayed %(done)d of %(total)d recorded updates.")
                % {"backend": name, "done": done, "total": before}
            )
