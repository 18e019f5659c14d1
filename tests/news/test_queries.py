"""The index and the home page run the same number of queries for 5 and for 50 news items."""

import datetime

import pytest
import wagtail_factories
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsIndexPage
from tests.news.factories import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

CARD = 'class="news-card__title"'


def _add_news(index, count, category):
    for _ in range(count):
        page = NewsPageFactory(  # newer than the demo news, so the home page shows them
            parent=index,
            category=category,
            image=wagtail_factories.ImageFactory(),
            date=datetime.date(2030, 1, 1),
        )
        page.tags.add("Marrakesch", "Düsseldorf")


def _render(client, url):
    """(number of queries, number of items shown) for `url`, with cold caches."""
    assert client.get(url).status_code == 200  # renders missing renditions once
    for cache in caches.all():
        cache.clear()  # renditions must come from the prefetch, not from a warm cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.text.count('class="news-card__image"') > 0
    return len(queries), response.text.count(CARD)


def test_index_queries_do_not_grow_from_5_to_50_items_shown(client, news_index, monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "per_page", 60)  # all items on one page
    category = NewsCategoryFactory()
    _add_news(news_index, 5, category)
    with_five, shown = _render(client, news_index.url)
    assert shown == 5
    _add_news(news_index, 45, category)
    with_fifty, shown = _render(client, news_index.url)
    assert shown == 50
    assert 0 < with_fifty == with_five


def test_home_page_queries_do_not_grow_with_the_number_of_items(client, demo_index):
    """The teaser always shows three items; the rows behind it grow from 8 to 53."""
    category = NewsCategoryFactory()
    _add_news(demo_index["de"], 5, category)
    with_five, shown = _render(client, "/de/")
    assert shown == 3
    _add_news(demo_index["de"], 45, category)
    with_fifty, shown = _render(client, "/de/")
    assert shown == 3
    assert 0 < with_fifty == with_five
