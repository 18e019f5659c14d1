"""python manage.py extract_text [--pending-ocr | --all] - read documents' text again."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from knowledge.extraction import reasons
from knowledge.models import ArchiveDocument

BATCH = 50


class Command(BaseCommand):
    help = _(
        "Extracts the text of archive documents again: those waiting for text recognition "
        "(--pending-ocr, e.g. after installing Tesseract) or all of them (--all)."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument(
            "--pending-ocr",
            action="store_true",
            help=_("Only documents with scanned pages that are not read yet."),
        )
        group.add_argument("--all", action="store_true", help=_("Every document."))

    def handle(self, *args, pending_ocr, all, **options):
        from django.conf import settings

        from knowledge.extraction.ocr import missing_languages
        from knowledge.tasks import extract_all_now

        documents = ArchiveDocument.objects.order_by("pk")
        if pending_ocr:
            missing = missing_languages(settings.KNOWLEDGE_OCR_COMMAND)
            if not settings.KNOWLEDGE_OCR_ENABLED or "tesseract-ocr" in missing:
                raise CommandError(
                    _(
                        "Tesseract is not installed: apt-get install tesseract-ocr "
                        "tesseract-ocr-deu tesseract-ocr-fra tesseract-ocr-ara tesseract-ocr-eng"
                    )
                )
            documents = documents.filter(extraction_reason__in=reasons.WAITING_FOR_OCR)
        ids = list(documents.values_list("pk", flat=True))
        statuses = []
        for start in range(0, len(ids), BATCH):
            batch = ArchiveDocument.objects.filter(pk__in=ids[start : start + BATCH]).order_by("pk")
            statuses += extract_all_now(batch)
            self.stderr.write(f"{len(statuses)}/{len(ids)}")
        counts = {status: statuses.count(status) for status in sorted(set(statuses))}
        summary = ", ".join(f"{status}: {n}" for status, n in counts.items()) or _("nothing to do")
        self.stdout.write(self.style.SUCCESS(_("Summary: %(summary)s") % {"summary": summary}))
