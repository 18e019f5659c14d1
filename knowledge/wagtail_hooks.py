"""Admin hooks of the knowledge base: the document type snippet, and the archive entry files
that the privacy rule counts as "this page uses this document"."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from privacy.visibility import register_document_link
from translation.snippets import LocaleScopedSnippetViewSet

from .admin_views import ExtractAgainBulkAction
from .models import ArchiveEntryFile, DocumentType, Topic


class DocumentTypeViewSet(LocaleScopedSnippetViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = _("Document types")
    list_display = ["name", "plural_name"]
    # No ``search_fields``: the model's own (its name) are searched. Naming fields makes
    # django-modelsearch's SQLite backend filter on an FTS column "name" that does not exist.


register_snippet(DocumentTypeViewSet)
hooks.register("register_bulk_action", ExtractAgainBulkAction)


class TopicViewSet(LocaleScopedSnippetViewSet):
    """Topics are made from the entries' tags; translators translate their names."""

    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)


@hooks.register("register_admin_urls")
def register_text_correction():
    from .text_correction import correct_text

    return [path("documents/text/<int:document_id>/", correct_text, name="knowledge_correct_text")]


# Archive entry files are always current, unlike the reference index a task fills.
register_document_link(ArchiveEntryFile, "document", "page")
