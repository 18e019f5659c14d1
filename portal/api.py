"""Read-only Wagtail API v2 at /api/v2/: pages (filter with ?locale=fr), images, documents.

Only what an anonymous visitor may see is exposed: live, public pages (Wagtail's own rule),
minus untranslated aliases; documents outside private collections (Wagtail's own rule).
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet


class PortalPagesAPIViewSet(PagesAPIViewSet):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(alias_of__isnull=True)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
