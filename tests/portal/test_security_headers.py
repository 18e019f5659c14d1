import os
import re
import subprocess
import sys

import pytest
from django.urls import reverse


@pytest.fixture
def public_response(client, db):
    return client.get("/de/")


def test_public_pages_allow_only_our_own_origin(public_response):
    assert public_response.status_code == 200
    policy = public_response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self';" in policy
    assert "style-src 'self';" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_public_pages_send_the_other_security_headers(public_response):
    assert public_response["X-Frame-Options"] == "DENY"
    assert public_response["X-Content-Type-Options"] == "nosniff"
    assert public_response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert public_response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in public_response["Permissions-Policy"]
    assert "geolocation=()" in public_response["Permissions-Policy"]


def test_public_pages_contain_no_inline_script_or_style(public_response):
    html = public_response.content.decode()
    # Scripts only from our own files (src=...), never inline; no inline styles at all.
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all(re.search(r'\bsrc="/static/', tag) for tag in scripts), scripts
    assert "<script>" not in html
    assert "style=" not in html and "<style" not in html


def test_admin_gets_a_relaxed_policy_and_still_loads(admin_client):
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert response["X-Frame-Options"] == "DENY"
    # Everything the admin page loads comes from our origin (no Gravatar, no CDN).
    html = response.content.decode()
    assert 'src="http' not in html
    assert 'href="http' not in html.replace('href="http://testserver', "").split("<body")[0]


def test_admin_editor_loads(admin_client, home):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert response.status_code == 200
    assert "unsafe-inline" in response["Content-Security-Policy"]
    assert 'src="http' not in response.content.decode()


def test_admin_preview_can_be_framed_by_the_admin(admin_client, home):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[home.pk])
    response = admin_client.get(url)
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_rendered_preview_keeps_the_public_policy_but_may_be_framed_by_the_admin(home, rf):
    # Wagtail renders a preview through the whole middleware stack, with the page's own path.
    response = home.make_preview_request()
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "unsafe-inline" not in policy


def test_hsts_is_sent_over_https_when_configured(client, settings, db):
    settings.SECURE_HSTS_SECONDS = 600
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = False
    response = client.get("/de/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=600"


@pytest.mark.parametrize(("value", "expected"), [(None, "31536000"), ("3600", "3600")])
def test_hsts_duration_comes_from_the_environment(value, expected):
    env = dict(os.environ, SECRET_KEY="k" * 64)
    env.pop("SECURE_HSTS_SECONDS", None)
    if value:
        env["SECURE_HSTS_SECONDS"] = value
    code = "import portal.settings.production as s; print(s.SECURE_HSTS_SECONDS)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == expected


def test_healthz_is_not_redirected_to_https_in_production():
    env = dict(os.environ, SECRET_KEY="k" * 64)
    code = "import portal.settings.production as s; print(s.SECURE_REDIRECT_EXEMPT)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert "healthz" in result.stdout
