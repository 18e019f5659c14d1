"""Machine-translate a page (and optionally its subtree) into other languages as drafts."""

from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from translation.bulk import MachineTranslationUnavailable, describe, machine_translate_page


class Command(BaseCommand):
    help = _(
        "Machine-translates a page into every other language (or those given with --locale) "
        "as unpublished drafts, skipping languages it is already translated into."
    )

    def add_arguments(self, parser):
        parser.add_argument("page_id", help=_("ID of the page to translate"))
        parser.add_argument(
            "--subtree", action="store_true", help=_("also translate the page's descendants")
        )
        parser.add_argument(
            "--locale",
            action="append",
            dest="locales",
            metavar="CODE",
            help=_("target language code (repeatable); default: all other languages"),
        )

    @no_translations
    def handle(self, *args, page_id, subtree, locales, **options):
        try:
            page = Page.objects.get(pk=int(page_id)).specific
        except (ValueError, Page.DoesNotExist):
            raise CommandError(_("There is no page with ID %(id)s.") % {"id": page_id}) from None
        if page.is_root():
            raise CommandError(_("The root page cannot be translated; choose a home page."))
        targets = None
        if locales:
            targets = list(Locale.objects.filter(language_code__in=locales))
            unknown = sorted(set(locales) - {locale.language_code for locale in targets})
            if unknown:
                raise CommandError(
                    _("Unknown language code(s): %(codes)s. Available: %(available)s.")
                    % {
                        "codes": ", ".join(unknown),
                        "available": ", ".join(
                            Locale.objects.values_list("language_code", flat=True)
                        ),
                    }
                )
        try:
            result = machine_translate_page(page, targets, subtree=subtree)
        except MachineTranslationUnavailable as error:
            raise CommandError(str(error)) from None
        for line in describe(result):
            self.stdout.write(line)
        summary = _("%(translated)d translated, %(skipped)d skipped, %(failed)d failed.") % {
            "translated": len(result.translated),
            "skipped": len(result.skipped),
            "failed": len(result.failed),
        }
        if result.failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))
