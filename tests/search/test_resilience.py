"""Elasticsearch down or hanging: searches fall back, saves are recorded, replay catches up.

The timing bounds here are generous correctness checks of the client timeout (a hanging
cluster would otherwise block for tens of seconds); the figures themselves belong in bench/.
"""

import json
import time
from io import StringIO

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search.models import PendingIndexUpdate
from search.resilient import ResilientElasticsearchBackend
from tests.home.factories import StandardPageFactory, publish
from tests.search.backends import elasticsearch_backends

GENEROUS = 5.0  # seconds; the timeout under test is 1 s


def _database_titles(query):
    backend = get_search_backend("database")
    return sorted(p.title for p in backend.search(query, Page.objects.live()))


def _pending_for(page):
    content_type = ContentType.objects.get_for_model(page, for_concrete_model=True)
    return PendingIndexUpdate.objects.filter(content_type=content_type, object_id=str(page.pk))


@pytest.mark.django_db
@pytest.mark.parametrize("cluster", ["es_down", "es_hanging"])
def test_search_falls_back_to_the_database_backend(cluster, request):
    request.getfixturevalue(cluster)
    backend = get_search_backend()
    assert isinstance(backend, ResilientElasticsearchBackend)

    started = time.monotonic()
    results = Page.objects.live().search("Marrakesch")
    titles = sorted(p.title for p in results)
    count = results.count()
    elapsed = time.monotonic() - started

    assert titles, "the demo content mentions Marrakesch"
    assert titles == _database_titles("Marrakesch")
    assert count == len(titles)
    assert elapsed < GENEROUS


@pytest.mark.django_db
@pytest.mark.parametrize("cluster", ["es_down", "es_hanging"])
def test_admin_search_answers_200_while_elasticsearch_is_unavailable(
    cluster, request, admin_client
):
    request.getfixturevalue(cluster)
    started = time.monotonic()
    response = admin_client.get(reverse("wagtailadmin_pages:search"), {"q": "Marrakesch"})
    elapsed = time.monotonic() - started

    assert response.status_code == 200
    assert "Marrakesch" in response.content.decode()
    assert elapsed < GENEROUS


@pytest.mark.django_db
def test_fallback_keeps_slicing_and_scores(es_down):
    everything = list(Page.objects.live().search("Marrakesch"))
    second = list(Page.objects.live().search("Marrakesch")[1:2])
    assert second == everything[1:2]


@pytest.mark.django_db
@pytest.mark.parametrize("cluster", ["es_down", "es_hanging"])
def test_saves_are_recorded_and_not_blocked_after_the_first_failure(cluster, request, home):
    request.getfixturevalue(cluster)

    started = time.monotonic()
    first = publish(StandardPageFactory(parent=home, title="Rundbrief Frühjahr"))
    first_elapsed = time.monotonic() - started

    started = time.monotonic()
    second = publish(StandardPageFactory(parent=home, title="Rundbrief Sommer"))
    second_elapsed = time.monotonic() - started

    assert _pending_for(first).exists()
    assert _pending_for(second).exists()
    assert first_elapsed < GENEROUS
    # The breaker is open now: the second save does not wait for Elasticsearch at all.
    assert second_elapsed < 1.0
    # The database backend, kept as the second backend, has the pages already.
    assert "Rundbrief Sommer" in _database_titles("Rundbrief")


@pytest.mark.django_db
def test_deletion_is_recorded_too(es_down, home):
    page = StandardPageFactory(parent=home, title="Kurzlebig")
    pk = page.pk
    page.delete()
    content_type = ContentType.objects.get_for_model(StandardPage)
    assert PendingIndexUpdate.objects.filter(content_type=content_type, object_id=str(pk)).exists()


@pytest.mark.django_db
def test_replay_writes_recorded_updates_once_elasticsearch_is_back(
    settings, es_down, fake_es, home
):
    kept = publish(StandardPageFactory(parent=home, title="Bleibt"))
    gone = StandardPageFactory(parent=home, title="Verschwindet")
    gone_pk = gone.pk
    gone.delete()
    assert PendingIndexUpdate.objects.count() >= 2

    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(fake_es.url)
    call_command("replay_search_updates", stdout=StringIO())

    assert not PendingIndexUpdate.objects.exists()
    writes = {(m, p.split("?")[0]) for m, p, _ in fake_es.requests}
    assert ("PUT", f"/test_wagtailcore_page/_doc/{kept.pk}") in writes
    assert ("DELETE", f"/test_wagtailcore_page/_doc/{gone_pk}") in writes
    document = next(
        json.loads(body)
        for m, p, body in fake_es.requests
        if m == "PUT" and p.startswith(f"/test_wagtailcore_page/_doc/{kept.pk}")
    )
    assert document["title"] == "Bleibt"


@pytest.mark.django_db
def test_replay_keeps_updates_while_elasticsearch_is_still_down(es_down, home):
    publish(StandardPageFactory(parent=home, title="Wartet"))
    before = PendingIndexUpdate.objects.count()
    with translation.override("en"), pytest.raises(CommandError, match="still unavailable"):
        call_command("replay_search_updates", stdout=StringIO())
    assert PendingIndexUpdate.objects.count() == before
    assert PendingIndexUpdate.objects.filter(attempts=1).exists()


@pytest.mark.django_db
def test_next_successful_update_replays_the_backlog(settings, es_down, fake_es, home):
    waiting = publish(StandardPageFactory(parent=home, title="Nachzügler"))
    assert _pending_for(waiting).exists()

    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(fake_es.url)
    publish(StandardPageFactory(parent=home, title="Weckt auf"))

    assert not PendingIndexUpdate.objects.exists()
    paths = [p for _, p, _ in fake_es.requests]
    assert any(p.startswith(f"/test_wagtailcore_page/_doc/{waiting.pk}") for p in paths)


def test_replay_without_elasticsearch_says_so(db):
    out = StringIO()
    with translation.override("en"):
        call_command("replay_search_updates", stdout=out)
    assert "No Elasticsearch backend" in out.getvalue()


def test_replay_rejects_a_negative_interval(db, es_down):

    with translation.override("en"), pytest.raises(CommandError, match="positive"):
        call_command("replay_search_updates", every=-1)


@pytest.mark.django_db
def test_the_elasticsearch_query_carries_no_quotes_or_control_characters(settings):
    """Built without a server: the request body the backend would send for hostile text."""
    from knowledge.search.elastic import search_request
    from search.querytext import MAX_WORDS

    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends("http://127.0.0.1:9")
    backend = get_search_backend()
    _index, body = search_request(backend, 'Marrakesch" a\x00b' + " wort" * 1000)
    text = json.dumps(body["query"])
    assert '\\"' not in text and "\\u0000" not in text
    assert "Marrakesch a b" in text and "wort " * MAX_WORDS not in text
