"""CACHES, the page cache and the proxy follow the environment; a Redis outage is no outage."""

import time

import environ
import pytest
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from wagtail.models import PageViewRestriction

from portal.settings.caching import cache_settings
from portal.settings.release import release_key
from tests.home.factories import StandardPageFactory
from tests.servers import SilentListener, closed_port


def settings_for(**environment):
    env = environ.Env()
    env.ENVIRON = environment
    return cache_settings(env)


def test_redis_url_selects_the_shared_redis_cache_and_the_page_cache():
    result = settings_for(REDIS_URL="redis://redis:6379/0")
    default = result["CACHES"]["default"]
    assert default["BACKEND"] == "portal.caching.backends.TolerantRedisCache"
    assert default["LOCATION"] == "redis://redis:6379/0"
    assert result["PAGE_CACHE_SECONDS"] == 600
    assert result["FRAGMENT_CACHE_SECONDS"] == 600
    assert result["PROXY_CACHE_SECONDS"] == 0
    assert result["WAGTAILFRONTENDCACHE"] == {}


def test_without_redis_each_process_keeps_its_own_cache_and_no_pages():
    result = settings_for()
    assert result["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert result["PAGE_CACHE_SECONDS"] == 0
    assert result["FRAGMENT_CACHE_SECONDS"] == 0


def test_the_proxy_url_switches_on_purging_and_public_cache_control():
    result = settings_for(FRONTEND_CACHE_URL="http://proxy:6081")
    assert result["WAGTAILFRONTENDCACHE"] == {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://proxy:6081",
        }
    }
    assert result["PROXY_CACHE_SECONDS"] == 600


def test_durations_can_be_chosen_or_switched_off():
    result = settings_for(REDIS_URL="redis://r/0", PAGE_CACHE_SECONDS="0", PROXY_CACHE_SECONDS="60")
    assert (result["PAGE_CACHE_SECONDS"], result["PROXY_CACHE_SECONDS"]) == (0, 60)


@pytest.mark.parametrize("value", ["-1", "ten", "1.5"])
def test_a_bad_duration_is_refused_with_a_clear_message(value):
    with pytest.raises(ImproperlyConfigured, match="PAGE_CACHE_SECONDS must be a whole number"):
        settings_for(PAGE_CACHE_SECONDS=value)


def redis_cache_at(url):
    return {
        "default": {
            "BACKEND": "portal.caching.backends.TolerantRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture(params=["closed port", "never answers"])
def redis_down(request, settings):
    """The cache configured on a Redis that is down, or one that accepts and never answers."""
    if request.param == "closed port":
        settings.CACHES = redis_cache_at(f"redis://127.0.0.1:{closed_port()}/0")
        yield
    else:
        listener = SilentListener()
        settings.CACHES = redis_cache_at(f"redis://127.0.0.1:{listener.port}/0")
        yield
        listener.close()


@pytest.mark.django_db
def test_pages_are_served_while_redis_is_down(client, settings, redis_down):
    settings.PAGE_CACHE_SECONDS = 600
    started = time.monotonic()
    responses = [client.get("/de/") for _ in range(3)]
    elapsed = time.monotonic() - started

    assert [response.status_code for response in responses] == [200, 200, 200]
    assert all(response["X-Page-Cache"] == "miss" for response in responses)
    # One request pays the socket timeout (0.5 s here); then the process leaves Redis alone.
    assert elapsed < 3.0
    assert cache.get("anything", "fallback") == "fallback"


@pytest.mark.django_db
def test_the_password_form_still_works_while_redis_is_down(client, home, settings, redis_down):
    page = StandardPageFactory(parent=home, title="Vorstand")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="richtig"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    wrong = client.post(url, {"password": "falsch", "return_url": page.url})
    assert wrong.status_code == 200  # the form again, not an error page
    right = client.post(url, {"password": "richtig", "return_url": page.url})
    assert right.status_code == 302


def test_the_shared_cache_keys_start_with_the_release():
    result = cache_settings(_env(REDIS_URL="redis://redis:6379/0"), release="r42")
    assert result["CACHES"]["default"]["KEY_PREFIX"] == "r42"


def test_the_release_key_changes_with_a_new_migration(tmp_path):
    migrations = tmp_path / "news" / "migrations"
    migrations.mkdir(parents=True)
    (migrations / "0001_initial.py").write_text("")
    before = release_key(_env(), tmp_path)
    (migrations / "0002_new_field.py").write_text("")
    after = release_key(_env(), tmp_path)
    assert before != after
    assert release_key(_env(), tmp_path) == after, "the same tree gives the same key"


def test_a_release_set_by_the_deploy_wins(tmp_path):
    assert release_key(_env(CACHE_RELEASE="2026.12.1"), tmp_path) == "2026.12.1"


def test_migrate_makes_every_cached_page_and_fragment_out_of_date(db):
    from django.core.management import call_command

    from portal.caching import content_version

    before = content_version.current()
    call_command("migrate", verbosity=0)
    assert content_version.current() != before


def _env(**environment):
    env = environ.Env()
    env.ENVIRON = environment
    return env
