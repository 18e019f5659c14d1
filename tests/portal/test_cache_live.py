"""The page cache and the password limits on a real Redis (Debian's redis-server).

Uses database 5 of the Redis at REDIS_TEST_URL (default redis://127.0.0.1:6379/5), which it
empties. Skipped when no Redis answers there; failed instead under REQUIRE_TOOLS (CI), where
bin/test-prerequisites installs and starts redis-server.
"""

import os
import subprocess
import sys
from pathlib import Path

import environ
import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import PageViewRestriction

from home.models import StandardPage
from portal.caching import content_version
from portal.settings.caching import cache_settings
from portal.settings.release import release_key
from tests.home.factories import StandardPageFactory, publish

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/5")

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_redis(settings):
    import redis

    try:
        _redis().ping()
    except redis.RedisError as error:
        if os.environ.get("REQUIRE_TOOLS"):
            pytest.fail(f"REQUIRE_TOOLS is set but Redis at {REDIS_URL} does not answer: {error}")
        pytest.skip(f"no Redis at {REDIS_URL} (bin/test-prerequisites starts redis-server)")
    # As every process of a deployment derives them: the same backend and release key.
    env = environ.Env()
    env.ENVIRON = {"REDIS_URL": REDIS_URL}
    settings.CACHES = cache_settings(env, release=release_key(env, ROOT))["CACHES"]
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def test_pages_are_cached_in_redis_and_replaced_on_publish(
    client, live_redis, django_assert_num_queries
):
    page = StandardPage.objects.get(slug="ueber-uns")
    assert client.get(page.url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        assert client.get(page.url)["X-Page-Cache"] == "hit"

    page.title = "Der Verein"
    publish(page)
    response = client.get(page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Der Verein</h1>" in response.content.decode()


def test_a_change_in_another_process_reaches_this_one(client, live_redis):
    """Like the scheduler publishing a page: its new content version is seen by gunicorn."""
    client.get("/de/")
    assert client.get("/de/")["X-Page-Cache"] == "hit"
    before = content_version.current()

    code = (
        "import django; django.setup(); "
        "from portal.caching import content_version; content_version.renew()"
    )
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="portal.settings.dev", REDIS_URL=REDIS_URL)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr

    assert content_version.current() != before
    assert client.get("/de/")["X-Page-Cache"] == "miss"


def test_password_limits_survive_a_redis_that_evicts_everything(client, live_redis, settings):
    """Redis runs allkeys-lru for the page cache; junk URLs can push any key out. The
    page-password count is not among its keys, so emptying Redis resets nothing."""
    settings.PASSWORD_FORM_FAILURE_LIMIT = 2
    page = publish(StandardPageFactory(parent=StandardPage.objects.get(slug="ueber-uns")))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    for _ in range(2):
        assert client.post(url, {"password": "falsch", "return_url": page.url}).status_code == 200
        _redis().flushdb()
    assert client.post(url, {"password": "geheim", "return_url": page.url}).status_code == 429
    assert not list(_redis().scan_iter("*password-form*"))


def _redis():
    import redis

    return redis.Redis.from_url(REDIS_URL)
