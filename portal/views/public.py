from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.sitemaps import PortalSitemap


@require_GET
def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": PortalSitemap(request)})


@require_GET
def robots_txt(request):
    return render(
        request,
        "robots.txt",
        {"sitemap_url": request.build_absolute_uri("/sitemap.xml")},
        content_type="text/plain; charset=utf-8",
    )
