"""Read-only Wagtail API v2 at /api/v2/: pages (filter with ?locale=fr), images, documents.

The API is a public channel: it shows what an anonymous visitor may see, to everybody,
signed in or not (privacy/visibility.py): live pages that are not aliases and not hidden by
a restriction on any of their language versions; documents and images outside restricted
collections that are in use on such a page or in a published snippet (an upload nobody has
placed yet is not listed).

Bad parameters are refused with 400 and a message before anything reaches the database
(``ParameterCheckMixin``). Absolute links use the host the request was made to, unless
``WAGTAILAPI_BASE_URL`` names the public address (``RequestBaseUrlMixin``).

Filters are applied as ``pk IN (subquery)``, because the search backend (``?search=``)
accepts filters on indexed fields only: pages and documents index their id, Wagtail's image
model does not, so image searches search all images and keep the visible hits
(``MAX_IMAGE_SEARCH_HITS``).
"""

import re

from django.conf import settings
from django.db import DataError
from django.db.models import Case, IntegerField, Value, When
from wagtail.api.utils import get_base_url
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from privacy.visibility import public_visibility

MAX_IMAGE_SEARCH_HITS = 1000
#: Highest ``offset`` and id accepted: PostgreSQL's integer range, far beyond any listing.
MAX_NUMBER = 2**31 - 1
NUMBER_PARAMETERS = ("offset", "limit", "id", "child_of", "descendant_of", "ancestor_of")
#: Parameter values longer than this are refused (a search is cut to fewer words anyway).
MAX_VALUE_CHARS = 1000
# Control characters (NUL included) and the replacement character that stands for bytes that
# were not UTF-8 (Django decodes query strings with errors="replace").
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
# The keys whose values are absolute links to the portal.
URL_KEYS = frozenset({"detail_url", "html_url", "download_url"})


class ParameterCheckMixin:
    """Refuses parameters that no endpoint can use, with 400 and a message: control
    characters, bytes that are not UTF-8, overlong values, and numbers out of range (which
    PostgreSQL would refuse with a ``DataError``, a 500). A database error caused by a
    parameter that still gets through is answered the same way."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        for name, values in request.GET.lists():
            _check_parameter(name, values)

    def handle_exception(self, exc):
        if isinstance(exc, DataError):
            exc = BadRequestError("a parameter has a value the database cannot compare")
        return super().handle_exception(exc)


def _check_parameter(name, values):
    if _BAD_CHARACTERS.search(name) or len(name) > 100:
        raise BadRequestError("parameter names must be plain text")
    if len(values) > 1 or name.endswith("[]"):
        raise BadRequestError(f"{name} may be given only once")
    value = values[0]
    if _BAD_CHARACTERS.search(value):
        raise BadRequestError(f"{name} must be text without control characters, in UTF-8")
    if len(value) > MAX_VALUE_CHARS:
        raise BadRequestError(f"{name} cannot be longer than {MAX_VALUE_CHARS} characters")
    if name in NUMBER_PARAMETERS and value != "root" and not _is_number(value):
        raise BadRequestError(f"{name} must be a whole number from 0 to {MAX_NUMBER}")


def _is_number(value):
    return value.isascii() and value.isdigit() and int(value) <= MAX_NUMBER


class RequestBaseUrlMixin:
    """Absolute links on the host the request was made to (with its port).

    Wagtail builds them from ``WAGTAILAPI_BASE_URL`` or the Wagtail site's root URL, which
    is ``http://localhost`` when the site record was never changed and the portal answers
    on another host or port. Unless ``WAGTAILAPI_BASE_URL`` is set, the links that start
    with the site's root URL are moved to the request's origin.
    """

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if getattr(settings, "WAGTAILAPI_BASE_URL", None):
            return response
        old, new = get_base_url(request), request.build_absolute_uri("/").rstrip("/")
        if old and old != new:
            if isinstance(getattr(response, "data", None), dict | list):
                response.data = _rebased(response.data, old, new)
            location = response.get("Location", "")
            if location.startswith(old + "/"):
                response["Location"] = new + location[len(old) :]
        return response


def _rebased(data, old, new):
    if isinstance(data, dict):
        for key, value in data.items():
            if key in URL_KEYS and isinstance(value, str) and value.startswith(old + "/"):
                data[key] = new + value[len(old) :]
            elif isinstance(value, dict | list):
                _rebased(value, old, new)
    elif isinstance(data, list):
        for item in data:
            _rebased(item, old, new)
    return data


def _by_primary_key(queryset):
    """The same rows as a plain ``pk IN (…)`` queryset that the search backend accepts."""
    return queryset.model.objects.filter(pk__in=queryset.values("pk"))


class PortalPagesAPIViewSet(ParameterCheckMixin, RequestBaseUrlMixin, PagesAPIViewSet):
    def get_base_queryset(self):
        pages = super().get_base_queryset()
        return public_visibility(self.request).listed(pages)

    def get_queryset(self):
        return _by_primary_key(super().get_queryset())


class PortalDocumentsAPIViewSet(ParameterCheckMixin, RequestBaseUrlMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        documents = public_visibility(self.request).published_documents()
        return _by_primary_key(documents).order_by("id")


class VisibleImagesSearchFilter(SearchFilter):
    """Searches every image, then keeps the visible hits in the order of relevance."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        everything = view.model.objects.order_by(*queryset.query.order_by)
        hits = super().filter_queryset(request, everything, view)
        ranked = [hit.pk for hit in hits[:MAX_IMAGE_SEARCH_HITS]]
        visible = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
        ranked = [pk for pk in ranked if pk in visible]
        order = Case(
            *(When(pk=pk, then=Value(position)) for position, pk in enumerate(ranked)),
            output_field=IntegerField(),
        )
        return (
            view.model.objects.filter(pk__in=ranked).order_by(order)
            if ranked
            else (view.model.objects.none())
        )


class PortalImagesAPIViewSet(ParameterCheckMixin, RequestBaseUrlMixin, ImagesAPIViewSet):
    filter_backends = [
        VisibleImagesSearchFilter if backend is SearchFilter else backend
        for backend in ImagesAPIViewSet.filter_backends
    ]

    def get_queryset(self):
        images = public_visibility(self.request).published_images()
        return _by_primary_key(images).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)
