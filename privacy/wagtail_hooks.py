"""Serving hooks: the privacy rule (privacy/visibility.py) applied to every page and every
document Wagtail serves, not only to archive entries. Translations of a restricted page stay
restricted, and a document used only by pages a visitor may not see is not served to them.
"""

from django.utils.cache import add_never_cache_headers
from wagtail import hooks

from privacy.refusals import refuse
from privacy.visibility import visibility


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
