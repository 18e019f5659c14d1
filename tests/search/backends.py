"""Search backend settings for tests that point Wagtail at an Elasticsearch URL."""


def elasticsearch_backends(url, **extra):
    return {
        "default": {
            "BACKEND": "search.resilient",
            "URLS": [url],
            "INDEX_PREFIX": "test_",
            "TIMEOUT": 1,
            "RETRY_AFTER": 30,
            "FALLBACK": "database",
            **extra,
        },
        "database": {"BACKEND": "search.database"},
    }
