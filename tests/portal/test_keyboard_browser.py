"""Keyboard-only use in headless Chromium: Tab to a control, see where the focus is, Enter.

Covers the archive's query box, sort links and facet filters, the language switcher and the
skip link. "Visible" means what WCAG 2.4.7/1.4.11 ask: the focused control has an outline
of at least 2px whose colour stands out 3:1 against the background it is drawn on.
"""

import re

import pytest
from wagtail.models import Locale

from . import browser_pages as pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

MAX_TABS = 80

# The focus ring of the focused element and the background colour it is drawn on: the
# element's own for an inset outline, else the nearest painted ancestor's.
FOCUS_RING = """el => {
    const style = getComputedStyle(el);
    let node = parseFloat(style.outlineOffset) < 0 ? el : el.parentElement;
    let background = 'rgb(255, 255, 255)';
    for (; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
            background = colour;
            break;
        }
    }
    return {
        focused: el === document.activeElement && el.matches(':focus-visible'),
        style: style.outlineStyle, width: parseFloat(style.outlineWidth),
        colour: style.outlineColor, background,
    };
}"""


def _luminance(colour):
    channels = [int(value) / 255 for value in re.findall(r"[\d.]+", colour)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(first, second):
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def tab_to(page, locator):
    """Press Tab until `locator` has the focus; fail if it is never reached."""
    target = locator.element_handle()
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if page.evaluate("el => el === document.activeElement", target):
            return presses
    pytest.fail(f"{locator} not reached with {MAX_TABS} presses of Tab on {page.url}")


def assert_focus_visible(page, locator):
    ring = locator.evaluate(FOCUS_RING)
    assert ring["focused"], ring
    assert ring["style"] != "none" and ring["width"] >= 2, ring
    assert _contrast(ring["colour"], ring["background"]) >= 3, ring


def _results(page):
    return {
        "titles": page.locator(".result__title a").all_inner_texts(),
        "dates": [d.get_attribute("datetime") for d in page.locator(".result time").all()],
    }


@pytest.fixture
def tab(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    yield page
    page.close()


def test_archive_query_box_works_with_the_keyboard(demo_server, tab):
    tab.goto(demo_server.url + pages.archive("de"))
    before = _results(tab)
    box = tab.locator("#archive-q")

    tab_to(tab, box)
    assert_focus_visible(tab, box)
    tab.keyboard.type("Satzung")
    tab.keyboard.press("Enter")
    tab.wait_for_url(re.compile(r"[?&]q=Satzung"))

    after = _results(tab)
    assert after["titles"] and after["titles"] != before["titles"]
    assert "Satzung" in after["titles"][0], after  # title matches rank first


def test_archive_sort_and_facet_links_work_with_the_keyboard(demo_server, tab):
    tab.goto(demo_server.url + pages.archive("de"))
    newest_first = _results(tab)
    assert len(set(newest_first["dates"])) > 1, "the demo archive needs entries of two dates"
    assert newest_first["dates"] == sorted(newest_first["dates"], reverse=True)

    oldest = tab.locator('.sort-links a[href*="sort=oldest"]')
    tab_to(tab, oldest)
    assert_focus_visible(tab, oldest)
    tab.keyboard.press("Enter")
    tab.wait_for_url(re.compile(r"sort=oldest"))
    oldest_first = _results(tab)
    # The archive has more than one page: the oldest page starts no later than the newest ends.
    assert oldest_first["dates"] == sorted(oldest_first["dates"])
    assert oldest_first["dates"][0] <= min(newest_first["dates"])
    assert (
        tab.locator('.sort-links a[aria-current="true"]')
        .get_attribute("href")
        .endswith("sort=oldest")
    )

    # A facet option that narrows the list: fewer documents than the whole archive.
    options = tab.locator(".archive__facets li").all()
    counts = [int(re.search(r"\((\d+)\)", option.inner_text()).group(1)) for option in options]
    chosen = next(i for i, count in enumerate(counts) if count < len(oldest_first["titles"]))
    link = options[chosen].locator("a")
    label = link.inner_text()
    sorted_url = tab.url
    tab_to(tab, link)
    assert_focus_visible(tab, link)
    tab.keyboard.press("Enter")
    tab.wait_for_url(lambda url: url != sorted_url)
    assert "sort=oldest" in tab.url

    filtered = _results(tab)
    assert len(filtered["titles"]) == counts[chosen]
    assert set(filtered["titles"]) < set(oldest_first["titles"])
    selected = tab.locator('.archive__facets a[aria-current="true"]')
    assert selected.count() == 1 and selected.inner_text().startswith(label)
    # The selected filter is a link too: Enter on it removes the filter again.
    tab_to(tab, selected)
    assert_focus_visible(tab, selected)
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => !document.querySelector('.archive__facets a[aria-current]')")
    assert _results(tab) == oldest_first


def test_language_switcher_leads_to_the_same_page_in_the_chosen_language(demo_server, tab):
    source = pages.standard_page("de")
    translations = {
        locale.language_code: source.get_translation(locale).url
        for locale in Locale.objects.filter(language_code__in=pages.LANGUAGES)
    }
    # de → fr → ar → en → de: every language is left and reached once.
    order = [*pages.LANGUAGES, pages.LANGUAGES[0]]

    tab.goto(demo_server.url + translations[order[0]])
    for current, target in zip(order, order[1:], strict=False):
        assert tab.locator("html").get_attribute("lang") == current
        link = tab.locator(f'.language-switcher a[hreflang="{target}"]')
        tab_to(tab, link)
        assert_focus_visible(tab, link)
        tab.keyboard.press("Enter")
        tab.wait_for_url(demo_server.url + translations[target])
        assert tab.locator("html").get_attribute("lang") == target


def test_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content(demo_server, tab):
    tab.goto(demo_server.url + pages.news_index("ar"))
    skip = tab.locator(".skip-link")

    assert tab_to(tab, skip) == 1
    assert_focus_visible(tab, skip)
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["x"] + box["width"] <= 1280  # on screen, not hidden
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == "main"
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.getElementById('main').contains(document.activeElement)")
