"""The Wagtail admin works under the portal's Content-Security-Policy, in a real browser.

The admin's policy (portal/security.py) is looser than the public one, but still names only
our own origin. A header test cannot tell whether the admin's scripts, styles, icons and the
editor's preview still work under it; Chromium reports every blocked load or inline script as
a console error, so this test signs in the way an editor does (password, then setting up the
authenticator app that ADMIN_2FA_REQUIRED demands), walks through the screens editors use
and fails on any policy violation, script error or request to another origin.
"""

import base64
import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp

from home.models import StandardPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME = "csp-pruefung"
PASSWORD = "Lange-Passphrase-fuer-den-Browsertest-2026"


@pytest.fixture(scope="module")
def editor_account(django_db_blocker):
    """A superuser committed outside the test's transaction, so that the server sees it on
    PostgreSQL too (it has its own connection there); removed with the module."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser(USERNAME, "csp@example.invalid", PASSWORD)
        page = StandardPage.objects.live().filter(locale__language_code="de").first()
        yield {"page_id": page.pk, "parent_id": page.get_parent().pk}
        user.delete()


def _code_for(secret):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    return f"{totp(key, step=30, t0=0, digits=6):06d}"


def _is_policy_message(message):
    return message.type == "error" and "Content Security Policy" in message.text


def test_editor_signs_in_with_2fa_and_the_admin_runs_under_the_policy(
    demo_server, browser, editor_account, settings
):
    settings.ADMIN_2FA_REQUIRED = True
    base = demo_server.url
    context = browser.new_context(locale="de-DE")
    violations, errors, requests = [], [], []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.on("console", lambda m: _is_policy_message(m) and violations.append((page.url, m.text)))
    page.on("pageerror", lambda error: errors.append((page.url, str(error))))
    try:
        page.goto(base + "/admin/login/")
        page.fill("input[name=username]", USERNAME)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state()

        # The first sign-in asks for an authenticator app; its secret is shown as text too.
        assert "/setup/" in page.url, page.url
        secret = re.search(r"[A-Z2-7]{32,}", page.inner_text("main")).group(0)
        page.fill("input[name=token]", _code_for(secret))
        page.click("form button[type=submit]")
        page.wait_for_load_state()
        assert urlsplit(page.url).path == "/admin/", page.url

        screens = [
            "/admin/",
            f"/admin/pages/{editor_account['parent_id']}/",
            "/admin/documents/",
            "/admin/images/",
            "/admin/pages/search/?q=Marrakesch",
            "/admin/users/",
            f"/admin/pages/{editor_account['page_id']}/edit/",
        ]
        for path in screens:
            response = page.goto(base + path)
            assert response.status == 200, path
            page.wait_for_load_state("networkidle")

        # The editor's preview panel renders the page in a frame of our own origin.
        with page.expect_response(
            lambda r: "/edit/preview/" in r.url and r.request.method == "GET"
        ) as preview:
            page.click("[data-side-panel-toggle='preview']")
        assert preview.value.status == 200
        page.frame_locator("#w-preview-iframe").locator("main").first.wait_for(timeout=10000)
        page.wait_for_load_state("networkidle")
    finally:
        context.close()

    assert not violations, f"Content-Security-Policy violations in the admin: {violations}"
    assert not errors, f"script errors in the admin: {errors}"
    own = urlsplit(base)
    foreign = {
        url
        for url in requests
        if urlsplit(url).scheme in {"http", "https", "ws", "wss"}
        and urlsplit(url).netloc != own.netloc
    }
    assert not foreign, f"the admin asked other origins for: {sorted(foreign)}"
    assert any("/admin/" in url and "preview" in url for url in requests), "no preview loaded"
