"""Load the demo content of every app, in dependency order; safe to run again."""

from importlib import import_module

from django.core.management import call_command
from django.core.management.base import BaseCommand, no_translations
from django.utils.translation import gettext as _

DEMO_MODULES = ("home.demo", "news.demo", "knowledge.demo", "portal.demo")


class Command(BaseCommand):
    help = _("Loads the demo content (pages, translations, …). Existing content is kept.")

    @no_translations
    def handle(self, *args, **options):
        for index, module_name in enumerate(DEMO_MODULES, start=1):
            self.stdout.write(f"[{index}/{len(DEMO_MODULES)}] {module_name}")
            summary = import_module(module_name).load(report=self.stdout.write)
            for label, count in summary.items():
                self.stdout.write(_("  %(label)s: %(count)d") % {"label": label, "count": count})
        call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(_("Demo content is ready.")))
