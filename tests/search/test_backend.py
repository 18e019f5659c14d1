"""ELASTICSEARCH_URL selects our Elasticsearch backend, with language analysis; no server needed."""

import os
import subprocess
import sys

import pytest
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search.analysis import LANGUAGE_ANALYZERS
from search.resilient import ResilientElasticsearchBackend
from tests.search.backends import elasticsearch_backends

SHOW_BACKENDS = (
    "import json, portal.settings.production as s; "
    "print(json.dumps(s.WAGTAILSEARCH_BACKENDS, default=str))"
)


def _settings_with(**env):
    environment = {k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"}
    environment.update(SECRET_KEY="k" * 64, **env)
    result = subprocess.run(
        [sys.executable, "-c", SHOW_BACKENDS],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    import json

    return json.loads(result.stdout)


def test_without_elasticsearch_url_the_database_backend_is_used():
    backends = _settings_with()
    assert backends == {"default": {"BACKEND": "search.database"}}


def test_elasticsearch_url_selects_the_resilient_backend_with_a_database_second():
    backends = _settings_with(
        ELASTICSEARCH_URL="https://search.example.invalid:9200", ELASTICSEARCH_TIMEOUT="1.5"
    )
    assert backends["default"]["BACKEND"] == "search.resilient"
    assert backends["default"]["URLS"] == ["https://search.example.invalid:9200"]
    assert backends["default"]["TIMEOUT"] == 1.5
    assert backends["database"] == {"BACKEND": "search.database"}


@pytest.fixture
def backend(settings):
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends("http://127.0.0.1:9")
    return get_search_backend()


def test_client_uses_a_short_timeout_and_does_not_retry_timeouts(backend):
    assert isinstance(backend, ResilientElasticsearchBackend)
    assert backend.es._request_timeout == 1
    assert backend.es.transport.retry_on_timeout is False


def test_index_settings_define_an_analyzer_per_language(backend):
    analyzers = backend.settings["settings"]["analysis"]["analyzer"]
    for name in LANGUAGE_ANALYZERS.values():
        assert name in analyzers
    assert "german_normalization" in analyzers["portal_german"]["filter"]
    assert "portal_french_elision" in analyzers["portal_french"]["filter"]
    assert "arabic_normalization" in analyzers["portal_arabic"]["filter"]
    # Wagtail's own autocomplete analyzers are kept.
    assert "edgengram_analyzer" in analyzers
    # Plain fields fold case and accents in every language.
    assert "asciifolding" in analyzers["default"]["filter"]


@pytest.mark.parametrize("model", [StandardPage, Document, Image])
def test_text_fields_get_a_sub_field_per_language(backend, model):
    properties = backend.mapping_class(model).get_mapping()["properties"]
    all_text = properties["_all_text"]
    assert all_text["type"] == "text"
    assert {code: sub["analyzer"] for code, sub in all_text["fields"].items()} == (
        LANGUAGE_ANALYZERS
    )
    assert "fields" in properties["title"]
    # Autocomplete keeps its own n-gram analysis.
    assert "fields" not in properties["_edgengrams"]


@pytest.mark.parametrize("language", ["de", "fr", "ar", "en"])
def test_queries_search_the_sub_field_of_the_visitors_language(backend, language):
    with translation.override(language):
        query = backend.search("Partnerschaften", Page.objects.live()).query_compiler.get_query()
    fields = query["bool"]["must"]["multi_match"]["fields"]
    assert "_all_text" in fields
    assert f"_all_text.{language}" in fields
    others = set(LANGUAGE_ANALYZERS) - {language}
    assert not any(field.endswith(f".{other}") for field in fields for other in others)


def test_explicit_fields_get_their_language_sub_field(backend):
    with translation.override("fr"):
        query = backend.search(
            "déclaration", Page.objects.live(), fields=["title"]
        ).query_compiler.get_query()
    assert query["bool"]["must"]["multi_match"]["fields"] == ["title^2", "title.fr^2"]
