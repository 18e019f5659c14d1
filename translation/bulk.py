"""Machine-translate a page (and optionally its subtree) into other languages, as drafts.

Shared by the admin action ("Translate automatically" in the page's "More" menu) and the
`machine_translate_page` command. Only pages without a real translation in a language are
translated, so nobody's work is overwritten; existing translations are updated through
"Sync translated pages" instead. Each page × language is its own transaction: a failing
translation service leaves what was done before intact and nothing half-written.

The result is a draft: wagtail-localize leaves a converted alias live (showing German), so it
is taken offline again (translation.drafts) and waits for a translator's review.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from translation.drafts import keep_converted_aliases_as_drafts
from translation.machine_translators import MachineTranslationError


class MachineTranslationUnavailable(Exception):
    """No machine translator is configured (MT_BACKEND is not set)."""


@dataclass
class BulkResult:
    translated: list = field(default_factory=list)  # (page, locale, translated page)
    skipped: list = field(default_factory=list)  # (page, locale, reason)
    failed: list = field(default_factory=list)  # (page, locale, message)


def pages_to_translate(page, subtree):
    """`page` and, with `subtree`, its real (non-alias) descendants in tree order."""
    pages = [page.specific]
    if subtree:
        descendants = page.get_descendants().filter(locale=page.locale_id, alias_of__isnull=True)
        pages += list(descendants.specific().order_by("path"))
    return pages


def machine_translate_page(page, locales=None, *, subtree=False, user=None, translator=None):
    translator = translator or get_machine_translator()
    if translator is None:
        raise MachineTranslationUnavailable(
            _("Machine translation is not configured (set MT_BACKEND).")
        )
    if locales is None:
        locales = Locale.objects.exclude(pk=page.locale_id)
    result = BulkResult()
    for source_page in pages_to_translate(page, subtree):
        for locale in locales:
            if locale.pk == source_page.locale_id:
                continue
            reason = _skip_reason(source_page, locale, translator)
            if reason:
                result.skipped.append((source_page, locale, reason))
                continue
            try:
                translated = _translate_as_draft(source_page, locale, translator, user)
            except MachineTranslationError as error:
                result.failed.append((source_page, locale, str(error)))
            else:
                result.translated.append((source_page, locale, translated))
    return result


def _skip_reason(page, locale, translator):
    if not translator.can_translate(page.locale, locale):
        return _("the translation service cannot translate into this language")
    real = page.get_translations().filter(locale=locale, alias_of__isnull=True)
    if real.exists():
        return _("already translated")
    return None


@transaction.atomic
def _translate_as_draft(page, locale, translator, user):
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    translate_missing_strings(translation, translator, user)
    alias = page.get_translations().filter(locale=locale, alias_of__isnull=False)
    alias_ids = list(alias.values_list("pk", flat=True))
    translation.save_target(user=user, publish=False)
    keep_converted_aliases_as_drafts(alias_ids, user)
    return source.get_translated_instance(locale)


def translate_missing_strings(translation, translator, user=None):
    """Machine-translate the strings of `translation` that have no translation yet."""
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    done = set(
        StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of__segments__source=translation.source,
        ).values_list("translation_of_id", "context_id")
    )
    todo = {}
    for segment in segments:
        if (segment.string_id, segment.context_id) not in done:
            todo.setdefault(segment.string.as_value(), []).append(
                (segment.string_id, segment.context_id)
            )
    if not todo:
        return 0
    answers = translator.translate(translation.source.locale, translation.target_locale, todo)
    created = 0
    for value, places in todo.items():
        answer = answers.get(value)
        if answer is None or answer.data is None:
            continue
        for string_id, context_id in places:
            StringTranslation.objects.get_or_create(
                translation_of_id=string_id,
                locale=translation.target_locale,
                context_id=context_id,
                defaults={
                    "data": answer.data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
                    "tool_name": translator.display_name,
                    "last_translated_by": user,
                },
            )
            created += 1
    return created


def describe(result):
    """Human-readable lines about a BulkResult, for messages and command output."""
    lines = []
    for page, locale, _target in result.translated:
        lines.append(
            _("%(page)s → %(language)s: machine-translated draft")
            % {"page": page.get_admin_display_title(), "language": locale.get_display_name()}
        )
    for page, locale, reason in result.skipped:
        lines.append(
            _("%(page)s → %(language)s: skipped, %(reason)s")
            % {
                "page": page.get_admin_display_title(),
                "language": locale.get_display_name(),
                "reason": reason,
            }
        )
    for page, locale, message in result.failed:
        lines.append(
            _("%(page)s → %(language)s: failed, %(message)s")
            % {
                "page": page.get_admin_display_title(),
                "language": locale.get_display_name(),
                "message": message,
            }
        )
    return lines
