"""The site's frame in a real browser, at 1280 px and on a 390 px phone: a compact header,
a menu button that works with and without JavaScript, the search box, a language switch
that keeps the search, and the Arabic header mirrored."""

import pytest

from knowledge.models import ArchiveIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _open(browser, url, viewport, javascript=True):
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    tab = context.new_page()
    response = tab.goto(url)
    assert response.status == 200, url
    return context, tab


def test_desktop_shows_search_menu_and_languages_and_uses_the_width(demo_server, browser):
    context, tab = _open(browser, demo_server.url + "/de/", DESKTOP)
    assert tab.locator("#header-q").is_visible()
    assert tab.locator(".main-nav").is_visible()
    assert tab.locator(".language-switcher").is_visible()
    assert not tab.locator(".menu-button").is_visible()
    assert tab.locator(".site-header").bounding_box()["height"] <= 150
    assert tab.locator(".hero").bounding_box()["width"] >= 1200
    cards = tab.locator(".news-teaser .news-card")
    tops = {round(cards.nth(i).bounding_box()["y"]) for i in range(cards.count())}
    assert cards.count() >= 3 and len(tops) == 1  # the cards stand side by side
    tab.fill("#header-q", "Satzung")
    tab.press("#header-q", "Enter")
    tab.wait_for_url("**/de/search/?q=Satzung")
    assert tab.locator("#header-q").input_value() == "Satzung"
    context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["without JS", "with JS"])
def test_phone_header_is_compact_and_its_menu_button_opens_the_menu(
    demo_server, browser, javascript
):
    context, tab = _open(browser, demo_server.url + "/de/", PHONE, javascript)
    assert tab.locator(".site-header").bounding_box()["height"] <= 120
    assert not tab.locator(".main-nav").is_visible()
    assert not tab.locator("#header-q").is_visible()
    button = tab.get_by_role("link" if not javascript else "button", name="Menü")
    button.click()
    assert tab.locator(".main-nav").is_visible()
    assert tab.locator("#header-q").is_visible()
    assert tab.locator(".language-switcher").is_visible()
    if javascript:
        assert button.get_attribute("aria-expanded") == "true"
        tab.keyboard.press("Escape")
        assert not tab.locator(".main-nav").is_visible()
        assert button.get_attribute("aria-expanded") == "false"
    else:
        tab.get_by_role("link", name="Menü schließen").click()
        assert not tab.locator(".main-nav").is_visible()
    context.close()


def test_switching_language_on_an_archive_search_keeps_the_query(demo_server, browser):
    german = ArchiveIndexPage.objects.get(locale__language_code="de")
    french = ArchiveIndexPage.objects.get(locale__language_code="fr")
    context, tab = _open(browser, demo_server.url + german.url + "?q=Marrakesch", DESKTOP)
    tab.locator('.language-switcher a[hreflang="fr"]').click()
    tab.wait_for_url(f"**{french.url}?q=Marrakesch")
    assert tab.locator("#archive-q").input_value() == "Marrakesch"
    context.close()


def test_arabic_phone_header_is_mirrored(demo_server, browser):
    context, tab = _open(browser, demo_server.url + "/ar/", PHONE)
    brand = tab.locator(".site-brand").bounding_box()
    button = tab.locator(".menu-button").bounding_box()
    assert brand["x"] > button["x"]  # the brand at the right, the menu button at the left
    assert tab.locator(".site-header").bounding_box()["height"] <= 120
    context.close()
    context, tab = _open(browser, demo_server.url + "/de/", PHONE)
    assert (
        tab.locator(".site-brand").bounding_box()["x"]
        < tab.locator(".menu-button").bounding_box()["x"]
    )
    context.close()
