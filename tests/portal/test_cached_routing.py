"""Page routing through the cached root and section pages answers exactly like Wagtail's."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from tests.home.factories import publish

pytestmark = pytest.mark.django_db

ROUTING = "portal.caching.routing.CachedRouteMiddleware"
ARTICLE = "/de/aktuelles/foerderverein-gegruendet/"
URLS = [
    "/de/",
    "/fr/",
    "/ar/",
    "/de/ueber-uns/",
    "/de/aktuelles/",
    "/en/news/",
    ARTICLE,
    "/fr/actualites/fondation-de-l-association/",
    "/de/aktuelles/rss/",
    "/fr/actualites/atom/",
    "/de/aktuelles/gibt-es-nicht/",
    "/de/gibt-es-nicht/weiter/unten/",
    "/de/aktuelles/foerderverein-gegruendet/weiter/",
]


@pytest.fixture
def fragments(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    yield settings
    cache.clear()


def _without_routing(settings):
    """Wagtail's own routing; a new client, since a client keeps its middleware chain."""
    assert ROUTING in settings.MIDDLEWARE
    settings.MIDDLEWARE = [entry for entry in settings.MIDDLEWARE if entry != ROUTING]
    return Client()


def _answers(client, urls):
    answers = {}
    for url in urls:
        client.get(url)  # warms the fragments
        response = client.get(url)
        answers[url] = (response.status_code, response.get("Location"), response.content)
    return answers


@pytest.mark.parametrize("seconds", [600, 0], ids=["fragments on", "fragments off"])
def test_every_answer_is_the_one_wagtail_gives(client, fragments, seconds):
    """With the fragment cache, and without it (every step read for the request)."""
    fragments.FRAGMENT_CACHE_SECONDS = seconds
    cached = _answers(client, URLS)
    wagtail_client = _without_routing(fragments)
    cache.clear()
    assert _answers(wagtail_client, URLS) == cached
    assert [cached[url][0] for url in URLS] == [200] * 10 + [404] * 3


def test_without_the_fragment_cache_the_routing_still_saves_queries(client, fragments):
    """The root's translation in one query (Wagtail: the active Locale, the translation and
    its specific page), the news index and the article as Wagtail reads them."""
    fragments.FRAGMENT_CACHE_SECONDS = 0
    ours = _queries(client, "/fr/actualites/fondation-de-l-association/")
    wagtail = _queries(_without_routing(fragments), "/fr/actualites/fondation-de-l-association/")
    assert wagtail - ours == 2


@pytest.mark.parametrize("seconds", [600, 0], ids=["fragments on", "fragments off"])
def test_a_root_translation_that_is_not_live_routes_as_wagtail_does(client, fragments, seconds):
    """As Wagtail's ``Page.localized``: a translation of the root counts only when live."""
    fragments.FRAGMENT_CACHE_SECONDS = seconds
    HomePage.objects.get(depth=2, locale__language_code="fr").unpublish()
    urls = ["/fr/", "/fr/a-propos/", "/de/"]
    cached = _answers(client, urls)
    wagtail_client = _without_routing(fragments)
    cache.clear()
    assert _answers(wagtail_client, urls) == cached


def _queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_root_and_the_news_index_cost_no_query_on_the_way_to_an_article(client, fragments):
    cached = _queries(client, ARTICLE)
    wagtail_client = _without_routing(fragments)
    cache.clear()
    # Wagtail: the active locale and the root's specific page (the site comes with its root
    # page), then the index and its specific page; the article (two queries) is read anyway.
    assert _queries(wagtail_client, ARTICLE) - cached == 4


def test_published_changes_reach_the_cached_route(client, fragments):
    _answers(client, ["/fr/", "/de/aktuelles/", ARTICLE])

    french_home = HomePage.objects.get(depth=2, locale__language_code="fr")
    french_home.title = "Accueil renouvelé"
    publish(french_home)
    assert "Accueil renouvelé" in client.get("/fr/").text

    index = NewsIndexPage.objects.get(locale__language_code="de", alias_of__isnull=True)
    index.slug = "neuigkeiten"
    publish(index)
    assert client.get(ARTICLE).status_code == 404
    assert client.get("/de/neuigkeiten/foerderverein-gegruendet/").status_code == 200

    article = NewsPage.objects.get(slug="foerderverein-gegruendet", locale__language_code="de")
    article.unpublish()
    assert client.get("/de/neuigkeiten/foerderverein-gegruendet/").status_code == 404


def test_a_page_below_the_home_page_comes_from_the_cache_and_follows_changes(client, fragments):
    """The page being shown is cached too when its parent routes plainly (the home page)."""
    cached = _queries(client, "/de/archiv/")
    url = "/de/ueber-uns/"
    client.get(url)
    page = StandardPage.objects.get(slug="ueber-uns", locale__language_code="de")
    page.title = "Wer wir sind"
    publish(page)
    assert "Wer wir sind" in client.get(url).text
    page.unpublish()
    assert client.get(url).status_code == 404
    # Wagtail: the active locale and the root's specific page, then the archive page and its
    # specific page; all four come from the cache.
    assert _queries(_without_routing(fragments), "/de/archiv/") - cached == 4


def test_a_child_of_an_unexpected_type_is_still_found(client):
    """A news index holds news only, but a page made before that rule is still served."""
    index = NewsIndexPage.objects.get(locale__language_code="de", alias_of__isnull=True)
    stray = StandardPage(title="Altbestand", slug="altbestand", intro="Früher angelegt")
    index.add_child(instance=stray)
    assert client.get("/de/aktuelles/altbestand/").status_code == 200
    assert client.get("/de/aktuelles/rss/").status_code == 200  # the index's own routes first


def test_a_news_item_is_read_in_one_query(client, django_assert_num_queries):
    from wagtail.models import Page

    index = NewsIndexPage.objects.get(locale__language_code="de", alias_of__isnull=True)
    request = RequestFactory().get(ARTICLE)
    with django_assert_num_queries(1):
        found = index.route(request, ["foerderverein-gegruendet"]).page
        assert found.category is not None  # read with it (NewsPage.routed_with)
    assert type(found) is NewsPage
    assert found.get_parent() is index  # no query: Wagtail's cached parent
    with django_assert_num_queries(2):  # Wagtail's own: the page, then its specific page
        Page.route(index, request, ["foerderverein-gegruendet"])
