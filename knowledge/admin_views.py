"""The admin's document listing with a column for the text-extraction status."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.documents.views.documents import IndexView


class ExtractionColumn(Column):
    cell_template_name = "knowledge/admin/extraction_cell.html"


class ArchiveDocumentIndexView(IndexView):
    @property
    def columns(self):
        columns = list(super().columns)
        columns.insert(3, ExtractionColumn("extraction_status", label=_("Text extraction")))
        return columns
