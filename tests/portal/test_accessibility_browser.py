"""axe-core in headless Chromium on every kind of public page, in all four languages.

A serious or critical violation fails the test; the message names each rule and the
elements it found. Lesser findings (e.g. best-practice hints) are left to reviewers.
"""

import pytest
from axe_playwright_python.base import AXE_FILE_PATH

from . import browser_pages as pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

BLOCKING = {"serious", "critical"}
KINDS = ("home", "standard", "news_index", "article", "archive_search", "archive_entry")
SEARCH_KINDS = ("site_search",)


@pytest.fixture(scope="module")
def context(browser):
    """One browser context for the module, with axe-core (as shipped by
    axe-playwright-python) loaded into every page it opens."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE_FILE_PATH))
    yield context
    context.close()


@pytest.fixture
def tab(context):
    page = context.new_page()
    yield page
    page.close()


def run_axe(page):
    return page.evaluate("axe.run(document, {resultTypes: ['violations']})")


def _path(kind, code, tab, base_url):
    if kind == "archive_entry":
        return pages.archive_entry(tab, base_url, code)
    return getattr(pages, kind)(code)


def _report(violations):
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) for node in violation["nodes"]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} → {targets}")
    return "\n".join(lines)


@pytest.mark.parametrize("kind", KINDS + SEARCH_KINDS)
@pytest.mark.parametrize("code", pages.LANGUAGES)
def test_no_serious_accessibility_violation(code, kind, demo_server, tab):
    path = _path(kind, code, tab, demo_server.url)
    response = tab.goto(demo_server.url + path)
    assert response.status == 200, path
    # An untranslated archive entry is the German page, whichever language links to it.
    assert tab.locator("html").get_attribute("lang") == path.split("/")[1]
    if kind.endswith("search"):
        assert tab.locator(".result").count() > 0, f"{path} found nothing to check"

    results = run_axe(tab)

    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"{path}:\n{_report(blocking)}"
    # axe really looked at the page: its colour contrast and name rules ran and passed.
    passed = {rule["id"] for rule in results["passes"]}
    assert {"color-contrast", "link-name", "html-has-lang"} <= passed, path
