"""The portal's URLs plus two views that fail, to see the error pages a visitor gets."""

from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns


def forbidden(request):
    raise PermissionDenied


def bad(request):
    raise SuspiciousOperation("broken request")


urlpatterns = [path("forbidden/", forbidden), path("bad/", bad), *portal_urlpatterns]
