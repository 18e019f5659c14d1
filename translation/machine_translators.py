"""Machine translators with timeouts and clear errors, wrapping wagtail-localize's own.

Why: wagtail-localize 1.14's LibreTranslate translator requires an API key (KeyError without
one, although self-hosted instances need none) and lets network and HTTP errors escape; its
DeepL translator ignores HTTP errors and fails with a KeyError on the error body. Either way
the translator saw a server error page. These subclasses raise MachineTranslationError with a
message an editor can act on, which translation.views.machine_translate shows in the UI.

When they can go: once wagtail-localize's translators treat the key as optional and report
failures themselves (and its machine_translate view catches them), point MT_BACKEND's CLASS
back at ``wagtail_localize.machine_translators.*`` and delete this module and the view.
"""

import requests
from django.utils.translation import gettext as _
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue


class MachineTranslationError(Exception):
    """The translation service could not translate; the message is meant for editors."""


def _post(service, url, *, timeout, **kwargs):
    try:
        response = requests.post(url, timeout=timeout, **kwargs)
    except requests.Timeout as error:
        raise MachineTranslationError(
            _("%(service)s did not answer within %(seconds)s seconds. Try again later.")
            % {"service": service, "seconds": timeout}
        ) from error
    except requests.RequestException as error:
        raise MachineTranslationError(
            _("%(service)s cannot be reached. Try again later or ask an administrator.")
            % {"service": service}
        ) from error
    if response.status_code != 200:
        raise MachineTranslationError(
            _("%(service)s refused the request (HTTP status %(status)s). Nothing was changed.")
            % {"service": service, "status": response.status_code}
        )
    try:
        return response.json()
    except ValueError as error:
        raise MachineTranslationError(_invalid_answer(service)) from error


def _invalid_answer(service):
    return _("%(service)s sent an answer that could not be understood. Nothing was changed.") % {
        "service": service
    }


def _zip_answers(service, strings, answers):
    if not isinstance(answers, list) or len(answers) != len(strings):
        raise MachineTranslationError(_invalid_answer(service))
    if not all(isinstance(answer, str) for answer in answers):
        raise MachineTranslationError(_invalid_answer(service))
    return {string: StringValue(answer) for string, answer in zip(strings, answers, strict=True)}


class PortalLibreTranslator(LibreTranslator):
    """LibreTranslate (often self-hosted), with an optional API key."""

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        payload = {
            "q": [string.data for string in strings],
            "source": self.language_code(source_locale.language_code),
            "target": self.language_code(target_locale.language_code),
            "format": "html",
        }
        if self.options.get("API_KEY"):
            payload["api_key"] = self.options["API_KEY"]
        answer = _post(
            self.display_name,
            self.get_api_endpoint().rstrip("/") + "/translate",
            json=payload,
            timeout=self.get_timeout(),
        )
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        return _zip_answers(self.display_name, strings, translated)


class PortalDeepLTranslator(DeepLTranslator):
    """DeepL, with HTTP errors reported and an overridable endpoint (API_URL)."""

    def get_api_endpoint(self):
        return self.options.get("API_URL") or super().get_api_endpoint()

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        answer = _post(
            self.display_name,
            self.get_api_endpoint(),
            data=self.get_parameters(source_locale, target_locale, strings),
            headers=self.get_headers(),
            timeout=float(self.options.get("TIMEOUT", 30)),
        )
        items = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
            raise MachineTranslationError(_invalid_answer(self.display_name))
        return _zip_answers(self.display_name, strings, [item.get("text") for item in items])
