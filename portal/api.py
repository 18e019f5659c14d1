"""Read-only Wagtail API v2 at /api/v2/: pages (filter with ?locale=fr), images, documents.

The API is a public channel: it shows what an anonymous visitor may see, to everybody,
signed in or not (portal/visibility.py): live pages that are not aliases and not hidden by
a restriction on any of their language versions; documents and images outside restricted
collections that are in use on such a page or in a published snippet (an upload nobody has
placed yet is not listed).

Filters are applied as ``pk IN (subquery)``, because the search backend (``?search=``)
accepts filters on indexed fields only: pages and documents index their id, Wagtail's image
model does not, so image searches search all images and keep the visible hits
(``MAX_IMAGE_SEARCH_HITS``).
"""

from django.db.models import Case, IntegerField, Value, When
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal.visibility import public_visibility

MAX_IMAGE_SEARCH_HITS = 1000


def _by_primary_key(queryset):
    """The same rows as a plain ``pk IN (…)`` queryset that the search backend accepts."""
    return queryset.model.objects.filter(pk__in=queryset.values("pk"))


class PortalPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        pages = super().get_base_queryset()
        return public_visibility(self.request).listed(pages)

    def get_queryset(self):
        return _by_primary_key(super().get_queryset())


class PortalDocumentsAPIViewSet(DocumentsAPIViewSet):
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


class PortalImagesAPIViewSet(ImagesAPIViewSet):
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
