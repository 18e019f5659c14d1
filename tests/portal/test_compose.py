"""compose.yaml and the Dockerfile, checked without a container engine."""

import re
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_stack_has_its_services_and_volumes(compose):
    assert set(compose["services"]) == {"db", "search", "portal", "worker"}
    assert set(compose["volumes"]) == {"pgdata", "esdata", "media"}


def test_portal_runs_gunicorn_with_production_settings(compose):
    portal = compose["services"]["portal"]
    assert portal["command"].startswith("gunicorn portal.wsgi")
    env = portal["environment"]
    assert env["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
    assert "media:/data/media" in portal["volumes"]
    assert portal["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/healthz" in " ".join(portal["healthcheck"]["test"])
    # Published on the loopback only: the TLS proxy in front is the way in.
    assert portal["ports"] == ["127.0.0.1:8000:8000"]


def test_worker_replays_search_updates(compose):
    worker = compose["services"]["worker"]
    assert "replay_search_updates" in worker["command"]
    assert worker["environment"] == compose["services"]["portal"]["environment"]


def test_secrets_have_no_defaults(compose):
    text = (ROOT / "compose.yaml").read_text()
    for name in ("SECRET_KEY", "POSTGRES_PASSWORD", "ELASTIC_PASSWORD", "ALLOWED_HOSTS"):
        uses = re.findall(r"\$\{" + name + r"([^}]*)\}", text)
        assert uses, name
        assert all(use.startswith(":?") for use in uses), (name, uses)


def test_elasticsearch_is_a_secured_single_node(compose):
    search = compose["services"]["search"]
    env = search["environment"]
    assert env["discovery.type"] == "single-node"
    assert env["xpack.security.enabled"] == "true"
    assert "ports" not in search  # reachable on the compose network only
    assert "esdata:/usr/share/elasticsearch/data" in search["volumes"]
    portal_env = compose["services"]["portal"]["environment"]
    assert portal_env["ELASTICSEARCH_URL"].startswith("http://elastic:${ELASTIC_PASSWORD")


def test_postgres_client_matches_the_server(compose):
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "bookworm" in dockerfile and "postgresql-client" in dockerfile
    # Debian bookworm's client is PostgreSQL 15; pg_dump refuses newer servers.
    assert compose["services"]["db"]["image"].startswith("postgres:15")


def test_dockerfile_collects_static_files_and_runs_unprivileged():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "collectstatic" in dockerfile
    assert "USER portal" in dockerfile
    assert "gunicorn" in dockerfile
