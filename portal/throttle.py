"""Limits on guessing passwords: the sign-in forms and the password forms of pages.

Two kinds of limit, both kept in the database (``PasswordFailureCount``), never in the
cache: a cache under memory pressure evicts counters (the shared Redis runs ``allkeys-lru``
for the page cache) and an unreachable cache would count nothing, so either would let
guessing go on. A password form posts rarely; one query before and one write after a wrong
password cost nothing against the password hash the form computes anyway.

* **Per form and address.** The admin and members' sign-in: django-axes, with its database
  handler, locks a user name from one address after ``AXES_FAILURE_LIMIT`` failures. The
  password forms of protected pages and documents, which axes does not see (they are not
  user sign-ins): ``PASSWORD_FORM_FAILURE_LIMIT`` wrong passwords per restriction and address.
* **Per address, across user names and restrictions** (password spraying: many names, few
  guesses each): ``SIGN_IN_ADDRESS_FAILURE_LIMIT`` wrong passwords from one address, in all
  these forms together. An IPv6 address counts by its /64 network, which one client holds.

A count lapses ``…_COOLOFF_SECONDS`` after its last failure. Refused attempts answer 429
with ``Retry-After`` (the seconds until the count lapses), axes' lockouts too.
"""

import ipaddress
import math
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import PasswordFailureCount

PASSWORD_VIEWS = {
    "wagtailcore_authenticate_with_password",
    "wagtaildocs_authenticate_with_password",
}
#: The user sign-in forms: the admin's and the members' (Django's LoginView).
SIGN_IN_VIEWS = {"wagtailadmin_login", "login"}


def client_address(request):
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    proxies = getattr(settings, "AXES_IPWARE_PROXY_COUNT", None)
    if forwarded and proxies:
        hops = [hop.strip() for hop in forwarded.split(",")]
        return hops[max(len(hops) - proxies, 0)]
    return request.META.get("REMOTE_ADDR", "")


def _address_key(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address[:64]
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _limits(match, address):
    """(key, limit, cool-off seconds) of every count this POST is checked against."""
    per_address = (
        f"address:{_address_key(address)}",
        settings.SIGN_IN_ADDRESS_FAILURE_LIMIT,
        settings.SIGN_IN_ADDRESS_COOLOFF_SECONDS,
    )
    if match.url_name in SIGN_IN_VIEWS:
        return [per_address]
    if match.url_name in PASSWORD_VIEWS:
        restriction = next(iter(match.kwargs.values()), "")
        per_form = (
            f"password-form:{match.url_name}:{restriction}:{_address_key(address)}",
            settings.PASSWORD_FORM_FAILURE_LIMIT,
            settings.PASSWORD_FORM_COOLOFF_SECONDS,
        )
        return [per_form, per_address]
    return []


class PasswordFormThrottleMiddleware:
    """Refuses a password form's POST once one of its counts is at its limit; counts the
    POSTs that show the form again (a wrong password)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST":
            return self.get_response(request)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return self.get_response(request)
        limits = _limits(match, client_address(request))
        if not limits:
            return self.get_response(request)
        wait = seconds_blocked(limits)
        if wait:
            return too_many_attempts(wait)
        response = self.get_response(request)
        if response.status_code == 200:  # the form came back: the password was wrong
            for key, _limit, cooloff in limits:
                count_failure(key, cooloff)
        return response


def seconds_blocked(limits):
    """Seconds until the first count of ``limits`` at its limit lapses, or 0 (one query)."""
    now = timezone.now()
    keys = [key for key, _limit, _cooloff in limits]
    counts = {
        key: (failures, expires_at)
        for key, failures, expires_at in PasswordFailureCount.objects.filter(
            key__in=keys, expires_at__gt=now
        ).values_list("key", "failures", "expires_at")
    }
    waits = [
        (counts[key][1] - now).total_seconds()
        for key, limit, _cooloff in limits
        if key in counts and counts[key][0] >= limit
    ]
    return math.ceil(max(waits)) if waits else 0


def count_failure(key, cooloff):
    """Add one failure to ``key``; the count lapses ``cooloff`` seconds from now."""
    now = timezone.now()
    expires = now + timedelta(seconds=cooloff)
    current = PasswordFailureCount.objects.filter(key=key, expires_at__gt=now)
    if current.update(failures=F("failures") + 1, expires_at=expires):
        return
    with transaction.atomic():
        PasswordFailureCount.objects.filter(expires_at__lte=now).delete()
        try:
            with transaction.atomic():
                PasswordFailureCount.objects.create(key=key, failures=1, expires_at=expires)
        except IntegrityError:  # a parallel request counted first
            PasswordFailureCount.objects.filter(key=key).update(
                failures=F("failures") + 1, expires_at=expires
            )


def too_many_attempts(seconds):
    return HttpResponse(
        _("Too many wrong passwords. Please try again later."),
        status=429,
        content_type="text/plain; charset=utf-8",
        headers={"Retry-After": str(max(int(seconds), 1))},
    )


def axes_lockout(request, original_response=None, credentials=None):
    """django-axes' lockout answer (``AXES_LOCKOUT_CALLABLE``), with ``Retry-After``."""
    return too_many_attempts(settings.AXES_COOLOFF_TIME.total_seconds())
