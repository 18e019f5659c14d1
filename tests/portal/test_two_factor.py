"""Two-factor sign-in for the admin (django-otp TOTP)."""

import html
import re
import time

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

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


def test_the_password_alone_cannot_add_a_second_device(client, editor, device):
    """The attack: sign in with the password, open the set-up page directly, take the new
    secret it offers, post a code from it. No second device may come of it, nor a session
    that counts as verified."""
    client.force_login(editor)  # password only: the code of the existing device is unknown
    setup = reverse("portal_twofactor:setup")
    page = client.get(setup)
    secret = re.search(r"<code>([A-Z2-7]+)</code>", page.content.decode())
    if secret is not None:  # the page offered a new secret: use it as the attacker would
        attacker = TOTPDevice.objects.get(user=editor, confirmed=False)
        client.post(setup, {"token": _code(attacker), "next": ADMIN})
    else:
        assert page.status_code == 302
        assert page["Location"].startswith(reverse("portal_twofactor:verify"))
    assert list(TOTPDevice.objects.filter(user=editor, confirmed=True)) == [device]
    assert client.get(ADMIN)["Location"].startswith(reverse("portal_twofactor:verify"))


def _verified(client, user, device):
    client.force_login(user)
    done = client.post(reverse("portal_twofactor:verify"), {"token": _code(device), "next": ADMIN})
    assert done.status_code == 302 and done["Location"] == ADMIN


def test_a_verified_session_adds_a_second_app_only_with_a_fresh_code(
    client, editor, device, mailoutbox, django_capture_on_commit_callbacks
):
    _verified(client, editor, device)
    setup = reverse("portal_twofactor:setup")
    response = client.get(setup)
    assert response["Location"].startswith(reverse("portal_twofactor:reverify"))
    # The code that signed in cannot be shown again.
    confirm = reverse("portal_twofactor:reverify")
    again = client.post(confirm, {"token": _code(device), "next": setup})
    assert again.status_code == 200
    assert _de("This code is not valid. Check the time on your device.") in _text(again)

    with time_machine.travel(time.time() + 31, tick=False):
        assert client.post(confirm, {"token": _code(device), "next": setup})["Location"] == setup
        page = client.get(setup)
        assert page.status_code == 200 and "<svg" in page.content.decode()
        tablet = TOTPDevice.objects.get(user=editor, confirmed=False)
        with django_capture_on_commit_callbacks(execute=True):
            done = client.post(setup, {"name": "Tablet", "token": _code(tablet)})
    assert done["Location"] == reverse("portal_twofactor:devices")
    names = list(TOTPDevice.objects.filter(user=editor, confirmed=True).values_list("name"))
    assert names == [("phone",), ("Tablet",)]

    assert len(mailoutbox) == 1 and mailoutbox[0].to == [editor.email]
    assert "“Tablet”" in mailoutbox[0].body
    entry = ModelLogEntry.objects.get(
        action="portal.two_factor.device_added", object_id=str(editor.pk)
    )
    assert entry.user == editor
    assert entry.data["devices"] == ["Tablet"]


def test_a_password_only_session_cannot_confirm_either(client, editor, device):
    client.force_login(editor)
    response = client.post(reverse("portal_twofactor:reverify"), {"token": _code(device)})
    assert response["Location"].startswith(reverse("portal_twofactor:verify"))
    assert "twofactor_reverified_at" not in client.session


def test_a_secret_shown_to_one_session_never_becomes_an_app_of_another(client, editor):
    client.force_login(editor)
    first = client.get(reverse("portal_twofactor:setup")).content.decode()
    seen = TOTPDevice.objects.get(user=editor, confirmed=False)
    other = Client()
    other.force_login(editor)
    second = other.get(reverse("portal_twofactor:setup")).content.decode()
    secret = re.compile(r"<code>([A-Z2-7]+)</code>")
    assert secret.search(first).group(1) != secret.search(second).group(1)
    assert not TOTPDevice.objects.filter(pk=seen.pk).exists()


def test_the_owner_lists_and_removes_an_app_after_a_fresh_code(
    client, editor, device, mailoutbox, django_capture_on_commit_callbacks
):
    tablet = TOTPDevice.objects.create(user=editor, name="Tablet", confirmed=True)
    _verified(client, editor, device)
    listing = client.get(reverse("portal_twofactor:devices"))
    assert listing.status_code == 200
    assert "phone" in _text(listing) and "Tablet" in _text(listing)
    account = client.get(reverse("wagtailadmin_account"))
    assert reverse("portal_twofactor:devices") in account.content.decode()

    remove = reverse("portal_twofactor:device_remove", args=[tablet.pk])
    response = client.post(remove)
    assert response["Location"].startswith(reverse("portal_twofactor:reverify"))
    assert TOTPDevice.objects.filter(pk=tablet.pk).exists()
    with time_machine.travel(time.time() + 31, tick=False):
        client.post(reverse("portal_twofactor:reverify"), {"token": _code(device)})
        with django_capture_on_commit_callbacks(execute=True):
            removed = client.post(remove)
        assert removed["Location"] == reverse("portal_twofactor:devices")
    assert not TOTPDevice.objects.filter(pk=tablet.pk).exists()
    assert "“Tablet”" in mailoutbox[-1].body
    removed = ModelLogEntry.objects.filter(action="portal.two_factor.device_removed")
    assert removed.get(object_id=str(editor.pk)).data["devices"] == ["Tablet"]


def test_the_last_app_stays_while_the_policy_requires_one(client, editor, device, settings):
    settings.ADMIN_2FA_REQUIRED = True
    _verified(client, editor, device)
    remove = reverse("portal_twofactor:device_remove", args=[device.pk])
    with time_machine.travel(time.time() + 31, tick=False):
        client.post(reverse("portal_twofactor:reverify"), {"token": _code(device)})
        client.post(remove)
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_an_administrator_removes_the_apps_of_a_lost_phone(
    client, editor, device, mailoutbox, django_capture_on_commit_callbacks
):
    owner = get_user_model().objects.create_user("verloren", "v@example.invalid", "pw")
    owner.user_permissions.add(Permission.objects.get(codename="access_admin"))
    lost = TOTPDevice.objects.create(user=owner, name="Altes Telefon", confirmed=True)
    _verified(client, editor, device)
    users = client.get(reverse("wagtailusers_users:index"))
    assert reverse("portal_twofactor:user_devices", args=[owner.pk]) in users.content.decode()
    listing = client.get(reverse("portal_twofactor:user_devices", args=[owner.pk]))
    assert "Altes Telefon" in _text(listing)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("portal_twofactor:devices_reset", args=[owner.pk]))
    assert not TOTPDevice.objects.filter(pk=lost.pk).exists()
    assert mailoutbox[-1].to == [owner.email]
    assert "zwei" in mailoutbox[-1].body  # who did it
    entry = ModelLogEntry.objects.get(
        action="portal.two_factor.devices_reset", object_id=str(owner.pk)
    )
    assert entry.user == editor


def test_editors_cannot_touch_the_apps_of_others(client, editor, device):
    other = get_user_model().objects.create_user("kollege", "k@example.invalid", "pw")
    other.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(other)
    mine = TOTPDevice.objects.create(user=other, name="Eigenes", confirmed=True)
    client.post(reverse("portal_twofactor:verify"), {"token": _code(mine)})
    assert client.get(reverse("portal_twofactor:user_devices", args=[editor.pk])).status_code == 403
    remove = reverse("portal_twofactor:device_remove", args=[device.pk])
    assert client.post(remove).status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()
