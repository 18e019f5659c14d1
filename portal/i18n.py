"""Locale helpers shared by all page types."""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page

from portal.caching.fragments import Fragment
from portal.request_state import state

LOCALES = Fragment("locales")


def _locale_table():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def locale_table(request=None):
    """Every Locale by language code, from the shared cache (Locale.objects.all())."""
    return LOCALES.get(request, _locale_table)


def active_locale(request):
    """The visitor's Locale, remembered for the request and read from the shared cache.

    Locale.get_active queries each time it is called; the few locales rarely change, and
    saving one renews the content version that the cached table belongs to.
    """
    code = get_language()
    remembered = state(request)
    if remembered.locale is None or remembered.locale.language_code != code:
        try:
            remembered.locale = locale_table(request)[get_supported_content_language_variant(code)]
        except (KeyError, LookupError):
            remembered.locale = Locale.get_active()
    return remembered.locale


def locale_for_code(code, request=None):
    """The Locale of a content language code (Locale.objects.get(language_code=…)), from the
    cached locale table; None if there is none."""
    try:
        return locale_table(request).get(get_supported_content_language_variant(code))
    except LookupError:
        return None


def default_locale(request=None):
    """Locale.get_default(), from the cached locale table."""
    from django.conf import settings

    found = locale_for_code(settings.LANGUAGE_CODE, request)
    return found if found is not None else Locale.get_default()


def page_locale(page, request):
    """`page.locale` without its query when it is the visitor's locale (it usually is)."""
    visitor = active_locale(request)
    return visitor if visitor.pk == page.locale_id else page.locale


def localized_pages(pages, locale):
    """For each page, its live, real translation in `locale`, else the page itself.

    Unlike `Page.localized`, an alias (an untranslated copy that still shows the source text)
    never counts as a translation. One query for all of them.
    """
    keys = {page.translation_key for page in pages if page is not None}
    keys -= {page.translation_key for page in pages if page and page.locale_id == locale.pk}
    translations = {}
    if keys:
        found = Page.objects.filter(
            translation_key__in=keys, locale=locale, live=True, alias_of__isnull=True
        )
        translations = {page.translation_key: page for page in found}
    return [
        page if page is None else translations.get(page.translation_key, page) for page in pages
    ]


def localized_page(page, locale):
    """The live, real translation of `page` in `locale`, else `page` itself."""
    return localized_pages([page], locale)[0]
