"""The index and the home page run the same number of queries for 5 and for 50 news items."""

import pytest
import wagtail_factories
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.factories import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def _add_news(index, count, category):
    for _ in range(count):
        page = NewsPageFactory(
            parent=index, category=category, image=wagtail_factories.ImageFactory()
        )
        page.tags.add("Marrakesch", "Düsseldorf")


def _queries(client, url):
    assert client.get(url).status_code == 200  # renders missing renditions once
    for cache in caches.all():
        cache.clear()  # renditions must come from the prefetch, not from a warm cache
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert response.text.count('class="news-card__image"') > 0
    return len(queries)


@pytest.mark.parametrize("url_of", [lambda index: index.url, lambda index: "/de/"])
def test_query_count_does_not_grow_with_the_number_of_items(client, demo_index, url_of):
    index = demo_index["de"]
    category = NewsCategoryFactory()
    _add_news(index, 5, category)
    with_five = _queries(client, url_of(index))
    _add_news(index, 45, category)
    with_fifty = _queries(client, url_of(index))
    assert 0 < with_fifty == with_five
