"""A password-only session of an account that needs a second factor counts as anonymous.

An editor with an authenticator app (or any account the 2FA policy requires to have one)
who signed in with the password alone must not read members-only pages, private documents,
archive or site search results, until the session is verified with a code.
"""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.documents import get_document_model

from home.models import StandardPage
from portal.roles import MITGLIEDER
from tests.home.factories import StandardPageFactory, publish
from tests.knowledge.factories import make_entry
from tests.portal.factories import UserFactory
from tests.privacy.factories import media_on_disk, restrict, restricted_collection

__all__ = ["media_on_disk"]

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_modes")]

PASSWORD = "Lange-Passphrase-zum-Testen-2026"
MEMBERS_PAGE = "mitgliederbereich"


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


@pytest.fixture
def editor(db):
    return UserFactory(username="redakteurin", password=PASSWORD, is_superuser=True)


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="Telefon", confirmed=True)


def _password_sign_in(client, user, url="/de/login/"):
    response = client.post(url, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content
    return response


def _verify(client, device, next_url="/admin/"):
    url = reverse("portal_twofactor:verify")
    response = client.post(url, {"token": _code(device), "next": next_url})
    assert response.status_code == 302
    return response


@pytest.mark.parametrize("sign_in", ["/de/login/", "/admin/login/"])
def test_members_only_page_asks_for_the_code_first(client, editor, device, sign_in):
    page = StandardPage.objects.get(slug=MEMBERS_PAGE)
    _password_sign_in(client, editor, sign_in)

    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal_twofactor:verify"))
    assert page.intro not in client.get(page.url, follow=True).content.decode()

    # The code, and the way back leads to the page.
    assert _verify(client, device, page.url)["Location"] == page.url
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.intro in response.content.decode()


def test_group_restricted_page_stays_closed_to_a_password_only_superuser(
    client, editor, device, home
):
    page = publish(StandardPageFactory(parent=home, title="Vorstandsprotokoll", slug="vorstand"))
    restrict(page, kind="groups", groups=[MITGLIEDER])
    _password_sign_in(client, editor)
    assert client.get(page.url).status_code == 302
    _verify(client, device)
    assert client.get(page.url).status_code == 200


def test_private_document_is_not_served_to_a_password_only_session(
    client, editor, device, media_on_disk
):
    document = get_document_model()(title="Kassenbericht", collection=restricted_collection())
    document.file.save("kassenbericht.txt", ContentFile(b"Kassenstand intern"), save=False)
    document.save()
    url = reverse("wagtaildocs_serve", args=[document.pk, document.filename])
    _password_sign_in(client, editor)

    response = client.get(url)
    assert response.status_code == 302
    assert b"Kassenstand" not in b"".join(getattr(response, "streaming_content", [b""]))
    _verify(client, device)
    assert client.get(url).status_code == 200


def test_archive_and_site_search_leave_out_members_only_entries(client, editor, device):
    secret = make_entry(title="Interne Mangoplanung", summary="Mangoplantage intern")
    restrict(secret)
    make_entry(title="Mangoplantage öffentlich", summary="Mangoplantage für alle")
    _password_sign_in(client, editor)

    def titles(url, **params):
        data = client.get(url, {"q": "Mangoplantage", "format": "json", **params}).json()
        return sorted(result["title"] for result in data["results"])

    assert titles("/de/archiv/") == ["Mangoplantage öffentlich"]
    assert "Interne Mangoplanung" not in titles("/de/search/")
    assert "Interne Mangoplanung" not in titles("/de/search/", all="1")
    # Its permalink answers like an unknown one (a hidden entry is not confirmed to exist).
    assert client.get(f"/de/archive/{secret.pk}/").status_code == 404
    api = client.get("/api/v2/pages/", {"search": "Mangoplantage"}).json()
    assert all(item["title"] != "Interne Mangoplanung" for item in api["items"])

    _verify(client, device)
    assert titles("/de/archiv/") == ["Interne Mangoplanung", "Mangoplantage öffentlich"]


def test_members_without_an_app_need_no_code(client, settings):
    settings.ADMIN_2FA_REQUIRED = True
    member = UserFactory(username="mitglied7", password=PASSWORD, groups=[MITGLIEDER])
    page = StandardPage.objects.get(slug=MEMBERS_PAGE)
    _password_sign_in(client, member)
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.intro in response.content.decode()


def test_staff_the_policy_requires_an_app_of_are_sent_to_set_one_up(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = True
    page = StandardPage.objects.get(slug=MEMBERS_PAGE)
    _password_sign_in(client, editor)
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("portal_twofactor:setup"))


def test_without_the_policy_an_editor_without_an_app_is_trusted(client, editor, settings):
    settings.ADMIN_2FA_REQUIRED = False
    page = StandardPage.objects.get(slug=MEMBERS_PAGE)
    _password_sign_in(client, editor)
    assert client.get(page.url).status_code == 200
