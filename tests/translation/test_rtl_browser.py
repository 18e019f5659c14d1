"""The Arabic site, rendered by a real browser: mirrored layout, screenshots kept.

The home, news, archive and a standard page are screenshotted into test-artifacts/rtl/
(git-ignored) for a human look after each run.
"""

from pathlib import Path

import pytest
from django.conf import settings

from home.models import StandardPage
from knowledge.models import ArchiveIndexPage
from news.models import NewsIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "rtl"
VIEWPORT = {"width": 1280, "height": 900}

# Edges of the main navigation's first item and of the list's content box (inside padding).
NAV_EDGES = """() => {
    const list = document.querySelector('.main-nav ul');
    const items = [...list.querySelectorAll(':scope > li')].map(li => li.getBoundingClientRect());
    const box = list.getBoundingClientRect();
    const style = getComputedStyle(list);
    return {
        first: {left: items[0].left, right: items[0].right, top: items[0].top},
        others: items.slice(1).map(r => ({left: r.left, top: r.top})),
        start: box.left + parseFloat(style.paddingLeft),
        end: box.right - parseFloat(style.paddingRight),
    };
}"""


def _page_url(model, code, **filters):
    page = model.objects.live().filter(locale__language_code=code, **filters)
    return page.order_by("path").first().url


def _visit(browser, url, screenshot):
    page = browser.new_page(viewport=VIEWPORT, locale="ar")
    response = page.goto(url)
    assert response.status == 200, url
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / screenshot), full_page=True)
    return page


def test_arabic_pages_start_the_navigation_at_the_right_edge(demo_server, browser):
    pages = {
        "home": "/ar/",
        "news": _page_url(NewsIndexPage, "ar"),
        "archive": _page_url(ArchiveIndexPage, "ar"),
        "standard": _page_url(StandardPage, "ar", show_in_menus=True),
    }
    german = _page_url(StandardPage, "de", show_in_menus=True)
    for name in pages:
        (ARTIFACTS / f"ar-{name}.png").unlink(missing_ok=True)

    for name, path in pages.items():
        page = _visit(browser, demo_server.url + path, f"ar-{name}.png")
        assert page.locator("html").get_attribute("dir") == "rtl"
        assert page.locator("html").get_attribute("lang") == "ar"
        edges = page.evaluate(NAV_EDGES)
        assert abs(edges["first"]["right"] - edges["end"]) < 1, (name, edges)
        same_row = [r for r in edges["others"] if abs(r["top"] - edges["first"]["top"]) < 1]
        assert same_row and all(r["left"] < edges["first"]["left"] for r in same_row)
        page.close()

    # The same check fails for a left-to-right page: its first item is at the left edge.
    page = _visit(browser, demo_server.url + german, "de-standard.png")
    edges = page.evaluate(NAV_EDGES)
    assert abs(edges["first"]["left"] - edges["start"]) < 1, edges
    assert edges["first"]["right"] < edges["end"] - 100
    page.close()

    for name in pages:
        assert (ARTIFACTS / f"ar-{name}.png").stat().st_size > 10_000
