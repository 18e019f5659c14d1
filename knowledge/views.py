"""Public views of the knowledge base: the archive search, permalinks, site search."""

import uuid

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from portal.i18n import active_locale, page_locale
from privacy.refusals import refuse
from privacy.visibility import visibility
from search import site

from .search import archive


def _wants_json(request) -> bool:
    return request.GET.get("format") == "json"


def _facet_json(facet):
    return {
        "name": facet.name,
        "label": str(facet.label),
        "options": [
            {key: option[key] for key in ("value", "label", "count", "selected")}
            for option in facet.options
        ],
    }


def serve_archive(page, request):
    """The archive index page: a search form, facets and results (HTML or JSON).

    A member's results and counts include members-only entries: never kept by a shared
    cache (``Cache-Control: private``)."""
    legacy = _legacy_type_redirect(request)
    if legacy is not None:
        return legacy
    response = _archive_response(page, request)
    if visibility(request).sees_more_than_anonymous():
        patch_cache_control(response, private=True)
    return response


def _archive_response(page, request):
    form, outcome = archive.search(request, page_locale(page, request), request.GET)
    if _wants_json(request):
        return JsonResponse(
            {
                **_errors_json(form),
                "count": outcome.count,
                "suggestion": outcome.suggestion,
                "page": outcome.page.number,
                "pages": outcome.page.paginator.num_pages,
                "results": [
                    {
                        **result,
                        "url": request.build_absolute_uri(result["url"]),
                        "date": result["date"].isoformat(),
                        "snippet": str(result["snippet"]),
                        "thumbnail": result["thumbnail"]
                        and request.build_absolute_uri(result["thumbnail"]),
                    }
                    for result in outcome.results
                ],
                "facets": [_facet_json(facet) for facet in outcome.facets],
            },
            json_dumps_params={"ensure_ascii": False},
        )
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "outcome": outcome,
            "query_string": _query_without(request),
            "sorts": list(archive.SORTS.items()),
            "current_sort": form.cleaned_data.get("sort")
            or ("relevance" if outcome.terms else "newest"),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


def _legacy_type_redirect(request):
    """Links made before the filters had readable slugs name a document type by its UUID
    (?type=4f0c…): they lead, permanently, to the same search with the type's slug."""
    try:
        key = uuid.UUID(request.GET.get("type", ""))
    except ValueError:
        return None
    from .models import DocumentType

    slug = DocumentType.objects.filter(translation_key=key).values_list("slug", flat=True).first()
    if not slug:
        return None
    params = request.GET.copy()
    params["type"] = slug
    return HttpResponsePermanentRedirect(f"{request.path}?{params.urlencode()}")


def _errors_json(form):
    """Parameters that were ignored because they were invalid, with the reason (if any)."""
    return {"errors": form.errors.get_json_data()} if form.errors else {}


def _query_without(request):
    """Current GET parameters minus paging, for building facet and page links."""
    params = request.GET.copy()
    params.pop("page", None)
    params.pop("format", None)
    return params


def permalink(request, page_id):
    """/<lang>/archive/<id>/ → the entry's current URL, whatever its slug or place.

    For a visitor who may not see the entry it does not exist: the same 404 as for an id
    that was never used, so that a permalink reveals neither the slug nor that the entry
    exists (members sign in first, then follow it).
    """
    from .models import ArchiveEntryPage

    page = get_object_or_404(ArchiveEntryPage.objects.live(), pk=page_id)
    if visibility(request).page_refusal(page) is not None:
        raise Http404
    url = page.get_url(request)
    if url is None:
        raise Http404
    return redirect(url)


def thumbnail(request, document_id):
    """The first-page thumbnail of a document, under the same rule as the file itself: a
    visitor who may not open the file gets the same refusal (sign-in or password form)."""
    from .models import ArchiveDocument, DocumentThumbnail

    document = get_object_or_404(ArchiveDocument, pk=document_id)
    refusal = visibility(request).media_refusal(document)
    if refusal is not None:
        return refuse(request, refusal)
    png = DocumentThumbnail.objects.filter(document=document).values_list("png", flat=True)
    png = png.first()
    if png is None:
        raise Http404
    response = HttpResponse(bytes(png), content_type="image/png")
    # Private: a shared cache must never hand a members-only thumbnail to someone else.
    patch_cache_control(response, private=True, max_age=3600)
    patch_vary_headers(response, ["Cookie"])
    return response


@never_cache
def site_search(request):
    """Site-wide search over every page type of the current locale (or all locales)."""
    try:
        locale = active_locale(request)
    except Locale.DoesNotExist as error:
        raise Http404 from error
    form, outcome = site.search(request, locale, request.GET)
    if _wants_json(request):
        return JsonResponse(
            {
                **_errors_json(form),
                "count": outcome.count,
                "results": [
                    {**result, "url": request.build_absolute_uri(result["url"])}
                    for result in outcome.results
                ],
                "facets": [_facet_json(outcome.language_facet)],
            },
            json_dumps_params={"ensure_ascii": False},
        )
    return TemplateResponse(
        request,
        "knowledge/site_search.html",
        {"form": form, "outcome": outcome, "query_string": _query_without(request)},
    )
