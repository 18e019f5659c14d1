"""Where the language switcher and the hreflang alternates of a page lead.

Each language links to the page's own translation. When a page is not (yet) translated, the
switcher leads to its nearest translated ancestor instead of an alias that would show German
text under /fr/ or /ar/; hreflang alternates list real translations only.
"""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from portal.ancestry import ancestors
from portal.caching.fragments import Fragment, per_path


@dataclass(frozen=True)
class LanguageLink:
    language_code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool
    bidi: bool


def _language_link(code, url, current_code, is_translation):
    info = get_language_info(code)
    return LanguageLink(
        language_code=code,
        name=info["name_local"],
        url=url,
        is_current=code == current_code,
        is_translation=is_translation,
        bidi=info["bidi"],
    )


def links_for_page(page, request):
    """One link per content language, ordered as in settings.LANGUAGES."""
    lineage = [*ancestors(page), page]
    depth_of_key = {ancestor.translation_key: ancestor.depth for ancestor in lineage}
    candidates = (
        Page.objects.live()
        .filter(translation_key__in=depth_of_key, alias_of__isnull=True)
        .select_related("locale")
        .only("id", "url_path", "depth", "translation_key", "locale__language_code")
    )
    deepest = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if code not in deepest or candidate.depth > deepest[code].depth:
            deepest[code] = candidate

    current_code = get_language()
    links = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        target = deepest.get(code)
        if target is None:
            continue
        url = target.get_url(request=request)
        links.append(_language_link(code, url, current_code, target.depth == page.depth))
    return links


#: The language switcher and hreflang links of the page at a path.
LANGUAGE_LINKS = Fragment("language-links", per_path)


def cached_links_for_page(page, request):
    """``links_for_page``, shared for the page served at this path (its path names the
    current language too)."""
    return LANGUAGE_LINKS.for_page(request, page, lambda: links_for_page(page, request))


def links_for_view(request):
    """For views outside the page tree (search, feeds): the same URL in each language."""
    current_code = get_language()
    path = request.get_full_path()
    return [
        _language_link(code, translate_url(path, code), current_code, True)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
