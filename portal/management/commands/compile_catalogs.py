"""Compile the interface catalogs (locale/*/LC_MESSAGES/*.po) without GNU gettext.

Django's compilemessages needs msgfmt, which a fresh machine may lack; polib does the same in
pure Python. With --check it also fails on untranslated or fuzzy entries, as CI does.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = _("Compiles the .po catalogs under locale/ to .mo files.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help=_("Fail if any catalog has untranslated or fuzzy entries."),
        )

    def handle(self, *args, check=False, **options):
        catalogs = sorted(
            path
            for folder in settings.LOCALE_PATHS
            for path in Path(folder).glob("*/LC_MESSAGES/*.po")
        )
        if not catalogs:
            raise CommandError(
                _("No catalogs found under %(paths)s.") % {"paths": settings.LOCALE_PATHS}
            )
        problems = []
        for path in catalogs:
            catalog = polib.pofile(str(path))
            untranslated = catalog.untranslated_entries()
            fuzzy = [entry for entry in catalog.fuzzy_entries() if not entry.obsolete]
            if untranslated or fuzzy:
                problems.append(
                    f"{path}: {len(untranslated)} untranslated, {len(fuzzy)} fuzzy "
                    f"({catalog.percent_translated()} % translated)"
                )
            catalog.save_as_mofile(str(path.with_suffix(".mo")))
        self.stdout.write(_("Compiled %(count)d catalogs.") % {"count": len(catalogs)})
        if check and problems:
            raise CommandError("\n".join([_("Incomplete catalogs:"), *problems]))
        for problem in problems:
            self.stderr.write(problem)
