"""Rate limit for the password forms of password-protected pages and documents.

Wagtail's ``authenticate_with_password`` views check a shared password with no limit on
attempts, and django-axes does not see them (they are not user sign-ins). This middleware
counts wrong passwords per client address and restriction in the cache, and answers 429
once ``PASSWORD_FORM_FAILURE_LIMIT`` is reached, until ``PASSWORD_FORM_COOLOFF_SECONDS``
have passed since the last failure.

The count lives in the shared cache (Redis with ``REDIS_URL``), so the limit holds across all
gunicorn workers, and is raised atomically (``add`` then ``incr``), so parallel guesses cannot
overwrite each other's count.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
}


def client_address(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    proxies = getattr(settings, "AXES_IPWARE_PROXY_COUNT", None)
    if forwarded and proxies:
        hops = [hop.strip() for hop in forwarded.split(",")]
        return hops[max(len(hops) - proxies, 0)]
    return request.META.get("REMOTE_ADDR", "")


class PasswordFormThrottleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST":
            return self.get_response(request)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        if match.url_name not in PASSWORD_VIEWS:
            return self.get_response(request)

        restriction = next(iter(match.kwargs.values()), "")
        key = f"password-form:{match.url_name}:{restriction}:{client_address(request)}"
        limit = settings.PASSWORD_FORM_FAILURE_LIMIT
        if cache.get(key, 0) >= limit:
            return HttpResponse(
                _("Too many wrong passwords. Please try again later."),
                status=429,
                content_type="text/plain; charset=utf-8",
                headers={"Retry-After": str(settings.PASSWORD_FORM_COOLOFF_SECONDS)},
            )
        response = self.get_response(request)
        if response.status_code == 200:  # the form came back: the password was wrong
            count_failure(key, settings.PASSWORD_FORM_COOLOFF_SECONDS)
        return response


def count_failure(key, cooloff):
    """Add one failure to `key`, atomically; the count expires `cooloff` s after the last."""
    if cache.add(key, 1, cooloff):
        return 1
    try:
        failures = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, cooloff)
        return 1
    # incr keeps the old expiry (Redis even drops it if the key expired in between): renew it.
    cache.touch(key, cooloff)
    return failures
