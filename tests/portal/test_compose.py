"""compose.yaml and the Dockerfile, checked without a container engine.

Debian's docker-compose (v1) validates the file against the Compose schema without a
container engine (`config -q`); bin/test-prerequisites installs it, and CI (REQUIRE_TOOLS)
fails instead of skipping when it is missing.
"""

import ipaddress
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
# Placeholders for the variables compose refuses to start without.
REQUIRED_ENV = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "portal.example.org",
    "WAGTAILADMIN_BASE_URL": "https://portal.example.org",
    "POSTGRES_PASSWORD": "pg-secret",
    "ELASTIC_PASSWORD": "es-secret",
}


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def test_stack_has_its_services_and_volumes(compose):
    assert set(compose["services"]) == {
        "db",
        "search",
        "redis",
        "portal",
        "proxy",
        "tasks",
        "scheduler",
        "search-replay",
    }
    assert set(compose["volumes"]) == {"pgdata", "esdata", "media"}


def _docker_compose():
    binary = shutil.which("docker-compose")
    if binary is None:
        if os.environ.get("REQUIRE_TOOLS"):
            pytest.fail("REQUIRE_TOOLS is set but docker-compose is missing")
        pytest.skip("docker-compose is not installed (apt-get install docker-compose)")
    return binary


def _compose_config(*args, env=REQUIRED_ENV):
    return subprocess.run(
        [_docker_compose(), "-f", str(ROOT / "compose.yaml"), "config", *args],
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_compose_file_is_valid_against_the_compose_schema():
    result = _compose_config("-q")
    assert result.returncode == 0, result.stderr


def test_compose_refuses_to_start_without_its_secrets():
    result = _compose_config("-q", env={})
    assert result.returncode != 0
    assert "in .env" in result.stderr


def test_portal_runs_gunicorn_with_production_settings(compose):
    portal = compose["services"]["portal"]
    assert portal["command"].startswith("gunicorn portal.wsgi")
    env = portal["environment"]
    assert env["DJANGO_SETTINGS_MODULE"] == "portal.settings.production"
    assert "media:/data/media" in portal["volumes"]
    assert portal["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/healthz" in " ".join(portal["healthcheck"]["test"])
    # Behind the caching proxy, never published itself.
    assert "ports" not in portal


@pytest.mark.parametrize(
    ("service", "command"),
    [
        # Wagtail 8 enqueues search and reference index updates, image clean-up and cache
        # purges; the knowledge base enqueues text extraction: all of the queues.
        ("tasks", 'python manage.py db_worker --queue-name "*" --no-reload'),
        # Scheduled publishing and expiry (Wagtail's publish_scheduled) every minute.
        ("scheduler", "python manage.py run_scheduler --interval 60"),
        ("search-replay", "python manage.py replay_search_updates --every 60"),
    ],
)
def test_background_services_run_with_the_portal_settings(compose, service, command):
    worker = compose["services"][service]
    assert worker["command"] == command
    assert worker["environment"] == compose["services"]["portal"]["environment"]
    assert worker["image"] == compose["services"]["portal"]["image"]
    assert "media:/data/media" in worker["volumes"]
    # Nothing overrides the database task queue that db_worker works off.
    assert "TASKS_BACKEND" not in worker["environment"]
    assert "ports" not in worker


def test_every_portal_process_shares_the_redis_cache(compose):
    redis = compose["services"]["redis"]
    assert redis["image"].startswith("redis:7")
    # A cache, not a store: no snapshots, and the oldest entries give way when memory is full.
    assert '--save ""' in redis["command"] and "allkeys-lru" in redis["command"]
    assert "ports" not in redis
    portal = compose["services"]["portal"]
    assert portal["environment"]["REDIS_URL"] == "redis://redis:6379/0"
    assert portal["depends_on"]["redis"]["condition"] == "service_healthy"


def test_only_the_caching_proxy_is_published_on_the_loopback(compose):
    published = {
        name: service["ports"]
        for name, service in compose["services"].items()
        if "ports" in service
    }
    assert published == {"proxy": ["127.0.0.1:8000:80"]}
    assert compose["services"]["proxy"]["depends_on"]["portal"]["condition"] == "service_healthy"


def test_the_proxy_runs_the_committed_varnish_configuration(compose):
    proxy = compose["services"]["proxy"]
    context = ROOT / proxy["build"]
    dockerfile = (context / "Dockerfile").read_text()
    assert "FROM debian:bookworm" in dockerfile and "apt-get install -y varnish" in dockerfile
    assert "COPY default.vcl /etc/varnish/default.vcl" in dockerfile
    assert (context / "default.vcl").is_file()
    # The public side on port 80; purges on 6081, which only the compose network reaches.
    assert '"http=:80,HTTP"' in dockerfile and '"purge=:6081,HTTP"' in dockerfile
    env = compose["services"]["portal"]["environment"]
    assert env["FRONTEND_CACHE_URL"] == "http://proxy:6081"
    assert env["PROXY_CACHE_SECONDS"] == "${PROXY_CACHE_SECONDS:-600}"
    assert env["AXES_PROXY_COUNT"] == "${AXES_PROXY_COUNT:-2}"


def test_the_proxy_backend_keeps_its_address(compose):
    """Varnish resolves "portal" once at start; a recreated portal keeps its fixed address."""
    subnet = compose["networks"]["default"]["ipam"]["config"][0]["subnet"]
    address = compose["services"]["portal"]["networks"]["default"]["ipv4_address"]
    assert ipaddress.ip_address(address) in ipaddress.ip_network(subnet)
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    assert '.host = "portal";' in vcl and '.port = "8000";' in vcl
    assert "--bind 0.0.0.0:8000" in compose["services"]["portal"]["command"]


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
