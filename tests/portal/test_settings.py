import os
import subprocess
import sys

import pytest

PRODUCTION = "import portal.settings.production as s; print(s.DEBUG)"


def _import_production(secret_key):
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    if secret_key is not None:
        env["SECRET_KEY"] = secret_key
    return subprocess.run(
        [sys.executable, "-c", PRODUCTION], env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(
    "secret_key", [None, "", "dev-only-insecure-key-do-not-use-in-production", "short"]
)
def test_production_refuses_a_missing_or_default_secret_key(secret_key):
    result = _import_production(secret_key)
    assert result.returncode != 0
    assert "SECRET_KEY is missing or insecure" in result.stderr


def test_production_starts_with_a_real_secret_key():
    result = _import_production("x" * 64)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_database_url_selects_the_database():
    code = "import portal.settings.dev as s; print(s.DATABASES['default']['ENGINE'])"
    env = dict(os.environ, DATABASE_URL="postgres://u@127.0.0.1:5432/x")
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.stdout.strip() == "django.db.backends.postgresql"


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"PORT": "8105"}, "http://127.0.0.1:8105"),
        ({"HOST": "0.0.0.0", "PORT": "9000"}, "http://0.0.0.0:9000"),
        (
            {"PORT": "8105", "WAGTAILADMIN_BASE_URL": "https://portal.example"},
            "https://portal.example",
        ),
        ({}, "http://127.0.0.1:8000"),
    ],
)
def test_the_admin_address_in_mails_follows_the_served_port(variables, expected):
    code = "import portal.settings.dev as s; print(s.WAGTAILADMIN_BASE_URL)"
    env = {
        k: v for k, v in os.environ.items() if k not in ("HOST", "PORT", "WAGTAILADMIN_BASE_URL")
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env | variables, capture_output=True, text=True
    )
    assert result.stdout.strip() == expected, result.stderr
