"""Admin and serving hooks of the knowledge base."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from translation.snippets import LocaleScopedSnippetViewSet

from .models import ArchiveEntryPage, DocumentType
from .search.visibility import entry_visible


class DocumentTypeViewSet(LocaleScopedSnippetViewSet):
    model = DocumentType
    icon = "tag"
    menu_label = _("Document types")
    list_display = ["name", "plural_name"]
    search_fields = ["name"]


register_snippet(DocumentTypeViewSet)


def _deny(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


@hooks.register("before_serve_document")
def protect_restricted_entry_files(document, request):
    """A file attached to archive entries is served only if the request may see at least
    one live entry that links it. Wagtail's collection privacy still applies on top.
    This runs before the ETag check, so conditional requests are protected too."""
    pages = ArchiveEntryPage.objects.filter(files__document=document).distinct()
    linked = list(pages.only("pk", "path", "translation_key", "live"))
    if not linked:
        return None
    if any(page.live and entry_visible(request, page) for page in linked):
        return None
    return _deny(request)


@hooks.register("before_serve_page")
def protect_translations_of_restricted_entries(page, request, serve_args, serve_kwargs):
    """Translating a members-only entry must not publish it: every language version
    shares the restriction of any other."""
    if isinstance(page, ArchiveEntryPage) and not entry_visible(request, page):
        return _deny(request)
    return None
