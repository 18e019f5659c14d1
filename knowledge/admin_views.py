"""The admin's document listing: a column for the text-extraction status, and a search
that also looks into the documents' text.

Wagtail's listing searches with *autocomplete*, which only covers the title (the text is
no autocomplete field: edge n-grams of whole documents would bloat the index). Here the
title autocomplete and a full-text search over the content are combined.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.documents import IndexView
from wagtail.search.backends import get_search_backend

MAX_SEARCH_HITS = 1000


class ExtractionColumn(Column):
    cell_template_name = "knowledge/admin/extraction_cell.html"


class ArchiveDocumentIndexView(IndexView):
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
