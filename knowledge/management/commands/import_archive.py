"""python manage.py import_archive FOLDER [--dry-run] [--publish] [--sync] [--min-year YEAR]
[--create-types]"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from knowledge.importer import ManifestError, import_folder

ACTION_LABELS = {
    "created": gettext_lazy("created"),
    "updated": gettext_lazy("updated"),
    "unchanged": gettext_lazy("unchanged"),
    "failed": gettext_lazy("failed"),
    "would create": gettext_lazy("would create"),
    "would update": gettext_lazy("would update"),
}


class Command(BaseCommand):
    help = _(
        "Imports archive entries from FOLDER/manifest.csv (columns: file, title, "
        "document_type, date, language, summary, topics, private)."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument("--dry-run", action="store_true", help=_("Check only, change nothing."))
        parser.add_argument("--publish", action="store_true", help=_("Publish the entries."))
        parser.add_argument(
            "--sync",
            action="store_true",
            help=_("Extract the text now instead of in the background worker."),
        )
        parser.add_argument(
            "--min-year",
            type=int,
            default=None,
            help=_(
                "Earliest year a date may have (default: the KNOWLEDGE_IMPORT_MIN_YEAR "
                "setting, 1900)."
            ),
        )
        parser.add_argument(
            "--create-types",
            action="store_true",
            help=_("Create unknown document types in the default language instead of failing."),
        )

    @no_translations
    def handle(self, *args, folder, dry_run, publish, sync, min_year, create_types, **options):
        if not folder.is_dir():
            raise CommandError(_("%(folder)s is not a folder.") % {"folder": folder})
        if min_year is not None and not 1 <= min_year <= 9999:
            raise CommandError(_("--min-year must be between 1 and 9999."))
        try:
            report = import_folder(
                folder,
                publish=publish,
                dry_run=dry_run,
                sync=sync,
                progress=self._progress,
                earliest_year=min_year,
                create_types=create_types,
            )
        except ManifestError as error:
            raise CommandError(str(error)) from error
        self.stderr.write("")
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(_("Warning: %(warning)s") % {"warning": warning}))
        for outcome in report.outcomes:
            self._write_outcome(outcome)
        self._write_summary(report)
        if report.created_types:
            label = _("Would create document types") if dry_run else _("New document types")
            self.stdout.write(f"{label}: {', '.join(report.created_types)}")
        if report.failed:
            raise CommandError(
                _("%(count)d row(s) failed; the other rows were imported.")
                % {"count": len(report.failed)}
            )
        self.stdout.write(self.style.SUCCESS(_("Import finished.")))

    def _write_outcome(self, outcome):
        line = f"  {_('line')} {outcome.line} {outcome.file}: {_label(outcome.action)}"
        if outcome.changes:
            line += " (" + ", ".join(str(change) for change in outcome.changes) + ")"
        if outcome.message:
            self.stdout.write(self.style.ERROR(f"{line} - {outcome.message}"))
        elif outcome.changes:
            self.stdout.write(self.style.WARNING(line))
        else:
            self.stdout.write(line)

    def _write_summary(self, report):
        counts = report.counts()
        summary = ", ".join(f"{_label(action)}: {count}" for action, count in counts.items())
        self.stdout.write(_("Summary: %(summary)s") % {"summary": summary})
        reasons = report.failure_reasons()
        if reasons:
            listed = "; ".join(f"{reason}: {count}" for reason, count in reasons.items())
            self.stdout.write(_("Failed rows by reason: %(reasons)s") % {"reasons": listed})

    def _progress(self, done, total):
        width = 30
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        end = "\r" if getattr(self.stderr, "isatty", lambda: False)() else "\n"
        self.stderr.write(f"[{bar}] {done}/{total}", ending=end)
        if end == "\r":
            sys.stderr.flush()


def _label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))
