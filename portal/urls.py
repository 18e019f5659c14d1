from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api_router
from portal.health import healthz
from portal.views import public as public_views
from privacy.images.views import serve_private_rendition, serve_public_rendition

# The static page for every uncaught error; 503 while the database is down.
handler500 = "portal.views.errors.server_error"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("sitemap.xml", public_views.sitemap, name="sitemap"),
    path("robots.txt", public_views.robots_txt, name="robots_txt"),
    path("api/v2/", api_router.urls),
    path("admin/2fa/", include("portal.twofactor.urls")),
    path("admin/documents/", include("knowledge.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("protected-images/<str:filename>", serve_private_rendition, name="private_rendition"),
]

if settings.DEBUG or settings.SERVE_IMAGE_RENDITIONS:
    # Public image renditions (MEDIA_ROOT/images) only, also under DEBUG: original images,
    # private renditions and documents are never served straight from MEDIA_ROOT; documents
    # go through Wagtail's serve view and its checks, private renditions through their own.
    urlpatterns += [re_path(r"^media/images/(?P<path>.+)$", serve_public_rendition)]

# Every public page lives under its language prefix; "/" is redirected by LocaleMiddleware
# to the visitor's language (Accept-Language), German otherwise.
urlpatterns += i18n_patterns(
    # Members sign in here to see pages restricted to them (WAGTAIL_FRONTEND_LOGIN_URL).
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="portal/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("knowledge.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
