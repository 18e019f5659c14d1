"""The newest archive entries for the home page, as cards.

The same for every visitor of a language (public entries only), so the list is a shared
fragment (portal/caching/fragments.py) built in one query: entries of the visitor's language
and German originals together, the document type's name in the visitor's language joined in.
An entry that is not translated yet is shown in its original, marked with its language.
"""

from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce

from portal.caching.fragments import Fragment, per_language
from portal.i18n import active_locale, default_locale
from privacy.visibility import public_visibility

TEASER_LENGTH = 4

#: The home page's newest archive entries in a language.
ARCHIVE_TEASER = Fragment("archive-teaser", per_language)


def _build(request, locale):
    from knowledge.models import ArchiveEntryPage, ArchiveIndexPage, DocumentType

    default = default_locale(request)
    type_name = DocumentType.objects.filter(
        translation_key=OuterRef("document_type__translation_key"), locale=locale
    ).values("name")[:1]
    entries = (
        public_visibility(request)
        .listed(ArchiveEntryPage.objects.filter(locale__in={locale.pk, default.pk}))
        .select_related("document_type", "locale")
        .annotate(type_name=Coalesce(Subquery(type_name), F("document_type__name")))
        .only(
            "id",
            "title",
            "url_path",
            "path",
            "depth",
            "date",
            "summary",
            "translation_key",
            "locale",
            "document_type",
        )
        .order_by("-date", "-id")[: TEASER_LENGTH * 4]
    )
    chosen = {}
    for entry in entries:
        known = chosen.get(entry.translation_key)
        if known is None or entry.locale_id == locale.pk:
            chosen[entry.translation_key] = entry
    cards = sorted(chosen.values(), key=lambda entry: (entry.date, entry.pk), reverse=True)
    index = ArchiveIndexPage.objects.live().filter(locale=locale).only("id", "url_path").first()
    index_url = index.get_url(request=request) if index is not None else None
    return index_url, [
        {
            "title": entry.title,
            "url": entry.get_url(request=request),
            "type": entry.type_name or "",
            "date": entry.date,
            "summary": entry.summary,
            "language": entry.locale.language_code,
        }
        for entry in cards[:TEASER_LENGTH]
    ]


def latest_entries(request):
    """(URL of the language's archive, the newest entries as dicts)."""
    locale = active_locale(request)
    return ARCHIVE_TEASER.for_locale(request, locale, lambda: _build(request, locale))
