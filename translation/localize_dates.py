"""wagtail-localize's segment notes ("Translated manually on …") dated in the admin's language.

Upstream (1.14) writes the date of a string translation with `strftime("%-d %B %Y")`, which
names the month in the server's C locale, whatever language the admin speaks: German
translators read "Manuell übersetzt am 7 December 2026". The editor shows that note under
every translated segment, from the page's data and after each save (its REST answer), both
through `StringTranslation.get_comment`, and neither a subclass nor a hook reaches it. So
`apply()` (called in `TranslationConfig.ready`) replaces that one method with the same
messages, dated by Django's localized DATE_FORMAT in the local time zone.

It can go when upstream formats the date with Django (`django.utils.formats`); see
docs/UPGRADING.md.
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation


def translation_note(string_translation):
    """How and when `string_translation` was made, in the active language."""
    date = formats.date_format(timezone.localtime(string_translation.updated_at), "DATE_FORMAT")
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def apply():
    StringTranslation.get_comment = translation_note
