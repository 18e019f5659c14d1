"""python manage.py rebuild_archive_index - recreate the archive's search table."""

from django.core.management.base import BaseCommand, no_translations
from django.utils.translation import gettext as _

from knowledge.search.indexing import rebuild


class Command(BaseCommand):
    help = _("Recreates the archive search index from the published entries.")

    @no_translations
    def handle(self, *args, **options):
        count = rebuild(report=lambda done: self.stderr.write(f"{done} …"))
        self.stdout.write(self.style.SUCCESS(_("%(count)d entries indexed.") % {"count": count}))
