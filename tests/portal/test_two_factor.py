"""Two-factor sign-in for the admin (django-otp TOTP)."""

import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

ADMIN = "/admin/"


def _de(message):
    """The message as the admin shows it (in the default language, German)."""
    with translation.override("de"):
        return gettext(message)


def _text(response):
    return html.unescape(response.content.decode())


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("zwei", "z@example.invalid", "pw")


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)


def test_editor_with_an_app_must_enter_its_code(client, editor, device):
    client.force_login(editor)
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal_twofactor:verify"))

    page = client.get(response["Location"])
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.content.decode()

    done = client.post(reverse("portal_twofactor:verify"), {"token": _code(device), "next": ADMIN})
    assert done.status_code == 302
    assert done["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_wrong_code_is_refused_and_repeated_failures_sign_out(client, editor, device):
    client.force_login(editor)
    url = reverse("portal_twofactor:verify")
    response = client.post(url, {"token": "000000"})
    if response.status_code == 302:  # 000000 happened to be the current code
        pytest.skip("the random key produced 000000")
    assert response.status_code == 200
    assert _de("This code is not valid. Check the time on your device.") in _text(response)
    for _ in range(4):
        response = client.post(url, {"token": "000001"})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_login")
    assert client.get(ADMIN)["Location"].startswith(reverse("wagtailadmin_login"))


def test_letters_are_not_a_code(client, editor, device):
    client.force_login(editor)
    response = client.post(reverse("portal_twofactor:verify"), {"token": "abcdef"})
    assert response.status_code == 200
    assert _de("Enter the digits shown in your authenticator app.") in _text(response)


def test_open_redirects_are_refused(client, editor, device):
    client.force_login(editor)
    response = client.post(
        reverse("portal_twofactor:verify"),
        {"token": _code(device), "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("wagtailadmin_home")


def test_without_requirement_editors_without_an_app_get_in(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = False
    client.force_login(editor)
    assert client.get(ADMIN).status_code == 200


def test_when_required_editors_set_up_an_app_first(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = True
    client.force_login(editor)
    response = client.get(ADMIN)
    assert response["Location"].startswith(reverse("portal_twofactor:setup"))

    page = client.get(response["Location"])
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html
    secret = re.search(r"<code>([A-Z2-7]+)</code>", html).group(1)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert len(secret) >= 32

    done = client.post(reverse("portal_twofactor:setup"), {"token": _code(device), "next": ADMIN})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(ADMIN).status_code == 200


def test_sign_in_pages_can_load_the_admin_icons(client, editor, device):
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_sprite")).status_code == 200


def test_public_pages_do_not_ask_for_a_code(client, editor, device):
    client.force_login(editor)
    assert client.get("/de/").status_code == 200
