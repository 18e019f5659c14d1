"""Settings shared by every environment.

Everything that differs between a laptop and a server is read from the environment
(see README, "Configuration"); the defaults here are the zero-setup development ones.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

from .caching import cache_settings
from .machine_translation import machine_translator_setting
from .release import release_key

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "portal",
    "privacy",
    "search",
    "home",
    "news",
    "translation",
    "knowledge",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cache hit touches neither (portal/caching/pages.py).
    "portal.caching.pages.PageCacheMiddleware",
    "portal.caching.sites.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.PublicLocaleMiddleware",
    # Routes Wagtail's page requests from the cached root page of the language.
    "portal.caching.routing.CachedRouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.twofactor.middleware.AdminTwoFactorMiddleware",
    "portal.throttle.PasswordFormThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Wagtail's redirects, but none to a page the visitor may not see (portal/middleware.py).
    "portal.middleware.PrivateRedirectMiddleware",
    "translation.middleware.UntranslatedPageRedirectMiddleware",
    # Last, as django-axes asks: turns its lockout exception into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # No JIT compilation: the portal's queries are short, and PostgreSQL's cost model starts
    # compiling (30-40 ms each, measured on the archive search at 10,000 entries) as soon as
    # a query scans a larger table, which costs more than the query itself.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("options", "-c jit=off")
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # The embedded default serves requests while `db_worker` writes from another process.
    # WAL lets readers and one writer work at once; IMMEDIATE takes the write lock when a
    # transaction begins, so a transaction that read first never fails to upgrade ("database
    # is locked" at once, whatever the timeout); the timeout is how long to wait for it.
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", env.float("SQLITE_TIMEOUT", default=20))
    DATABASES["default"]["OPTIONS"].setdefault(
        "init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Caches (Redis with REDIS_URL, else per-process memory), the page cache for anonymous
# visitors and the caching proxy in front: portal/settings/caching.py, docs/operations.md "Caching".
vars().update(cache_settings(env, release=release_key(env, BASE_DIR)))

# Sign-in protection (see docs/security.md): django-axes locks a user name *from one IP
# address* after AXES_FAILURE_LIMIT failed attempts, for AXES_COOLOFF_MINUTES (then it lifts by
# itself); the admin asks for a TOTP code (django-otp) from editors who set one up, and from
# everyone when ADMIN_2FA_REQUIRED is on.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Behind a TLS proxy the client's address is in X-Forwarded-For; count the proxies in front.
AXES_IPWARE_PROXY_COUNT = env.int("AXES_PROXY_COUNT", default=0) or None
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if AXES_IPWARE_PROXY_COUNT else ["REMOTE_ADDR"]
)
ADMIN_2FA_PATH = "/admin/"
ADMIN_2FA_REQUIRED = env.bool("ADMIN_2FA_REQUIRED", default=False)
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Portal Düsseldorf-Marrakesch")
# Adding or removing an authenticator app needs a fresh code, entered at most this long before.
TWOFACTOR_REVERIFY_SECONDS = env.int("TWOFACTOR_REVERIFY_SECONDS", default=300)
# Password limits, counted in the database (portal/throttle.py, docs/security.md): wrong
# passwords per address and restriction on protected pages and documents, and per address
# across all user names and restrictions (password spraying).
PASSWORD_FORM_FAILURE_LIMIT = env.int("PASSWORD_FORM_FAILURE_LIMIT", default=10)
PASSWORD_FORM_COOLOFF_SECONDS = env.int("PASSWORD_FORM_COOLOFF_SECONDS", default=900)
SIGN_IN_ADDRESS_FAILURE_LIMIT = env.int("SIGN_IN_ADDRESS_FAILURE_LIMIT", default=20)
SIGN_IN_ADDRESS_COOLOFF_SECONDS = env.int("SIGN_IN_ADDRESS_COOLOFF_SECONDS", default=900)
# Axes' lockout answer: 429 with Retry-After.
AXES_LOCKOUT_CALLABLE = "portal.throttle.axes_lockout"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German is the source language of all content; every locale is served
# under its own prefix (/de/, /fr/, /ar/, /en/).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("fr", _("French")),
    ("ar", _("Arabic")),
    ("en", _("English")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Off unless MT_BACKEND is set (see portal/settings/machine_translation.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(env.ENVIRON)
# locale/upstream corrects upstream German translations (see its header); both come before
# the apps' own catalogs.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "upstream"]
# Dates and numbers follow the active language (Django 5 always localises); portal/formats
# corrects Django's Arabic formats.
FORMAT_MODULE_PATH = ["portal.formats"]
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=str(BASE_DIR / "static_collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))
# Serve image renditions from gunicorn when DEBUG is off (no proxy in front); see portal/urls.py.
SERVE_IMAGE_RENDITIONS = env.bool("SERVE_IMAGE_RENDITIONS", default=True)
# Renditions of images in restricted collections go to MEDIA_ROOT/private_renditions/ and are
# served only through a checked view (privacy/images); the others stay in MEDIA_ROOT/images/.
WAGTAILIMAGES_RENDITION_STORAGE = "privacy.images.storage.RenditionStorage"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Portal Düsseldorf-Marrakesch <portal@localhost>"
)

WAGTAIL_SITE_NAME = "Förderverein Düsseldorf–Marrakesch"
# The admin's address in mails and console messages; by default where `make run` serves
# (HOST and PORT, as the Makefile and bin/serve pass them on).
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL",
    default=f"http://{env.str('HOST', default='127.0.0.1')}:{env.int('PORT', default=8000)}",
)
# The API's absolute links use the request's host, or this public address if set (docs/api.md).
WAGTAILAPI_BASE_URL = env.str("WAGTAILAPI_BASE_URL", default="") or None

# Documents: only these extensions can be uploaded; only PDFs open in the browser, everything
# else downloads ("attachment"), and non-PDF responses are sandboxed (portal/security.py).
# Files are always served through Wagtail's view (privacy checks), never straight from MEDIA.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "html", "png", "jpg", "jpeg", "tif", "tiff"]
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True

# Security headers in every environment (production adds HTTPS and HSTS). The admin gets a
# relaxed Content-Security-Policy, the public site allows only our own origin.
CONTENT_SECURITY_POLICY_ADMIN_PATHS = ["/admin/"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# No requests to other origins from the admin either: no Gravatar, no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Knowledge base (docs/operations.md, "Background extraction"): archive documents carry their
# extracted text; files are always served through Wagtail's permission-checking view, inline
# only for PDFs.
WAGTAILDOCS_DOCUMENT_MODEL = "knowledge.ArchiveDocument"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "knowledge.forms.ArchiveDocumentForm"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
KNOWLEDGE_MAX_UPLOAD_BYTES = env.int("KNOWLEDGE_MAX_UPLOAD_MB", default=50) * 1024 * 1024
KNOWLEDGE_EXTRACTION_TIMEOUT = env.float("KNOWLEDGE_EXTRACTION_TIMEOUT", default=60.0)
# Address-space limit (RLIMIT_AS) of the process that parses one file; 0 switches it off.
KNOWLEDGE_EXTRACTION_MEMORY_MB = env.int("KNOWLEDGE_EXTRACTION_MEMORY_MB", default=1024)
# import_archive refuses dates before this year (a typo such as 0001-01-01); --min-year overrides.
KNOWLEDGE_IMPORT_MIN_YEAR = env.int("KNOWLEDGE_IMPORT_MIN_YEAR", default=1900)
# OCR of scanned pages with Tesseract (docs/operations.md): in the background worker only, at
# most KNOWLEDGE_OCR_MAX_PAGES pages per file, each held to KNOWLEDGE_OCR_PAGE_TIMEOUT seconds
# (Tesseract runs under the memory limit above); pages below the confidence are flagged.
KNOWLEDGE_OCR_ENABLED = env.bool("KNOWLEDGE_OCR_ENABLED", default=True)
KNOWLEDGE_OCR_COMMAND = env.str("KNOWLEDGE_OCR_COMMAND", default="tesseract")
KNOWLEDGE_OCR_DPI = env.int("KNOWLEDGE_OCR_DPI", default=300)
KNOWLEDGE_OCR_PAGE_TIMEOUT = env.float("KNOWLEDGE_OCR_PAGE_TIMEOUT", default=60.0)
KNOWLEDGE_OCR_MAX_PAGES = env.int("KNOWLEDGE_OCR_MAX_PAGES", default=50)
KNOWLEDGE_OCR_REVIEW_CONFIDENCE = env.int("KNOWLEDGE_OCR_REVIEW_CONFIDENCE", default=70)

# Background tasks (text extraction, Wagtail's own tasks) go to a database queue that
# `python manage.py db_worker` works off; TASKS_BACKEND=immediate runs them in the request.
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[env.str("TASKS_BACKEND", default="database")]}}
# A task still RUNNING after its time limit lost its worker (killed): db_worker at start and
# run_scheduler every round queue it again, at most TASKS_MAX_ATTEMPTS claims in all, then
# fail it (portal/task_recovery.py). The limit must exceed the longest honest run.
TASKS_STALE_AFTER_SECONDS = env.int("TASKS_STALE_AFTER_SECONDS", default=1800)
TASKS_MAX_ATTEMPTS = env.int("TASKS_MAX_ATTEMPTS", default=3)
TASKS_TIME_LIMITS = {
    # Two tries of the parser (a crashed child is retried once) plus storing the text.
    "knowledge.tasks.extract_document": env.int(
        "TASKS_EXTRACTION_STALE_AFTER_SECONDS",
        default=int(2 * KNOWLEDGE_EXTRACTION_TIMEOUT) + 120,
    ),
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.database"}}
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
if ELASTICSEARCH_URL:
    # Elasticsearch with language analysis, degrading to the database backend (kept up to date
    # as the second backend) when the cluster is down; see search/resilient.py.
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.resilient",
            "URLS": env.list("ELASTICSEARCH_URL"),
            "INDEX_PREFIX": env.str("ELASTICSEARCH_INDEX_PREFIX", default="portal_"),
            "TIMEOUT": env.float("ELASTICSEARCH_TIMEOUT", default=2.0),
            "RETRY_AFTER": env.float("ELASTICSEARCH_RETRY_AFTER", default=30.0),
            "FALLBACK": "database",
        },
        "database": {"BACKEND": "search.database"},
    }

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # Per-task and per-publish chatter; warnings and errors still come through.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Editorial workflow and roles (portal/roles.py, portal/workflow.py; docs/editors.md "Editorial
# workflow and roles"). Review by the groups of the current step only, mails as HTML + text.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = env.bool(
    "WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", default=False
)
# Every time in the admin is Berlin time; offering other zones would only invite mistakes.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
# A new translation starts as a draft and reaches the site only through the workflow.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Only superusers publish directly; the final approval publishes (portal/publishing.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "portal.workflow.publish_approved_revision"
# Members sign in on the public site, not in the admin.
LOGIN_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = LOGOUT_REDIRECT_URL = "/"
