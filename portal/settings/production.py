"""Production: refuses to start without a real SECRET_KEY and turns on HTTPS protections."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY, env

KNOWN_INSECURE_KEYS = {"", "dev-only-insecure-key-do-not-use-in-production", "change-me"}
if SECRET_KEY in KNOWN_INSECURE_KEYS or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY is missing or insecure. Set the environment variable SECRET_KEY to a random "
        "value of at least 50 characters, e.g. from "
        "`python -c 'import secrets; print(secrets.token_urlsafe(64))'`."
    )

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    # Preloading binds the domain and all subdomains to HTTPS in browsers for months and is
    # hard to undo, so it is the operator's explicit choice, not a default to be warned about.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Every editor signs in with a second factor in production (set to false only for a trial).
ADMIN_2FA_REQUIRED = env.bool("ADMIN_2FA_REQUIRED", default=True)
# The container health check calls /healthz over plain HTTP inside the host.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
