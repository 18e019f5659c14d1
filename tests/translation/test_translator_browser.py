"""A translator's journey through the standard admin, in Chromium, signed in with 2FA.

Two translators (French, Arabic) each start the translation of a new German page with
"Translate this page", translate every text in wagtail-localize's editor and submit it for
review from the editor's footer; the two reviewers approve both steps from their dashboard;
both translations are then live. On the way, the editor is checked as translators see it:
its main action, the review panel clear of the footer, every text in German, and Arabic
right-to-left in the saved segments and the preview.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import Page
from wagtail_localize.synctree import create_aliases_for_new_page

from home.models import HomePage
from portal.roles import FREIGABE, REDAKTION, translator_group
from tests.home.factories import StandardPageFactory, publish
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PASSWORD = "Lange-Passphrase-fuer-die-Uebersetzung-2026"
TITLE = "Brunnenfest im Stadtteil"
VIEWPORT = {"width": 1280, "height": 900}

# Texts wagtail-localize and Wagtail wrote in English (or left as "Locale") in a German admin.
KNOWN_OFFENDERS = (
    "to Französisch translation",
    "More actions",
    "December",
    "Locale",
    "Add a locale",
    "others",
    "None",
)
# Words that give an English text away; a German admin shows none of them.
ENGLISH = re.compile(
    r"\b(the|to|of|and|translation|translations|page|pages|more|actions|add|others|none|by|"
    r"with|on|locale|locales|this|your|you|delete|submit|review|january|february|march|april|"
    r"june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)

VISIBLE_TEXTS = """(selector) => {
    const root = document.querySelector(selector) || document.body;
    const texts = new Set();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, template, svg, [hidden]")) continue;
        // segment texts (German source, translations) are content, not the admin's texts
        if (parent.closest(".js-translation-editor li > :is(p, div)")) continue;
        const visible = parent.offsetParent !== null || parent.closest(".w-sr-only");
        const text = node.nodeValue.trim();
        if (visible && text) texts.add(text);
    }
    root.querySelectorAll("[aria-label], [title]").forEach((element) => {
        ["aria-label", "title"].forEach((name) => {
            if (element.getAttribute(name)) texts.add(element.getAttribute(name));
        });
    });
    return [...texts];
}"""


# The elements that show `texts`, for the failure message.
WHERE = """(texts) => [...document.querySelectorAll("body *")]
    .filter((e) => texts.some((t) => e.getAttribute("aria-label") === t
        || e.getAttribute("title") === t
        || [...e.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim() === t)))
    .map((e) => e.outerHTML.slice(0, 300))"""


def _code(device):
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@pytest.fixture(scope="module")
def accounts(django_db_blocker):
    """The people of the journey and a new German page, committed so that the server sees
    them on PostgreSQL too; all removed with the module."""
    with django_db_blocker.unblock():
        groups = {
            "tr-fr": [translator_group("fr")],
            "tr-ar": [translator_group("ar")],
            "pruefung": [REDAKTION],
            "vorstand": [FREIGABE],
        }
        users = {}
        for name, group_names in groups.items():
            user = UserFactory(username=f"reise-{name}", password=PASSWORD, groups=group_names)
            users[name] = (user, TOTPDevice.objects.create(user=user, name="App", confirmed=True))
        home = HomePage.objects.get(depth=2, locale__language_code="de")
        german = publish(
            StandardPageFactory(
                parent=home,
                title=TITLE,
                slug="brunnenfest-stadtteil",
                intro="Am Samstag feiern wir den neuen Brunnen.",
            )
        )
        create_aliases_for_new_page(german)
        yield {"users": users, "page": german}
        Page.objects.filter(translation_key=german.translation_key).exclude(pk=german.pk).delete()
        Page.objects.filter(pk=german.pk).delete()
        get_user_model().objects.filter(username__startswith="reise-").delete()


def sign_in(browser, base, account):
    """Password, then the authenticator's code, as every admin sign-in asks."""
    user, device = account
    context = browser.new_context(locale="de-DE", viewport=VIEWPORT)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()
    assert "/verify/" in page.url, page.url
    page.fill("input[name=token]", _code(device))
    page.click("form button[type=submit]")
    page.wait_for_load_state()
    assert urlsplit(page.url).path == "/admin/", page.url
    return context, page, errors


def footer_primary(page):
    return page.locator("footer.footer .w-dropdown-button").first.locator(":scope > :visible").first


def assert_review_panel_clear_of_the_footer(page):
    page.evaluate(
        "() => { const main = document.querySelector('main'); main.scrollTop = main.scrollHeight; }"
    )
    page.wait_for_timeout(300)
    panel = page.locator(".translation-review").bounding_box()
    button = page.locator(".translation-review button").bounding_box()
    footer = page.locator("footer.footer").bounding_box()
    editor = page.locator(".js-translation-editor section").first.bounding_box()
    assert button["y"] + button["height"] <= footer["y"], (button, footer)
    assert panel["y"] < footer["y"]
    # The panel's text starts where the editor's content does.
    heading = page.locator("#translation-review-heading").bounding_box()
    assert abs(heading["x"] - editor["x"]) < 2, (heading, editor)


def assert_german_only(page):
    texts = page.evaluate(VISIBLE_TEXTS, "body")
    offenders = [text for text in texts for known in KNOWN_OFFENDERS if known in text]
    assert not offenders, offenders
    english = [text for text in texts if ENGLISH.search(text)]
    where = page.evaluate(WHERE, english) if english else []
    assert not english, where


