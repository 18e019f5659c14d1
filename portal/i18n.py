"""Locale helpers shared by all page types."""

from django.utils.translation import get_language
from wagtail.models import Locale


def active_locale(request):
    """The visitor's Locale, looked up once per request (Locale.get_active queries each time)."""
    code = get_language()
    cached = getattr(request, "_portal_locale", None)
    if cached is None or cached.language_code != code:
        cached = Locale.get_active()
        request._portal_locale = cached
    return cached


def localized_page(page, locale):
    """The live, real translation of `page` in `locale`, else `page` itself.

    Unlike `Page.localized`, an alias (an untranslated copy that still shows the source text)
    never counts as a translation.
    """
    if page is None or page.locale_id == locale.pk:
        return page
    translation = (
        page.get_translations().filter(locale=locale, live=True, alias_of__isnull=True).first()
    )
    return translation or page
