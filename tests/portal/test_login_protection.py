"""Brute-force protection of the admin sign-in (django-axes) and of password-protected pages."""

from datetime import timedelta

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory, publish

PASSWORD = "correct horse battery staple"
SPRAYER = "198.51.100.66"
OTHER = "203.0.113.9"


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("redaktion", "r@example.invalid", PASSWORD)


def _sign_in(client, password, username="redaktion", ip="192.0.2.10"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def _fail(client, times, **kwargs):
    statuses = [_sign_in(client, "wrong", **kwargs).status_code for _ in range(times)]
    # The form again with its error, until the attempt that reaches the limit locks.
    assert statuses == [200] * (times - 1) + [429]


def test_correct_password_signs_in(client, axes_on, editor):
    response = _sign_in(client, PASSWORD)
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_too_many_failures_lock_the_username_from_that_address(client, axes_on, editor):
    _fail(client, 3)
    response = _sign_in(client, PASSWORD)
    assert response.status_code == 429
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # not signed in


def test_the_lock_is_per_username_and_address(client, axes_on, editor):
    _fail(client, 3)
    # The same account from another address still signs in: no denial of service by locking.
    assert _sign_in(client, PASSWORD, ip="198.51.100.7").status_code == 302


def test_failures_for_another_username_do_not_lock_this_one(client, axes_on, editor):
    _fail(client, 3, username="someone-else")
    assert _sign_in(client, PASSWORD).status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, axes_on, editor, settings):
    _fail(client, 3)
    assert _sign_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    assert _sign_in(client, PASSWORD).status_code == 302


@pytest.fixture
def protected_page(home):
    cache.clear()
    page = publish(StandardPageFactory(parent=home, title="Nur für Mitglieder"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    yield page, restriction
    cache.clear()


def _page_password(client, page, restriction, password, ip="192.0.2.20"):
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return client.post(url, {"password": password, "return_url": page.url}, REMOTE_ADDR=ip)


def test_page_password_form_is_rate_limited(client, protected_page, settings):
    settings.PASSWORD_FORM_FAILURE_LIMIT = 3
    page, restriction = protected_page
    for _ in range(3):
        assert _page_password(client, page, restriction, "falsch").status_code == 200
    blocked = _page_password(client, page, restriction, "geheim")
    assert blocked.status_code == 429
    assert "Retry-After" in blocked
    # Another visitor is not affected.
    assert _page_password(client, page, restriction, "geheim", ip="203.0.113.5").status_code == 302


def test_right_page_password_is_accepted_below_the_limit(client, protected_page, settings):
    settings.PASSWORD_FORM_FAILURE_LIMIT = 3
    page, restriction = protected_page
    assert _page_password(client, page, restriction, "falsch").status_code == 200
    assert _page_password(client, page, restriction, "geheim").status_code == 302
    assert client.get(page.url).status_code == 200


def test_the_members_sign_in_is_locked_the_same_way(client, axes_on, editor):
    for _ in range(2):
        assert _sign_in_as_member(client, "wrong").status_code == 200
    assert _sign_in_as_member(client, "wrong").status_code == 429
    locked = _sign_in_as_member(client, PASSWORD)
    assert locked.status_code == 429 and "Retry-After" in locked


def _sign_in_as_member(client, password):
    return client.post(
        "/de/login/", {"username": "redaktion", "password": password}, REMOTE_ADDR="192.0.2.30"
    )


def test_axes_lockout_says_when_to_try_again(client, axes_on, editor, settings):
    _fail(client, 3)
    locked = _sign_in(client, PASSWORD)
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()


def test_page_password_limit_holds_while_redis_is_unreachable(client, protected_page, settings):
    settings.PASSWORD_FORM_FAILURE_LIMIT = 3
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.caching.backends.TolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    page, restriction = protected_page
    for _ in range(3):
        assert _page_password(client, page, restriction, "falsch").status_code == 200
    blocked = _page_password(client, page, restriction, "geheim")
    assert blocked.status_code == 429
    assert int(blocked["Retry-After"]) > 0


def test_page_password_limit_holds_when_the_cache_is_emptied(client, protected_page, settings):
    """The cache evicts under memory pressure (allkeys-lru): the count must not live there."""
    settings.PASSWORD_FORM_FAILURE_LIMIT = 3
    page, restriction = protected_page
    for _ in range(3):
        assert _page_password(client, page, restriction, "falsch").status_code == 200
        cache.clear()
    assert _page_password(client, page, restriction, "geheim").status_code == 429


def test_the_limit_lifts_after_its_cool_off(client, protected_page, settings):
    settings.PASSWORD_FORM_FAILURE_LIMIT = 2
    page, restriction = protected_page
    for _ in range(2):
        _page_password(client, page, restriction, "falsch")
    assert _page_password(client, page, restriction, "geheim").status_code == 429
    with time_machine.travel(timezone.now() + timedelta(seconds=901)):
        assert _page_password(client, page, restriction, "geheim").status_code == 302


@pytest.mark.parametrize("form", ["wagtailadmin_login", "login"])
def test_password_spraying_from_one_address_is_stopped(client, axes_on, editor, form):
    """One guess each for 25 user names: axes sees no user name twice, the address limit
    (20 by default) stops the sprayer, for every account, also with the right password."""
    url = reverse(form)
    statuses = [
        client.post(
            url, {"username": f"name{n}", "password": "Sommer2026!"}, REMOTE_ADDR=SPRAYER
        ).status_code
        for n in range(25)
    ]
    assert statuses == [200] * 20 + [429] * 5
    refused = client.post(url, {"username": "redaktion", "password": PASSWORD}, REMOTE_ADDR=SPRAYER)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    # Other addresses sign in as before.
    other = client.post(url, {"username": "redaktion", "password": PASSWORD}, REMOTE_ADDR=OTHER)
    assert other.status_code == 302


def test_spraying_counts_across_sign_in_and_page_password_forms(
    client, protected_page, settings, home
):
    settings.SIGN_IN_ADDRESS_FAILURE_LIMIT = 4
    page, restriction = protected_page
    others = [
        PageViewRestriction.objects.create(
            page=publish(StandardPageFactory(parent=home, title=f"Intern {n}")),
            restriction_type=PageViewRestriction.PASSWORD,
            password="geheim",
        )
        for n in range(2)
    ]
    for other in others:
        assert _page_password(client, other.page, other, "falsch", ip=SPRAYER).status_code == 200
    for name in ("anna", "bert"):
        response = client.post(
            "/de/login/", {"username": name, "password": "x"}, REMOTE_ADDR=SPRAYER
        )
        assert response.status_code == 200
    blocked = _page_password(client, page, restriction, "geheim", ip=SPRAYER)
    assert blocked.status_code == 429 and "Retry-After" in blocked


def test_ipv6_addresses_count_by_their_network(client, protected_page, settings):
    settings.PASSWORD_FORM_FAILURE_LIMIT = 2
    page, restriction = protected_page
    for host in ("2001:db8:1:2::a", "2001:db8:1:2::b"):
        assert _page_password(client, page, restriction, "falsch", ip=host).status_code == 200
    assert (
        _page_password(client, page, restriction, "geheim", ip="2001:db8:1:2::c").status_code == 429
    )
    assert (
        _page_password(client, page, restriction, "geheim", ip="2001:db8:9::1").status_code == 302
    )
