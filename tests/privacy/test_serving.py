"""Serving: a restriction on any language version of a page restricts all of them.

The rule holds for every page type (privacy/visibility.py), for login, group and password
restrictions, and for aliases; the helper behind it costs a fixed number of queries.
"""

import pytest
from django.test import RequestFactory
from wagtail.models import Page, PageViewRestriction

from news.models import NewsIndexPage
from portal.roles import MITGLIEDER
from privacy.visibility import public_visibility, visibility
from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.knowledge.factories import make_entry
from tests.news.factories import NewsPageFactory
from tests.portal.factories import UserFactory
from tests.privacy.factories import restrict

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_modes")]


def _standard(home):
    return publish(StandardPageFactory(parent=home, title="Vereinsinterna", slug="interna"))


def _news(home):
    index = NewsIndexPage.objects.get(locale=home.locale, slug="aktuelles")
    return publish(NewsPageFactory(parent=index, title="Interne Meldung", slug="intern-meldung"))


def _entry(home):
    return make_entry(title="Internes Protokoll", slug="internes-protokoll")


PAGE_TYPES = {"standard page": _standard, "news item": _news, "archive entry": _entry}


@pytest.fixture(params=PAGE_TYPES)
def german_and_french(request, home):
    german = PAGE_TYPES[request.param](home)
    french = translate_page(german, "fr", title="Version française", slug="version-fr")
    return german, french


def test_restricting_the_original_restricts_its_translation(client, german_and_french):
    german, french = german_and_french
    assert client.get(french.url).status_code == 200
    restrict(german)

    response = client.get(french.url)
    assert response.status_code == 302
    assert response["Location"] == f"/fr/login/?next={french.url}"
    assert "no-store" in response["Cache-Control"]

    client.force_login(UserFactory())
    response = client.get(french.url)
    assert response.status_code == 200
    assert "Version française" in response.text
    assert "private" in response["Cache-Control"]  # never cached for the next visitor


def test_restricting_a_translation_restricts_the_original(client, german_and_french):
    german, french = german_and_french
    restrict(french)
    assert client.get(german.url).status_code == 302


def test_a_restricted_section_restricts_the_translations_of_its_pages(client, home):
    section = publish(StandardPageFactory(parent=home, slug="vorstand"))
    child = publish(StandardPageFactory(parent=section, slug="klausur"))
    french_child = translate_page(child, "fr", slug="seminaire")
    restrict(section)
    assert client.get(french_child.url).status_code == 302


def test_group_restrictions_let_only_the_group_in(client, home):
    german = _standard(home)
    french = translate_page(german, "fr", slug="interne")
    restrict(german, PageViewRestriction.GROUPS, groups=[MITGLIEDER])
    client.force_login(UserFactory())
    assert client.get(french.url).status_code == 302
    client.force_login(UserFactory(groups=[MITGLIEDER]))
    assert client.get(french.url).status_code == 200


def test_a_password_on_the_original_guards_the_translation(client, home):
    german = _standard(home)
    french = translate_page(german, "fr", slug="interne")
    restriction = restrict(german, PageViewRestriction.PASSWORD, password="Granatapfel")

    response = client.get(french.url)
    assert response.status_code == 200
    assert "Version" not in response.text and french.title not in response.text
    action = f"/fr/_util/authenticate_with_password/{restriction.pk}/{german.pk}/"
    assert action in response.text
    assert "no-store" in response["Cache-Control"]

    response = client.post(action, {"password": "Granatapfel", "return_url": french.url})
    assert response.status_code == 302 and response["Location"] == french.url
    response = client.get(french.url)
    assert response.status_code == 200 and french.title in response.text


def test_an_alias_of_a_restricted_page_is_restricted(client, home):
    original = _standard(home)
    alias = original.create_alias(update_slug="interna-kopie")
    assert client.get(alias.url).status_code == 200
    restrict(original)
    assert client.get(alias.url).status_code == 302


def test_public_pages_are_not_affected(client, home):
    german = _standard(home)
    other = publish(StandardPageFactory(parent=home, slug="offen"))
    translate_page(german, "fr", slug="interne")
    restrict(german)
    response = client.get(other.url)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def _request(user=None):
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.sessions.backends.db import SessionStore

    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()
    request.session = SessionStore()
    return request


