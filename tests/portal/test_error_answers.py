"""What a visitor gets when a request fails: the static page in four languages, allowed by its
own Content-Security-Policy, and 503 with Retry-After while the database is down."""

import base64
import hashlib
import re

import pytest
from django.db import OperationalError, connection

from portal import health

pytestmark = pytest.mark.django_db

REFUSED = "connection failed: connection to server at 127.0.0.1, port 5432: Connection refused"


@pytest.fixture
def database_down(monkeypatch):
    """Every query fails as it does when PostgreSQL does not accept connections."""

    def refuse(*args, **kwargs):
        raise OperationalError(REFUSED)

    monkeypatch.setattr(connection, "cursor", refuse)


@pytest.fixture
def visitor(client):
    client.raise_request_exception = False
    return client


def _style_hashes(html):
    return {
        f"'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'"
        for style in re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    }


def _style_sources(response):
    directives = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    return set(directives["style-src"].split())


def test_pages_answer_503_with_retry_after_while_the_database_is_down(visitor, database_down):
    for url in ("/de/ueber-uns/", "/fr/", "/de/search/?q=Marrakesch", "/sitemap.xml"):
        response = visitor.get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"].isdigit()
        assert "no-store" in response["Cache-Control"]
        html = response.content.decode()
        for marker in ("Serverfehler", 'lang="fr"', 'lang="ar" dir="rtl"', 'lang="en"'):
            assert marker in html


def test_the_static_pages_style_is_allowed_by_its_policy(visitor, database_down):
    response = visitor.get("/de/ueber-uns/")
    hashes = _style_hashes(response.content.decode())
    assert hashes and hashes <= _style_sources(response)
    assert "'unsafe-inline'" not in _style_sources(response)


def test_other_failures_stay_500_with_the_same_page(visitor, monkeypatch):
    from search import site

    def broken(*args, **kwargs):
        raise OperationalError("no such column: nothing")  # a query mistake, database up

    monkeypatch.setattr(site, "search", broken)
    response = visitor.get("/de/search/", {"q": "Marrakesch"})
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Serverfehler" in response.content.decode()
    assert _style_hashes(response.content.decode()) <= _style_sources(response)


def test_healthz_names_the_failing_check(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failing"] == ["database: connection refused"]
    assert body["checks"]["database"]["reason"] == "connection refused"
    assert "127.0.0.1" not in response.content.decode()  # details stay in the log


@pytest.mark.postgres
def test_healthz_reports_a_closed_port(client, monkeypatch):
    import socket

    from django.db.backends.postgresql.base import DatabaseWrapper

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]  # free once the socket is closed
    broken = DatabaseWrapper(
        {**connection.settings_dict, "HOST": "127.0.0.1", "PORT": closed_port}, alias="closed"
    )
    monkeypatch.setattr(health, "connection", broken)
    body = client.get("/healthz").json()
    assert body["failing"] == ["database: connection refused"]
