"""Public pages make no request to any other origin: no web font, script, image or tracker.

Every request Chromium makes while loading the pages is recorded, until the network is
quiet. The Content-Security-Policy would block a request to another origin before it is
made, so it is bypassed here: the test checks the pages themselves, the policy stays the
second line of defence (tests/portal/test_security_headers.py).
"""

from urllib.parse import urlsplit

import pytest

from . import browser_pages as pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

KINDS = ("home", "news_index", "archive", "site_search", "archive_entry")
LOCAL_SCHEMES = {"data", "blob", "about"}


class Recorder:
    """Every request of a browser context, and how many are still under way."""

    def __init__(self, context):
        self.urls = []
        self.open = 0
        context.on("request", self._started)
        context.on("requestfinished", self._ended)
        context.on("requestfailed", self._ended)

    def _started(self, request):
        self.urls.append(request.url)
        self.open += 1

    def _ended(self, request):
        self.open -= 1

    def settle(self, page, quiet_ms=150, limit_ms=5000):
        """Wait until no request has been under way for `quiet_ms` (lazy images, fonts)."""
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        quiet = waited = 0
        while quiet < quiet_ms and waited < limit_ms:
            page.wait_for_timeout(25)
            waited += 25
            quiet = quiet + 25 if self.open == 0 else 0


@pytest.mark.parametrize("code", pages.LANGUAGES)
def test_public_pages_request_nothing_from_other_origins(code, demo_server, browser):
    context = browser.new_context(bypass_csp=True, locale=code)
    recorder = Recorder(context)
    page = context.new_page()
    visited = []
    try:
        for kind in KINDS:
            if kind == "archive_entry":
                path = pages.archive_entry(page, demo_server.url, code)
            else:
                path = getattr(pages, kind)(code)
            response = page.goto(demo_server.url + path)
            assert response.status == 200, path
            recorder.settle(page)
            visited.append(path)
    finally:
        context.close()

    own = urlsplit(demo_server.url)
    foreign = [
        url
        for url in recorder.urls
        if urlsplit(url).scheme not in LOCAL_SCHEMES
        and (urlsplit(url).scheme, urlsplit(url).netloc) != (own.scheme, own.netloc)
    ]
    assert not foreign, f"requests to other origins from {visited}: {sorted(set(foreign))}"
    # The recorder saw the pages' own requests: each document and the stylesheet.
    seen = {urlsplit(url).path for url in recorder.urls}
    assert {path.split("?")[0] for path in visited} <= seen
    assert any(path.endswith(".css") for path in seen), seen
