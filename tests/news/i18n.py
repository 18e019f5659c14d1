"""Expected interface texts in German, whether or not the catalogs are compiled."""

from django.utils import translation
from django.utils.translation import gettext, ngettext


def german(msgid, **values):
    with translation.override("de"):
        text = gettext(msgid)
    return text % values if values else text


def german_plural(singular, plural, count):
    with translation.override("de"):
        return ngettext(singular, plural, count) % {"counter": count}