def test_the_rule_costs_the_same_few_queries_however_many_restrictions(
    home, fragment_modes, django_assert_num_queries
):
    member = UserFactory(groups=[MITGLIEDER])
    for number in range(6):
        page = publish(StandardPageFactory(parent=home, slug=f"bereich-{number}"))
        kind = [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS][number % 2]
        restrict(page, kind, groups=[MITGLIEDER])
    page = Page.objects.get(slug="bereich-5")

    shared = fragment_modes == "fragments on"
    # restrictions (with those covering the page), their groups, the member's groups, whether
    # the member needs a second factor (portal.twofactor.policy); shared, both are kept for
    # the next requests
    with django_assert_num_queries(4):
        seen = visibility(_request(member))
        assert seen.blocking_restriction(page) is None
        assert seen.failed_paths == ()
    anonymous = visibility(_request())
    # the restrictions, with those covering a language version of the page (shared: both
    # come from the cache)
    with django_assert_num_queries(0 if shared else 1):
        assert anonymous.blocking_restriction(page).page.pk == page.pk
    # the list alone: for an anonymous visitor the restrictions are a subquery of it
    with django_assert_num_queries(1):
        titles = list(public_visibility().listed(Page.objects.child_of(home)).values("slug"))
    assert {"slug": "bereich-1"} not in titles and {"slug": "ueber-uns"} in titles


def test_the_visibility_of_a_request_is_computed_once(home, django_assert_num_queries):
    restrict(_standard(home))
    request = _request()
    assert visibility(request) is visibility(request)
    assert visibility(request).failed_paths
    with django_assert_num_queries(0):
        assert len(visibility(request).failed_paths) >= 1


def test_drafts_are_never_listed(home):
    draft = StandardPageFactory(parent=home, slug="entwurf", live=False)
    assert not public_visibility().listed().filter(pk=draft.pk).exists()
    assert not visibility(_request()).may_see(draft)


def test_the_menu_leaves_out_translations_of_restricted_pages(client, home):
    german = publish(StandardPageFactory(parent=home, slug="intern", show_in_menus=True))
    translate_page(german, "fr", title="Espace interne", slug="interne", show_in_menus=True)
    assert "Espace interne" in client.get("/fr/").text
    restrict(german)
    assert "Espace interne" not in client.get("/fr/").text


def test_every_page_type_lets_wagtail_reuse_the_rules_answer():
    from wagtail.models import get_page_models

    from privacy.visibility import PrivacyCheckedPage

    assert all(issubclass(model, PrivacyCheckedPage) for model in get_page_models()[1:])


def test_serving_a_public_page_asks_for_no_restriction_twice(client, home, fragment_modes):
    page = publish(StandardPageFactory(parent=home, slug="offen"))
    client.get(page.url)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    # Statements that load the restrictions (lists decide "under a restriction" inside their
    # own query, which is no second load).
    restriction_queries = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith('SELECT "wagtailcore_pageviewrestriction"')
    ]
    # once, or never when the restrictions and those covering the page are shared fragments
    assert len(restriction_queries) == (0 if fragment_modes == "fragments on" else 1)


def test_an_old_path_of_a_restricted_translation_is_not_found(client, home):
    """Changing a translation's slug leaves a redirect from the old path; for a visitor who
    may not see the page it must not lead anywhere (it would name the new slug)."""
    from wagtail.contrib.redirects.models import Redirect

    german = _standard(home)
    french = translate_page(german, "fr", title="Version française", slug="version-fr")
    Redirect.add_redirect("/fr/interna", french)
    assert client.get("/fr/interna/")["Location"] == "/fr/version-fr/"
    restrict(german)

    response = client.get("/fr/interna/")
    assert response.status_code == 404
    assert "version-fr" not in response.text
    assert client.get("/fr/interna/")["Content-Type"] == client.get("/fr/nie-da/")["Content-Type"]
    client.force_login(UserFactory())
    assert client.get("/fr/interna/")["Location"] == "/fr/version-fr/"


def test_an_unpublished_translation_of_a_restricted_page_is_not_found(client, home):
    german = _standard(home)
    french = translate_page(german, "fr", title="Version française", slug="version-fr")
    french.unpublish()
    assert client.get("/fr/version-fr/")["Location"] == german.url
    restrict(german)
    response = client.get("/fr/version-fr/")
    assert response.status_code == 404 and german.slug not in response.text
