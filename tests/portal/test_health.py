import pytest
from django.db import DatabaseError

from portal import health


@pytest.mark.django_db
def test_healthy_without_elasticsearch(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": {"ok": True}}}
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_database_down_answers_503(client, monkeypatch):
    class BrokenCursor:
        def __enter__(self):
            raise DatabaseError("connection refused")

        def __exit__(self, *args):
            return False

    monkeypatch.setattr(health.connection, "cursor", BrokenCursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == {
        "ok": False,
        "error": "DatabaseError",
        "reason": "connection refused",
    }
    assert response.json()["failing"] == ["database: connection refused"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_elasticsearch_up_is_reported(client, settings, fake_es):
    from tests.search.backends import elasticsearch_backends

    settings.WAGTAILSEARCH_BACKENDS = elasticsearch_backends(fake_es.url)
    response = client.get("/healthz")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert checks["search:default"] == {"ok": True, "status": "green"}
    assert checks["search_backlog"] == {"ok": True, "pending": 0}


@pytest.mark.django_db
@pytest.mark.parametrize("cluster", ["es_down", "es_hanging"])
def test_elasticsearch_down_answers_503(client, cluster, request):
    request.getfixturevalue(cluster)
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == {"ok": True}
    assert body["checks"]["search:default"]["ok"] is False
