"""Public pages rendered by Django (page cache off) stay within 15 SQL queries in every language.

Measured like production with Redis: the page cache is off, the fragments every page of a
language shares (menu, footer, locale table, site) and Wagtail's renditions come from the
cache, warmed by a first request. The article is the richest page: category, tags, image,
related news and a related archive entry.
"""

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.models import HomePage, StandardPage
from knowledge.models import ArchiveEntryPage
from news.models import NewsIndexPage, NewsPage, NewsPageRelatedArchiveEntry

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "fr", "ar", "en"]
ARCHIVE = "/de/archiv/?q=Marrakesch"
BOUND = 15  # the limit the portal promises for every rendered public page
# What each page needs now, with the route, the language links and the view restrictions
# (and an article's related items) from the shared fragments (a standard page needs no query
# at all); a change that adds queries has to say so here.
QUERIES = {
    "home": 3,
    "standard": 0,
    "news": 2,
    "article": 2,
    # the hidden translation keys come with the fragments too; the search's own statements
    "archive search": 6,
    "site search": 3,
}


@pytest.fixture(autouse=True)
def fragments_cached(settings):
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


def _in(model, code, **filters):
    locale = Locale.objects.get(language_code=code)
    return model.objects.live().filter(locale=locale, **filters).order_by("path").first()


def _translation(page, code):
    return page.get_translation(Locale.objects.get(language_code=code))


def _home(code):
    return _in(HomePage, code, depth=2).url


def _standard(code):
    return _translation(StandardPage.objects.get(slug="ueber-uns"), code).url


def _news_index(code):
    return _in(NewsIndexPage, code).url


@pytest.fixture
def rich_article():
    """The founding article in each language, given an image and a related archive entry."""
    entry = ArchiveEntryPage.objects.live().filter(locale__language_code="de").first()
    image = wagtail_factories.ImageFactory()
    source = NewsPage.objects.get(slug="foerderverein-gegruendet")
    urls = {}
    for code in LANGUAGES:
        article = _translation(source, code)
        NewsPage.objects.filter(pk=article.pk).update(image=image, image_alt="Gründung")
        NewsPageRelatedArchiveEntry.objects.create(page=article, entry=entry)
        urls[code] = article.url
    return urls, entry


def _count(client, url):
    assert client.get(url).status_code == 200  # warms fragments and renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response  # rendered, not served from the page cache
    statements = [query["sql"] for query in queries.captured_queries]
    return len(
        [sql for sql in statements if not sql.startswith(TRANSACTION_CONTROL)]
    ), response.text


# The archive search's transaction (PostgreSQL): BEGIN/COMMIT in production, savepoints inside
# the test's own transaction. Not queries; every statement inside it is counted.
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK")


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize(
    "url_of", [_home, _standard, _news_index], ids=["home", "standard", "news"]
)
def test_pages_stay_within_the_query_bound(client, code, url_of):
    queries, html = _count(client, url_of(code))
    assert f'<html lang="{code}"' in html
    assert queries <= QUERIES[url_of.__name__.strip("_").replace("news_index", "news")] <= BOUND


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_full_article_stays_within_the_query_bound(client, code, rich_article):
    urls, entry = rich_article
    queries, html = _count(client, urls[code])
    assert 'class="block-image news-article__image"' in html
    assert 'id="news-related-heading"' in html
    assert entry.title in html
    assert 'class="news-tags"' in html
    assert queries <= QUERIES["article"] <= BOUND


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_searches_stay_within_the_query_bound(client, code):
    """Group restrictions are decided in one query, not one each; locales come cached."""
    queries, html = _count(client, "/de/archiv/?q=Marrakesch")
    assert 'lang="de"' in html
    assert queries <= QUERIES["archive search"] <= BOUND
    queries, html = _count(client, f"/{code}/search/?q=Marrakesch")
    assert f'<html lang="{code}"' in html
    assert queries <= QUERIES["site search"] <= BOUND


