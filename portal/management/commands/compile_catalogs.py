"""Compile the interface catalogs (locale/*/LC_MESSAGES/*.po) without GNU gettext.

Django's compilemessages needs msgfmt, which a fresh machine may lack; polib does the same in
pure Python. With --check nothing is written: the command only fails on any problem that
`portal.catalog_check` finds (untranslated or fuzzy entries, wrong plural counts, placeholders
that differ from the original), as CI does.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils.translation import gettext as _

from portal.catalog_check import catalog_problems


class Command(BaseCommand):
    help = _("Compiles the .po catalogs under locale/ to .mo files.")

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help=_(
                "Only check, write nothing: fail if any catalog has untranslated or fuzzy "
                "entries, wrong plural forms or placeholders."
            ),
        )

    @no_translations
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
            problems += [f"{path}: {problem}" for problem in catalog_problems(catalog)]
            if not check:
                catalog.save_as_mofile(str(path.with_suffix(".mo")))
        if check:
            if problems:
                raise CommandError("\n".join([_("Catalogs with problems:"), *problems]))
            self.stdout.write(
                _("%(count)d catalogs are complete and valid.") % {"count": len(catalogs)}
            )
            return
        self.stdout.write(_("Compiled %(count)d catalogs.") % {"count": len(catalogs)})
        for problem in problems:
            self.stderr.write(problem)
