"""Readable, ASCII slugs for filter links: ``?type=absichtserklaerung``, ``?topic=jugendaustausch``.

German umlauts and ß are written out the way German writes them without the letters
(ä -> ae, ö -> oe, ü -> ue, ß -> ss), as Wagtail's admin does when it proposes a page slug
from a title (Django's ``URLify`` rules), so a filter slug reads like the page slugs of the
archive ("absichtserklaerung"). Other letters are transliterated with ``anyascii`` (a
dependency of Wagtail: "coopération" -> "cooperation", Arabic -> Latin letters), then
Django's ``slugify`` keeps letters, digits and hyphens.
"""

from anyascii import anyascii
from django.utils.text import slugify

_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


def readable_slug(text: str, max_length: int = 100) -> str:
    """The slug of *text*; "Absichtserklärung" -> "absichtserklaerung"."""
    slug = slugify(anyascii(text.translate(_GERMAN)))[:max_length].strip("-")
    return slug or "x"


def unique_slug(text: str, taken, max_length: int = 100) -> str:
    """:func:`readable_slug` of *text*, with "-2", "-3", … if *taken(slug)* says it is used."""
    base = readable_slug(text, max_length - 4)
    slug, number = base, 1
    while taken(slug):
        number += 1
        slug = f"{base}-{number}"
    return slug
