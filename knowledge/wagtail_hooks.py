"""Admin and serving hooks of the knowledge base.

The serving hooks apply the portal's privacy rule (portal/visibility.py) to every page and
every document, not only to archive entries: translations of a restricted page stay
restricted, and a document used only by pages a visitor may not see is not served to them.
"""

from django.urls import path
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from portal.refusals import refuse
from portal.visibility import register_document_link, visibility
from translation.snippets import LocaleScopedSnippetViewSet

from .models import ArchiveEntryFile, DocumentType


class DocumentTypeViewSet(LocaleScopedSnippetViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = _("Document types")
    list_display = ["name", "plural_name"]
    search_fields = ["name"]


register_snippet(DocumentTypeViewSet)


@hooks.register("register_admin_urls")
def register_text_correction():
    from .text_correction import correct_text

    return [path("documents/text/<int:document_id>/", correct_text, name="knowledge_correct_text")]


# Archive entry files are always current, unlike the reference index a task fills.
register_document_link(ArchiveEntryFile, "document", "page")


@hooks.register("before_serve_document")
def protect_documents_of_hidden_pages(document, request):
    """Runs before Wagtail's collection check and before the ETag comparison, so a
    conditional request (If-None-Match, If-Match) cannot skip it."""
    refusal = visibility(request).media_refusal(document)
    return None if refusal is None else refuse(request, refusal)


@hooks.register("on_serve_page", order=-1)
def restrict_every_language_version(serve):
    """A restriction on any language version of a page restricts all of them."""

    def serve_if_visible(page, request, serve_args, serve_kwargs):
        seen = visibility(request)
        refusal = seen.page_refusal(page)
        if refusal is not None:
            return refuse(request, refusal)
        covering = seen.restrictions_of(page)
        # Wagtail's own check (next in the chain) asks the passed restrictions once more.
        page._portal_view_restriction_ids = [restriction.pk for restriction in covering]
        response = serve(page, request, serve_args, serve_kwargs)
        if covering:
            add_never_cache_headers(response)
        return response

    return serve_if_visible