def test_the_home_page_translates_all_call_to_action_targets_at_once(client):
    """Each call-to-action block resolved its target's translation with its own query."""
    html_fr = client.get("/fr/").text
    first = _count(client, "/fr/")[0]
    home = HomePage.objects.get(depth=2, locale__language_code="fr")
    targets = [block.value["page"] for block in home.body if block.block_type == "call_to_action"]
    assert len(targets) >= 2
    other = StandardPage.objects.exclude(pk__in=[page.pk for page in targets]).get(
        locale__language_code="de", slug="impressum"
    )
    home.body.append(("call_to_action", {"label": "Impressum", "page": other}))
    home.save_revision().publish()
    cache.clear()
    more = _count(client, "/fr/")[0]
    assert more == first
    assert html_fr.count('class="block-cta"') == len(targets)
    assert client.get("/fr/").text.count('class="block-cta"') == len(targets) + 1


@pytest.mark.parametrize(
    "url_of", [_home, _standard, _news_index], ids=["home", "standard", "news"]
)
def test_the_shared_fragments_come_in_one_round_trip(client, monkeypatch, url_of):
    from portal.caching import content_version

    url = url_of("fr")
    client.get(url)
    lookups = []
    original = content_version.current_with
    monkeypatch.setattr(
        content_version, "current_with", lambda *keys: lookups.append(keys) or original(*keys)
    )
    client.get(url)
    assert len(lookups) == 1
    shared = {"site", "locales", "root", "menu", "footer", "news-index", "news-filters"}
    shared.add("archive-teaser")  # the home page's newest archive entries
    # ... and what the page at this path needs: its route (below the home page), its
    # language links, the view restrictions and which of them cover it.
    shared |= {"language-links", "page-restrictions", "page-covering", "site-root-paths"}
    shared.add("page-related")  # an article's related items
    if url_of is not _home:
        shared.add("route")
    assert {key.split(":")[2] for key in lookups[0]} == shared


@pytest.mark.parametrize("url", ["/de/archiv/?q=Marrakesch", "/fr/search/?q=Marrakech"])
def test_a_search_fetches_its_shared_fragments_in_one_round_trip_too(client, monkeypatch, url):
    """Everything a search needs besides its own statements (the hidden keys of the public
    rule, the document type names, the locale's home page) comes in the one round trip."""
    from portal.caching import content_version

    client.get(url)
    lookups = []
    original = content_version.current_with
    monkeypatch.setattr(
        content_version, "current_with", lambda *keys: lookups.append(keys) or original(*keys)
    )
    assert client.get(url).status_code == 200
    assert len(lookups) == 1
    names = {key.split(":")[2] for key in lookups[0]}
    assert {"public-hidden-keys", "document-types", "home", "site-root-paths"} <= names


@pytest.mark.parametrize("code", LANGUAGES)
def test_without_redis_every_page_stays_within_the_bound_too(client, settings, code):
    """No shared fragments (a deployment without Redis): every request builds the menu, the
    footer, the routing and the rest itself, and still stays within the bound."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    counts = {url: _count(client, url)[0] for url in _rendered_pages(code)}
    assert max(counts.values()) <= BOUND, counts


@pytest.mark.postgres
def test_without_redis_and_after_a_publish_the_archive_search_stays_within_the_bound(
    client, settings
):
    """On PostgreSQL, where facets and page are one statement (SQLite, the zero-setup
    default, counts facets one query each)."""
    assert _count_after_a_publish(client, ARCHIVE) <= BOUND
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert _count(client, ARCHIVE)[0] <= BOUND


def _rendered_pages(code):
    return [
        _home(code),
        _standard(code),
        _news_index(code),
        _translation(NewsPage.objects.get(slug="foerderverein-gegruendet"), code).url,
        f"/{code}/search/?q=Marrakesch",
    ]


def _count_after_a_publish(client, url):
    """Statements of the first request after a publish, which makes every shared fragment out
    of date (the page's own first request warmed this process's caches)."""
    from portal.caching import content_version

    client.get(url)
    content_version.renew()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    sqls = [query["sql"] for query in queries.captured_queries]
    return len([sql for sql in sqls if not sql.startswith(TRANSACTION_CONTROL)])


@pytest.mark.parametrize("code", LANGUAGES)
def test_right_after_a_publish_every_page_stays_within_the_bound_too(client, code):
    """The first request of each page after a publish rebuilds the fragments it uses."""
    counts = {url: _count_after_a_publish(client, url) for url in _rendered_pages(code)}
    assert max(counts.values()) <= BOUND, counts
