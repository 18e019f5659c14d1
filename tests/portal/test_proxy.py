"""The caching proxy: its configuration compiles, publishing purges it, and it really caches.

The live test starts Debian's varnishd with deploy/varnish/default.vcl in front of a Django
server thread on 127.0.0.1. Skipped without varnishd; failed instead under REQUIRE_TOOLS (CI,
where bin/test-prerequisites installs it).
"""

import http.client
import os
import subprocess

import pytest
from django.db import connections, transaction
from django.test.testcases import LiveServerThread, _StaticFilesHandler
from wagtail.models import Site

from home.models import StandardPage
from portal.caching.invalidation import purge_proxy
from tests import varnish
from tests.home.factories import publish
from tests.servers import RecordingServer, closed_port

pytestmark = pytest.mark.django_db


def _require_varnishd():
    if varnish.varnishd() is None:
        if os.environ.get("REQUIRE_TOOLS"):
            pytest.fail("REQUIRE_TOOLS is set but varnishd is missing (apt-get install varnish)")
        pytest.skip("varnishd is not installed (bin/test-prerequisites installs it)")


def test_the_committed_vcl_compiles(tmp_path):
    """varnishd -C compiles it; only the backend's compose host name, which does not resolve
    outside compose, is replaced by an address."""
    _require_varnishd()
    vcl = tmp_path / "default.vcl"
    vcl.write_text(varnish.vcl_for_backend("127.0.0.1", 8000))
    assert vcl.read_text().count("\n") == varnish.VCL.read_text().count("\n")
    result = subprocess.run(
        [varnish.varnishd(), "-C", "-j", "none", "-f", str(vcl)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_a_broken_vcl_is_refused(tmp_path):
    """The check above can fail: varnishd -C rejects a VCL with a syntax error."""
    _require_varnishd()
    vcl = tmp_path / "broken.vcl"
    vcl.write_text(
        varnish.vcl_for_backend("127.0.0.1", 8000).replace("return (hash);", "return (hash)")
    )
    result = subprocess.run(
        [varnish.varnishd(), "-C", "-j", "none", "-f", str(vcl)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Expected ';'" in result.stderr
    assert "VCL compilation failed" in result.stderr


@pytest.fixture
def purge_target(settings):
    server = RecordingServer()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": server.url,
        }
    }
    yield server
    server.close()


def _site_host():
    return Site.objects.get(is_default_site=True).root_url.split("://", 1)[1]


def test_publishing_purges_the_whole_site_and_the_page(
    purge_target, django_capture_on_commit_callbacks
):
    page = StandardPage.objects.get(slug="ueber-uns")
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Der Förderverein"
        publish(page)

    host = _site_host()
    assert set(purge_target.requests) == {
        ("PURGE", "/", host),  # every page of the site (menus, switchers, lists, feeds)
        ("PURGE", "/de/ueber-uns/", host),  # Wagtail's own purge of the page
    }


def test_unpublishing_and_snippet_changes_purge_the_site(
    purge_target, django_capture_on_commit_callbacks
):
    from home.models import Footer

    page = StandardPage.objects.get(slug="ueber-uns")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert ("PURGE", "/", _site_host()) in purge_target.requests

    purge_target.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        footer = Footer.objects.get(locale__language_code="fr")
        footer.tagline = "Des ponts entre le Rhin et l’Atlas"
        footer.save()
    assert purge_target.requests == [("PURGE", "/", _site_host())]


def test_one_transaction_sends_one_site_purge(purge_target, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        for slug in ("ueber-uns", "impressum"):
            page = StandardPage.objects.get(slug=slug)
            publish(page)
    site_purges = [request for request in purge_target.requests if request[1] == "/"]
    assert len(site_purges) == 1


def test_nothing_is_purged_without_a_proxy(settings, django_capture_on_commit_callbacks):
    server = RecordingServer()
    settings.WAGTAILFRONTENDCACHE = {}
    try:
        with django_capture_on_commit_callbacks(execute=True):
            publish(StandardPage.objects.get(slug="ueber-uns"))
        assert server.requests == []
    finally:
        server.close()


def test_purges_are_sent_by_the_task_worker(
    purge_target, task_queue, django_capture_on_commit_callbacks
):
    """In production the purge is a queued task: it reaches the proxy when db_worker runs."""
    with django_capture_on_commit_callbacks(execute=True):
        publish(StandardPage.objects.get(slug="ueber-uns"))
    assert purge_target.requests == []

    task_queue()
    assert ("PURGE", "/", _site_host()) in purge_target.requests


@pytest.fixture
def portal_server():
    """The portal on 127.0.0.1 in a thread that sees this test's database."""
    shared = {
        conn.alias: conn
        for conn in connections.all(initialized_only=True)
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    for conn in shared.values():
        conn.inc_thread_sharing()
    thread = LiveServerThread("127.0.0.1", _StaticFilesHandler, connections_override=shared)
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield thread.port
    thread.terminate()
    for conn in shared.values():
        conn.dec_thread_sharing()


def _get(port, path, host, **headers):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path, headers={"Host": host, **headers})
    response = connection.getresponse()
    response.read()
    connection.close()
    return response


def test_varnish_serves_hits_and_drops_them_on_purge(settings, portal_server):
    _require_varnishd()
    http_port, purge_port = closed_port(), closed_port()
    settings.PROXY_CACHE_SECONDS = 300
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{purge_port}",
        }
    }
    host = _site_host()  # the Host purges are sent for
    with varnish.running(portal_server, http_port, purge_port):
        first = _get(http_port, "/de/ueber-uns/", host)
        second = _get(http_port, "/de/ueber-uns/", host)
        assert (first.status, first.getheader("X-Cache")) == (200, "miss")
        assert (second.status, second.getheader("X-Cache")) == (200, "hit")
        assert second.getheader("Age") is not None

        # Signed-in visitors and personal answers go straight to the portal.
        signed_in = _get(http_port, "/de/ueber-uns/", host, Cookie="sessionid=abc")
        assert signed_in.getheader("X-Cache") == "miss"
        for _ in range(2):
            search = _get(http_port, "/de/search/?q=Marrakesch", host)
            assert search.getheader("X-Cache") == "miss"

        purge_proxy()  # what every publish does after its commit
        after = _get(http_port, "/de/ueber-uns/", host)
        assert (after.status, after.getheader("X-Cache")) == (200, "miss")
        assert _get(http_port, "/de/ueber-uns/", host).getheader("X-Cache") == "hit"

        # The public side refuses purges.
        connection = http.client.HTTPConnection("127.0.0.1", http_port, timeout=10)
        connection.request("PURGE", "/", headers={"Host": host})
        assert connection.getresponse().status == 403
        connection.close()
