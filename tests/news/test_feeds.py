import datetime

import feedparser
import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction

from tests.news.factories import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def _parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(("route", "content_type"), [("rss/", "rss"), ("atom/", "atom")])
def test_feed_parses_with_absolute_links_dates_language_and_summary(
    client, news_index, route, content_type
):
    category = NewsCategoryFactory(name="Verein & Co")
    NewsPageFactory(
        parent=news_index,
        title="Älter <b>fett</b>",
        intro="Zusammenfassung & Details",
        date=datetime.date(2024, 2, 1),
    )
    newer = NewsPageFactory(
        parent=news_index, title="Neuer", category=category, date=datetime.date(2024, 3, 1)
    )
    response, feed = _parse(client, news_index.url + route)
    assert content_type in response["Content-Type"]
    assert feed.feed.language == "de"
    assert feed.feed.link == f"http://testserver{news_index.url}"
    assert [entry.title for entry in feed.entries] == ["Neuer", "Älter <b>fett</b>"]
    newest, older = feed.entries
    assert newest.link == f"http://testserver{newer.url}"
    assert newest.published_parsed[:3] == (2024, 2, 29)  # midnight in Berlin, UTC day before
    # The summary is HTML (readers render it so): the lead's "&" arrives escaped, as text.
    assert older.summary_detail.type == "text/html"
    assert older.summary == "Zusammenfassung &amp; Details"
    assert [tag.term for tag in newest.tags] == ["Verein & Co"]


def test_feed_contains_only_live_public_items_of_its_locale(client, demo_index, locales):
    index = demo_index["de"]
    NewsPageFactory(parent=index, title="Öffentlich")
    NewsPageFactory(parent=index, title="Entwurf", live=False)
    private = NewsPageFactory(parent=index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    NewsPageFactory(parent=demo_index["fr"], title="Français")
    NewsPageFactory(parent=index, title="Alias").copy_for_translation(locales["en"], alias=True)

    for route in ("rss/", "atom/"):
        _response, german = _parse(client, index.url + route)
        titles = {entry.title for entry in german.entries}
        assert "Öffentlich" in titles
        assert "Förderverein Düsseldorf–Marrakesch gegründet" in titles
        assert not titles & {"Entwurf", "Intern", "Français"}

        _response, english = _parse(client, demo_index["en"].url + route)
        titles = {entry.title for entry in english.entries}
        assert english.feed.language == "en"
        assert "Düsseldorf–Marrakesh Support Association founded" in titles
        assert not titles & {"Öffentlich", "Alias", "Français"}
        assert all(entry.link.startswith("http://testserver/en/news/") for entry in english.entries)


def test_feed_of_a_restricted_index_is_not_public(client, news_index):
    NewsPageFactory(parent=news_index, title="Geheim")
    restriction = PageViewRestriction.objects.create(
        page=news_index, restriction_type="password", password="x"
    )
    feed_url = news_index.url + "rss/"
    response = client.get(feed_url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")  # the password form, not a feed
    assert 'name="password"' in response.text
    assert "Geheim" not in response.text

    # With the password, the same URL is the feed: the route exists and is only protected.
    # Items below a restricted index are not public, so feeds leave them out all the same.
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, news_index.pk])
    assert client.post(url, {"password": "x", "return_url": feed_url}).status_code == 302
    response = client.get(feed_url)
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo and feed.feed.title.startswith(news_index.title)
    assert "Geheim" not in response.text


def test_arabic_feed_is_in_arabic(client, demo_index):
    _response, feed = _parse(client, demo_index["ar"].url + "atom/")
    assert feed.feed.language == "ar"
    assert "تأسيس جمعية دوسلدورف–مراكش" in {entry.title for entry in feed.entries}
    assert feed.feed.link == "http://testserver/ar/al-akhbar/"


@pytest.mark.parametrize("language", ["de", "fr", "ar", "en"])
def test_pages_advertise_their_locales_feeds(client, demo_index, language):
    index = demo_index[language]
    article = index.get_children().live().first()
    rss = f'type="application/rss+xml" title="{index.title} (RSS)" href="http://testserver{index.url}rss/"'
    for url in (index.url, article.url, f"/{language}/"):
        assert rss in client.get(url).text, url
