"""Against a real cluster: only when ELASTICSEARCH_URL is set (e.g. the compose stack's)."""

import os
import uuid
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.search.backends import elasticsearch_backends

URL = os.environ.get("ELASTICSEARCH_URL", "")
pytestmark = pytest.mark.skipif(not URL, reason="needs ELASTICSEARCH_URL")


@pytest.fixture
def live_backend(settings, db):
    prefix = f"test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(URL, INDEX_PREFIX=prefix, TIMEOUT=10)
    out = StringIO()
    call_command("update_index", backend_name="default", stdout=out)
    backend = get_search_backend()
    yield backend, out.getvalue()
    backend.es.indices.delete(index=f"{prefix}*")


def test_update_index_reports_progress_per_model(live_backend):
    _, output = live_backend
    assert "default: home.StandardPage" in output
    assert "indexed" in output


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("de", "Partnerschaften", "Partnerschaft"),
        ("fr", "partenariats", "partenariat"),
        ("en", "partnerships", "partnership"),
        ("de", "Dusseldorf", "Düsseldorf"),
    ],
)
def test_language_analysis_finds_stems_and_unaccented_words(
    live_backend, language, query, expected
):
    backend, _ = live_backend
    with translation.override(language):
        results = list(
            backend.search(query, Page.objects.live().filter(locale__language_code=language))
        )
    assert results
