"""Translate demo content through wagtail-localize, exactly as a translator would.

The demo ships its translations as a memory: German source text → text per language. Each
string segment wagtail-localize extracts from a source page or snippet is looked up there and
stored as a manual StringTranslation, then the translation is saved. The localisation UI
therefore shows the demo as fully translated and in sync, not as unrelated pages.
"""

from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


class MissingDemoTranslation(Exception):
    """The demo memory lacks a translation for a source string."""


def translate(instance, memory, language_codes, *, user=None, publish=True):
    """Create or update the translations of `instance` into each of `language_codes`.

    `memory` maps each German source string to a dict of translations keyed by language code.
    Returns the translated instances keyed by language code.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    translated = {}
    for code in language_codes:
        locale = Locale.objects.get(language_code=code)
        with transaction.atomic():
            translation, _ = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            for segment in segments:
                text = _lookup(memory, segment.string.as_value().render_text(), code, instance)
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={
                        "data": StringValue.from_plaintext(text).data,
                        "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                        "last_translated_by": user,
                        "has_error": False,
                    },
                )
            translation.save_target(user=user, publish=publish)
        translated[code] = instance.get_translation(locale)
    return translated


def _lookup(memory, source_text, code, instance):
    try:
        return memory[source_text][code]
    except KeyError:
        raise MissingDemoTranslation(
            f"No {code!r} translation for {source_text!r} in {instance!r}; add it to the demo."
        ) from None
