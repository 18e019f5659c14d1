"""Members see restricted pages on the site, sign in on the site, and never get admin access."""

import pytest
from django.urls import reverse

from home.models import StandardPage
from portal.roles import MITGLIEDER
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.usefixtures("fragment_modes")

SLUGS = {
    "de": "mitgliederbereich",
    "fr": "espace-membres",
    "ar": "fada-al-aada",
    "en": "members-area",
}


@pytest.fixture
def member(db):
    return UserFactory(username="mitglied1", groups=[MITGLIEDER])


@pytest.mark.parametrize("code", SLUGS)
def test_anonymous_visitors_are_sent_to_the_login(client, db, code):
    page = StandardPage.objects.get(slug=SLUGS[code])
    response = client.get(page.url)
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{code}/login/?next=")
    assert page.intro not in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("code", SLUGS)
def test_members_see_the_members_only_page(client, member, code):
    page = StandardPage.objects.get(slug=SLUGS[code])
    assert page.locale.language_code == code
    client.force_login(member)
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.intro in response.content.decode()


def test_other_signed_in_users_do_not(client, db):
    client.force_login(UserFactory())
    page = StandardPage.objects.get(slug="mitgliederbereich")
    assert client.get(page.url).status_code == 302


def test_members_have_no_admin_access(client, member):
    client.force_login(member)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_login_page_signs_a_member_in_and_back_to_the_page(client, member):
    response = client.get("/de/login/?next=/de/mitgliederbereich/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<label for="id_username">' in html and 'autocomplete="current-password"' in html
    response = client.post(
        "/de/login/?next=/de/mitgliederbereich/",
        {"username": "mitglied1", "password": "secret-demo-pass", "next": "/de/mitgliederbereich/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/de/mitgliederbereich/"


def test_wrong_password_shows_an_error_not_a_crash(client, member):
    response = client.post("/fr/login/", {"username": "mitglied1", "password": "falsch"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html and 'aria-invalid="true"' in html
    assert '<html lang="fr"' in html


def test_an_empty_sign_in_names_the_missing_fields(client, db):
    response = client.post("/en/login/", {"username": "", "password": ""})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('aria-describedby="login-errors"') == 2
    errors = html.split('id="login-errors"')[1].split("</div>")[0]
    assert "User name:" in errors and "Password:" in errors
