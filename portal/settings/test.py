"""Test runs: fast hashing, in-memory media and no network."""

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files are not collected for tests; whitenoise would warn about the missing folder.
MIDDLEWARE = [entry for entry in MIDDLEWARE if not entry.startswith("whitenoise.")]  # noqa: F405
# Tests sign in with client.login(), which passes no request; the lockout tests switch it on.
AXES_ENABLED = False
# Tests never reach a real translation service, whatever the developer's environment says;
# the machine-translation tests configure a local fake server themselves.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Whatever the developer's environment says: per-process memory, no page cache and no proxy.
# The cache tests switch them on (tests/portal/test_page_cache.py, test_cache_live.py).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
PROXY_CACHE_SECONDS = 0
WAGTAILFRONTENDCACHE = {}
# The in-memory test database is shared by the tests and the browser tests' server thread: an
# IMMEDIATE transaction there would lock it for the server while a test holds its own. The
# SQLite concurrency test runs its processes on a file with the development settings.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["OPTIONS"].pop("transaction_mode", None)  # noqa: F405
