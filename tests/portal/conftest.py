import pytest

from portal.search import breaker, pending

from .servers import FakeElasticsearch, SilentListener, closed_port


def elasticsearch_backends(url, **extra):
    return {
        "default": {
            "BACKEND": "portal.search.resilient",
            "URLS": [url],
            "INDEX_PREFIX": "test_",
            "TIMEOUT": 1,
            "RETRY_AFTER": 30,
            "FALLBACK": "database",
            **extra,
        },
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }


@pytest.fixture(autouse=True)
def _fresh_breaker():
    breaker.reset()
    pending._set_maybe_pending(True)
    yield
    breaker.reset()


@pytest.fixture
def es_down(settings):
    """Elasticsearch configured on a closed port."""
    url = f"http://127.0.0.1:{closed_port()}"
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(url)
    return url


@pytest.fixture
def es_hanging(settings):
    """Elasticsearch configured on a listener that never answers."""
    listener = SilentListener()
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(f"http://127.0.0.1:{listener.port}")
    yield listener
    listener.close()


@pytest.fixture
def fake_es():
    server = FakeElasticsearch()
    yield server
    server.close()
