"""The page cache: anonymous visitors get stored pages, nobody else does, and changes show."""

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction, Site

from home.models import Footer, HomePage, StandardPage
from portal.caching import content_version
from portal.roles import MITGLIEDER
from tests.home.factories import StandardPageFactory, publish
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "/de/",
    "/fr/",
    "/de/ueber-uns/",
    "/ar/man-nahnu/",
    "/de/aktuelles/",
    "/en/news/",
    "/de/aktuelles/foerderverein-gegruendet/",
    "/fr/actualites/fondation-de-l-association/",
    "/de/archiv/?q=Marrakesch",
]


@pytest.fixture(autouse=True)
def page_cache(settings):
    """The production settings with Redis: page cache and shared fragments on."""
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600
    settings.PROXY_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def hit(response):
    return response.get("X-Page-Cache") == "hit"


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_the_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, url, django_assert_num_queries
):
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"

    with django_assert_num_queries(0):
        second = client.get(url)

    assert hit(second)
    assert second.status_code == 200
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    # The security headers are added to every answer, cached or not.
    assert "Content-Security-Policy" in second


def test_public_pages_may_be_kept_by_the_proxy(client):
    response = client.get("/de/ueber-uns/")
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=0", "s-maxage=300"}


def test_head_requests_are_answered_from_the_cache(client):
    client.get("/de/")
    assert hit(client.head("/de/"))


def test_german_and_french_pages_are_separate_entries(client):
    german, french = client.get("/de/"), client.get("/fr/")
    assert german.content != french.content
    assert '<html lang="fr"' in client.get("/fr/").content.decode()
    assert '<html lang="de"' in client.get("/de/").content.decode()


def test_publishing_a_change_replaces_the_cached_page(client):
    page = StandardPage.objects.get(slug="ueber-uns")
    client.get(page.url)
    page.title = "Wer wir sind"
    publish(page)

    response = client.get(page.url)
    assert not hit(response)
    assert "<h1>Wer wir sind</h1>" in response.content.decode()


def test_publishing_in_one_language_updates_the_other_languages_pages(client):
    """The French page's language switcher and hreflang link to the German page's URL."""
    french = client.get("/fr/a-propos/").content.decode()
    assert 'href="/de/ueber-uns/"' in french
    german = StandardPage.objects.get(slug="ueber-uns")
    german.slug = "wir"
    publish(german)

    french = client.get("/fr/a-propos/").content.decode()
    assert 'href="/de/wir/"' in french
    assert 'href="/de/ueber-uns/"' not in french


def test_a_new_page_appears_in_the_cached_menus(client, home):
    assert "Partnerstädte" not in client.get("/de/aktuelles/").content.decode()
    publish(StandardPageFactory(parent=home, title="Partnerstädte", show_in_menus=True))
    assert "Partnerstädte" in client.get("/de/aktuelles/").content.decode()


def test_unpublishing_removes_the_page_and_its_menu_entry(client):
    page = StandardPage.objects.get(slug="ueber-uns")
    assert client.get(page.url).status_code == 200
    assert page.url in client.get("/de/").content.decode()

    page.unpublish()

    assert client.get("/de/ueber-uns/").status_code == 404
    assert 'href="/de/ueber-uns/"' not in client.get("/de/").content.decode()


def test_deleting_and_moving_pages_replace_cached_pages(client, home):
    parent = StandardPageFactory(parent=home, title="Projektwerkstatt", show_in_menus=True)
    child = StandardPageFactory(parent=parent, title="Schulpartnerschaft")
    assert client.get(child.url).status_code == 200

    child.move(home, pos="last-child")
    old = client.get("/de/projektwerkstatt/schulpartnerschaft/")
    assert old.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert old["Location"] == "/de/schulpartnerschaft/"
    assert client.get("/de/schulpartnerschaft/").status_code == 200

    assert "Projektwerkstatt" in client.get("/de/").content.decode()
    parent.delete()
    assert "Projektwerkstatt" not in client.get("/de/").content.decode()