def translate_every_segment(page, value):
    """On every tab, press "Übersetzen" on each untranslated segment, type, save; returns the
    values typed, in order (the title first)."""
    typed = []
    tabs = page.locator(".js-translation-editor [role=tab]")
    for index in range(max(tabs.count(), 1)):
        if tabs.count():
            tabs.nth(index).click()
        buttons = page.get_by_role("button", name="Übersetzen", exact=True)
        while buttons.count():
            buttons.first.click()
            text = value(len(typed) + 1)
            page.locator(".js-translation-editor textarea").first.fill(text)
            with page.expect_response(
                lambda r: "/strings/" in r.url and r.request.method == "PUT"
            ) as saved:
                page.get_by_role("button", name="Speichern", exact=True).first.click()
            assert saved.value.ok, saved.value.text()
            typed.append(text)
    if tabs.count():
        tabs.first.click()
    return typed


def start_translation(page, base, german_page, language_name):
    page.goto(f"{base}/admin/localize/submit/page/{german_page.pk}/")
    choice = page.get_by_label(language_name, exact=True)
    assert choice.is_checked(), "the translator's one language is not chosen"
    assert "Sprachen" in page.inner_text("main"), page.inner_text("main")
    page.get_by_role("button", name="Absenden").click()
    page.wait_for_load_state("networkidle")
    assert re.search(r"/admin/pages/\d+/edit/", page.url), page.url


def submit_from_the_footer(page):
    primary = footer_primary(page)
    assert primary.inner_text().strip() == "Übersetzung zur Prüfung einreichen"
    primary.click()
    page.wait_for_load_state("networkidle")
    assert "wurde zur Prüfung eingereicht" in page.inner_text(".messages")


def approve_on_the_dashboard(page, base, titles):
    page.goto(base + "/admin/")
    for title in titles:
        row = page.locator("tr", has_text=title).first
        row.get_by_role("button", name="Aktionen").click()
        approve = row.locator(
            "button[data-workflow-action-url*='/approve/']:not([data-launch-modal])"
        )
        with page.expect_navigation():
            approve.click()
        page.wait_for_load_state("networkidle")


def test_translators_translate_into_french_and_arabic_and_it_passes_the_review(
    demo_server, browser, accounts, settings
):
    settings.ADMIN_2FA_REQUIRED = True
    base = demo_server.url
    german = accounts["page"]
    users = accounts["users"]
    script_errors = []

    # French: "Translate this page", then the editor as a German-speaking translator sees it.
    context, page, errors = sign_in(browser, base, users["tr-fr"])
    start_translation(page, base, german, "Französisch")
    editor_url = page.url
    primary = footer_primary(page)
    assert primary.inner_text().strip() == "Übersetzung zur Prüfung einreichen"
    assert "button-secondary" not in (primary.get_attribute("class") or "")
    menu = page.locator("footer.footer [data-w-dropdown-target=content]")
    assert menu.locator("text=Synchronisierte Übersetzung stoppen").count()
    french = translate_every_segment(page, lambda n: f"fete-fontaine-{n}")
    page.reload()
    page.wait_for_load_state("networkidle")
    assert "Übersetzung Deutsch – Französisch" in page.inner_text(".js-translation-editor")
    notes = page.locator(".js-translation-editor li", has_text="Manuell übersetzt am")
    assert notes.count() >= len(french)
    assert_german_only(page)
    assert_review_panel_clear_of_the_footer(page)
    submit_from_the_footer(page)
    assert page.url == editor_url
    script_errors += errors
    context.close()

    # Arabic: the saved segments and the preview read right to left.
    context, page, errors = sign_in(browser, base, users["tr-ar"])
    start_translation(page, base, german, "Arabisch")
    arabic = translate_every_segment(page, lambda n: f"احتفال-النافورة-{n}")
    page.reload()
    page.wait_for_load_state("networkidle")
    for text in arabic:
        saved = page.locator(".js-translation-editor li > div > p", has_text=text).first
        assert saved.get_attribute("lang") == "ar"
        assert saved.get_attribute("dir") == "rtl"
        assert saved.evaluate("e => getComputedStyle(e).direction") == "rtl"
    source = page.locator(".js-translation-editor li > p").first
    assert source.get_attribute("lang") == "de" and source.get_attribute("dir") == "ltr"
    preview_url = page.locator("footer.footer a", has_text="Vorschau").get_attribute("href")
    preview = context.new_page()
    preview.goto(base + preview_url)
    assert preview.locator("html").get_attribute("dir") == "rtl"
    assert preview.locator("html").get_attribute("lang") == "ar"
    assert arabic[0] in preview.inner_text("body")
    preview.close()
    submit_from_the_footer(page)
    script_errors += errors
    context.close()

    # Both steps of the review, from the reviewers' dashboards.
    titles = [french[0], arabic[0]]
    for reviewer in ("pruefung", "vorstand"):
        context, page, errors = sign_in(browser, base, users[reviewer])
        if reviewer == "pruefung":
            heading = page.locator("#translation-status-heading").bounding_box()
            search = page.locator("main input[name=q]").first.bounding_box()
            assert heading["x"] >= search["x"], "the dashboard heading leaves the column"
        approve_on_the_dashboard(page, base, titles)
        script_errors += errors
        context.close()

    for code, title in (("fr", french[0]), ("ar", arabic[0])):
        translated = Page.objects.get(
            translation_key=german.translation_key, locale__language_code=code
        )
        assert translated.live and translated.title == title, (code, translated.title)
        visitor = browser.new_page()
        response = visitor.goto(base + translated.url)
        assert response.status == 200
        assert title in visitor.inner_text("body")
        visitor.close()
    assert not script_errors, script_errors
