"""python manage.py import_archive FOLDER [--dry-run] [--publish] [--sync] [--create-types]"""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from knowledge.importer import ManifestError, import_folder


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
            "--create-types",
            action="store_true",
            help=_("Create unknown document types in the default language instead of failing."),
        )

    def handle(self, *args, folder, dry_run, publish, sync, create_types, **options):
        if not folder.is_dir():
            raise CommandError(_("%(folder)s is not a folder.") % {"folder": folder})
        try:
            report = import_folder(
                folder,
                publish=publish,
                dry_run=dry_run,
                sync=sync,
                progress=self._progress,
                create_types=create_types,
            )
        except ManifestError as error:
            raise CommandError(str(error)) from error
        self.stderr.write("")
        for outcome in report.outcomes:
            line = f"  {_('line')} {outcome.line} {outcome.file}: {outcome.action}"
            if outcome.message:
                self.stdout.write(self.style.ERROR(f"{line} - {outcome.message}"))
            else:
                self.stdout.write(line)
        summary = ", ".join(f"{action}: {n}" for action, n in sorted(report.counts().items()))
        self.stdout.write(_("Summary: %(summary)s") % {"summary": summary or _("empty manifest")})
        if report.created_types:
            label = _("Would create document types") if dry_run else _("New document types")
            self.stdout.write(f"{label}: {', '.join(report.created_types)}")
        if report.failed:
            raise CommandError(
                _("%(count)d row(s) failed; the other rows were imported.")
                % {"count": len(report.failed)}
            )
        self.stdout.write(self.style.SUCCESS(_("Import finished.")))

    def _progress(self, done, total):
        width = 30
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        end = "\r" if getattr(self.stderr, "isatty", lambda: False)() else "\n"
        self.stderr.write(f"[{bar}] {done}/{total}", ending=end)
        if end == "\r":
            sys.stderr.flush()