def test_saving_a_snippet_replaces_cached_pages(client):
    client.get("/de/")
    footer = Footer.objects.get(locale__language_code="de")
    footer.tagline = "Brücken zwischen Rhein und Atlas"
    footer.save()
    assert "Brücken zwischen Rhein und Atlas" in client.get("/de/").content.decode()


def test_a_new_site_is_taken_from_the_cache_only_until_it_changes(client):
    """Wagtail's site lookup is answered from the cache; saving a site renews it."""
    assert "<h1>Über uns</h1>" not in client.get("/de/").text
    about = StandardPage.objects.get(slug="ueber-uns")
    Site.objects.create(hostname="testserver", port=80, root_page=about)
    assert "<h1>Über uns</h1>" in client.get("/de/").text


def test_a_new_content_version_makes_every_entry_stale(client):
    client.get("/de/")
    assert hit(client.get("/de/"))
    content_version.renew()
    assert not hit(client.get("/de/"))


def test_changes_committed_while_a_page_was_rendered_do_not_stay_cached(
    client, django_capture_on_commit_callbacks
):
    """A page rendered between the change and its commit may show the old data; the version
    is renewed again at commit, so that page is not served afterwards."""
    page = StandardPage.objects.get(slug="ueber-uns")
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Über den Verein"
        publish(page)
        client.get(page.url)  # stored while the change is not committed yet
        assert hit(client.get(page.url))
    assert not hit(client.get(page.url))


def test_editors_never_get_or_fill_the_cache(client, admin_client):
    anonymous = client.get("/de/")
    for _ in range(2):
        response = admin_client.get("/de/")
        assert "X-Page-Cache" not in response
        assert response.content != anonymous.content  # the editor sees the user bar
        assert "Cache-Control" not in response or "public" not in response["Cache-Control"]
    cache.clear()
    admin_client.get("/de/ueber-uns/")
    assert client.get("/de/ueber-uns/")["X-Page-Cache"] == "miss"


def test_a_members_page_is_never_cached_for_anyone(client):
    member = UserFactory(groups=[MITGLIEDER])
    page = StandardPage.objects.get(slug="mitgliederbereich")
    client.force_login(member)
    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()

    response = client.get(page.url)
    assert response.status_code == 302
    assert page.intro not in response.content.decode()


def test_members_do_not_get_pages_cached_for_anonymous_visitors(client):
    client.get("/de/")
    client.force_login(UserFactory(groups=[MITGLIEDER]))
    assert "X-Page-Cache" not in client.get("/de/")


def test_password_protected_pages_are_not_cached(client, home):
    page = StandardPageFactory(parent=home, title="Vorstand intern")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for _ in range(2):
        response = client.get(page.url)
        assert response.status_code == 200  # the password form
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]


def test_adding_a_view_restriction_takes_the_cached_page_away(client):
    page = StandardPage.objects.get(slug="ueber-uns")
    client.get(page.url)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302


def test_previews_are_neither_served_nor_stored(client):
    home = HomePage.objects.get(depth=2, locale__language_code="de")
    # The host Wagtail's preview request claims to come from.
    host = urlsplit(home.full_url).netloc
    live = client.get("/de/", headers={"host": host}).content.decode()
    assert hit(client.get("/de/", headers={"host": host}))
    home.title = "Entwurf der Startseite"
    home.save_revision()  # a draft, not published

    preview = home.make_preview_request()
    assert "Entwurf der Startseite" in preview.content.decode()
    assert client.get("/de/", headers={"host": host}).content.decode() == live


@pytest.mark.parametrize(
    "url",
    ["/healthz", "/de/search/?q=Marrakesch", "/de/login/", "/admin/login/", "/api/v2/pages/"],
)
def test_personal_and_machine_answers_are_not_cached(client, url):
    client.get(url)
    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_the_page_cache_can_be_switched_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get("/de/")
    response = client.get("/de/")
    assert "X-Page-Cache" not in response
    assert "s-maxage=300" in response["Cache-Control"]
