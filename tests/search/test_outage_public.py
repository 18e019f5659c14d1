"""Visitors' searches while Elasticsearch is down or hanging, through the public views.

With the production client timeout (2 s): the site search and the archive search answer 200
with results from the database within 3 s, for a closed port and for a listener that accepts
connections and never answers; after the first failure the breaker spares later visitors
the wait.
"""

import time

import pytest
from django.core.cache import cache

from tests.search.backends import elasticsearch_backends
from tests.servers import SilentListener, closed_port

pytestmark = pytest.mark.django_db

PRODUCTION_TIMEOUT = 2  # seconds, as in compose.yaml
LIMIT = 3.0  # seconds a visitor may wait at most

SEARCHES = [
    "/de/search/?q=Marrakesch",
    "/fr/search/?q=Marrakech&all=1",
    "/de/archiv/?q=Marrakesch",
]


@pytest.fixture(params=["closed port", "never answers"])
def cluster_down(request, settings):
    listener = None
    if request.param == "closed port":
        url = f"http://127.0.0.1:{closed_port()}"
    else:
        listener = SilentListener()
        url = f"http://127.0.0.1:{listener.port}"
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(url, TIMEOUT=PRODUCTION_TIMEOUT)
    cache.clear()
    yield
    if listener is not None:
        listener.close()


def _timed(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


@pytest.mark.parametrize("url", SEARCHES)
def test_searches_answer_with_results_in_time(client, cluster_down, url):
    first, first_time = _timed(client, url)
    assert first.status_code == 200
    assert 'class="result"' in first.text
    assert first_time < LIMIT

    again, again_time = _timed(client, url + "&page=1")
    assert again.status_code == 200
    # The breaker is open: the next visitor does not wait for the cluster's timeout again.
    assert again_time < PRODUCTION_TIMEOUT
