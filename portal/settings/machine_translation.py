"""Machine translation for wagtail-localize, chosen by the environment and off by default.

Content is sent to a translation service only when an administrator sets MT_BACKEND:

- ``MT_BACKEND=libretranslate`` with ``LIBRETRANSLATE_URL`` (e.g. a self-hosted instance)
  and optionally ``LIBRETRANSLATE_API_KEY``;
- ``MT_BACKEND=deepl`` with ``DEEPL_API_KEY`` (``DEEPL_API_URL`` overrides the endpoint).

Without MT_BACKEND the setting is None: wagtail-localize shows no "Translate
automatically" button and nothing leaves the server.
"""

from django.core.exceptions import ImproperlyConfigured

BACKENDS = ("libretranslate", "deepl")


def machine_translator_setting(environ):
    """The WAGTAILLOCALIZE_MACHINE_TRANSLATOR value for an environment mapping, or None."""
    backend = environ.get("MT_BACKEND", "").strip().lower()
    if not backend:
        return None
    timeout = _timeout(environ.get("MT_TIMEOUT", "10"))
    if backend == "libretranslate":
        url = _required(environ, "LIBRETRANSLATE_URL", backend).rstrip("/")
        return {
            "CLASS": "translation.machine_translators.PortalLibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": url,
                "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": timeout,
            },
        }
    if backend == "deepl":
        options = {"AUTH_KEY": _required(environ, "DEEPL_API_KEY", backend), "TIMEOUT": timeout}
        if environ.get("DEEPL_API_URL"):
            options["API_URL"] = environ["DEEPL_API_URL"]
        return {
            "CLASS": "translation.machine_translators.PortalDeepLTranslator",
            "OPTIONS": options,
        }
    raise ImproperlyConfigured(
        f"MT_BACKEND={backend!r} is not supported; use one of {', '.join(BACKENDS)} or leave it "
        "empty to switch machine translation off."
    )


def _required(environ, name, backend):
    value = environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"MT_BACKEND={backend} needs the environment variable {name}.")
    return value


def _timeout(value):
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if seconds <= 0:
        raise ImproperlyConfigured(
            f"MT_TIMEOUT must be a positive number of seconds, not {value!r}."
        )
    return seconds
