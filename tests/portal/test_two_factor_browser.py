"""An editor's authenticator apps, in a real browser: the password alone reaches no set-up.

The editor has an app already. Signed in with the password, opening the set-up page
directly leads to the code prompt, not to a new secret. With the code, adding a second app
asks for a fresh code first; then the editor lists the two apps and removes one.
"""

import re
import time
from base64 import b32decode
from urllib.parse import urlsplit

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

USERNAME = "zwei-faktor"
PASSWORD = "Lange-Passphrase-fuer-die-Zwei-Faktor-Reise-2026"


@pytest.fixture(scope="module")
def account(django_db_blocker):
    """An editor with one app, committed outside the test's transaction (the server has its
    own connection on PostgreSQL); removed with the module."""
    with django_db_blocker.unblock():
        user = get_user_model().objects.create_superuser(USERNAME, "zf@example.invalid", PASSWORD)
        phone = TOTPDevice.objects.create(user=user, name="Telefon", confirmed=True)
        yield {"user": user, "key": phone.bin_key}
        user.delete()


def _code(key):
    return f"{totp(key, step=30, t0=0, digits=6):06d}"


def _path(page):
    return urlsplit(page.url).path


def _submit_code(page, code):
    page.fill("input[name=token]", code)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()


def test_password_alone_reaches_no_setup_then_a_second_app_is_added_and_one_removed(
    demo_server, browser, account
):
    base = demo_server.url
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    try:
        page.goto(base + "/admin/login/")
        page.fill("input[name=username]", USERNAME)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_load_state()
        assert _path(page) == "/admin/2fa/verify/", page.url

        # Straight to the set-up page, with the password only: the code prompt, no secret.
        page.goto(base + "/admin/2fa/setup/")
        assert _path(page) == "/admin/2fa/verify/", page.url
        assert not re.search(r"[A-Z2-7]{32,}", page.inner_text("main"))

        _submit_code(page, _code(account["key"]))
        # Verified, yet adding an app asks for a fresh code of the existing one.
        assert _path(page) == "/admin/2fa/confirm/", page.url
        with time_machine.travel(time.time() + 31):
            _submit_code(page, _code(account["key"]))
            assert _path(page) == "/admin/2fa/setup/", page.url
            secret = re.search(r"[A-Z2-7]{32,}", page.inner_text("main figure")).group(0)
            tablet_key = b32decode(secret + "=" * (-len(secret) % 8))
            page.fill("input[name=name]", "Tablet")
            _submit_code(page, _code(tablet_key))

        # The account's apps: both listed, reached from the account page too.
        assert _path(page) == "/admin/2fa/devices/", page.url
        rows = page.locator("main table tbody tr")
        assert rows.count() == 2
        assert "Telefon" in rows.nth(0).inner_text() and "Tablet" in rows.nth(1).inner_text()
        page.goto(base + "/admin/account/")
        page.click("#tab-label-actions")
        page.click("#tab-actions a[href='/admin/2fa/devices/']")
        page.wait_for_load_state()
        assert _path(page) == "/admin/2fa/devices/", page.url

        # Removing one asks for a fresh code again, then for a confirmation.
        rows.filter(has_text="Tablet").locator("a").click()
        page.wait_for_load_state()
        assert _path(page) == "/admin/2fa/confirm/", page.url
        with time_machine.travel(time.time() + 62):
            _submit_code(page, _code(account["key"]))
            assert "Tablet" in page.inner_text("main")
            page.click("main button[type=submit]")
            page.wait_for_load_state()
        assert _path(page) == "/admin/2fa/devices/", page.url
        assert page.locator("main table tbody tr").count() == 1
        assert "Tablet" not in page.inner_text("main table")
    finally:
        context.close()
    # Read only now: on SQLite a read inside the test's transaction would lock the table
    # against the server's writes.
    names = TOTPDevice.objects.filter(user=account["user"], confirmed=True).values_list("name")
    assert list(names) == [("Telefon",)]
