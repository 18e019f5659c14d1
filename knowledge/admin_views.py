"""The admin's document listing: a column for the text-extraction status (with how long a
document has been waiting), a filter by that status, an "Extract again" bulk action, and a
search that also looks into the documents' text.

Wagtail's listing searches with *autocomplete*, which only covers the title (the text is
no autocomplete field: edge n-grams of whole documents would bloat the index). Here the
title autocomplete and a full-text search over the content are combined.
"""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.bulk_actions.document_bulk_action import DocumentBulkAction
from wagtail.documents.views.documents import DocumentsFilterSet, IndexView
from wagtail.search.backends import get_search_backend

from .models import ArchiveDocument, ExtractionStatus

MAX_SEARCH_HITS = 1000


class ExtractionColumn(Column):
    cell_template_name = "knowledge/admin/extraction_cell.html"


class ArchiveDocumentsFilterSet(DocumentsFilterSet):
    extraction_status = django_filters.ChoiceFilter(
        label=_("Text extraction"), choices=ExtractionStatus.choices, empty_label=_("All")
    )

    class Meta(DocumentsFilterSet.Meta):
        model = ArchiveDocument


class ArchiveDocumentIndexView(IndexView):
    filterset_class = ArchiveDocumentsFilterSet
    template_name = "knowledge/admin/documents_index.html"

    def get_context_data(self, **kwargs):
        """Say so when Tesseract is missing, with the packages to install and how many
        documents wait for it."""
        from django.conf import settings

        from knowledge.extraction.ocr import missing_languages
        from knowledge.extraction.reasons import OCR_UNAVAILABLE

        context = super().get_context_data(**kwargs)
        missing = missing_languages(settings.KNOWLEDGE_OCR_COMMAND)
        if not settings.KNOWLEDGE_OCR_ENABLED or "tesseract-ocr" in missing:
            context["ocr_missing"] = missing or ["tesseract-ocr"]
            context["ocr_waiting"] = self.model.objects.filter(
                extraction_reason=OCR_UNAVAILABLE
            ).count()
        return context

    @property
    def columns(self):
        columns = list(super().columns)
        columns.insert(3, ExtractionColumn("extraction_status", label=_("Text extraction")))
        return columns

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        backend = get_search_backend(self.search_backend_name)
        by_title = backend.autocomplete(self.search_query, queryset, order_by_relevance=False)
        by_content = backend.search(self.search_query, queryset, order_by_relevance=False)
        ids = {document.pk for document in by_title[:MAX_SEARCH_HITS]}
        ids.update(document.pk for document in by_content[:MAX_SEARCH_HITS])
        return queryset.filter(pk__in=ids)


class ExtractAgainBulkAction(DocumentBulkAction):
    """Queue the text extraction of the selected documents again: for a document that
    stayed "pending" (its task was lost) or failed for a reason that may have passed."""

    display_name = _("Extract again")
    action_type = "extract_again"
    aria_label = _("Extract the text of the selected documents again")
    template_name = "knowledge/admin/confirm_bulk_extract_again.html"
    action_priority = 50

    def check_perm(self, document):
        return self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", document
        )

    @classmethod
    def execute_action(cls, objects, **kwargs):
        from .tasks import extract_document

        ids = [document.pk for document in objects]
        ArchiveDocument.objects.filter(pk__in=ids).update(
            extraction_status=ExtractionStatus.PENDING, extraction_reason=""
        )
        for pk in ids:
            extract_document.enqueue(pk)
        return len(ids), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "The text of %(count)d document will be extracted again.",
            "The text of %(count)d documents will be extracted again.",
            num_parent_objects,
        ) % {"count": num_parent_objects}
