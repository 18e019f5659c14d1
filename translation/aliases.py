"""Untranslated pages never serve their source-language text under another language's URL.

wagtail-localize's locale synchronisation creates, for every new German page, an alias in
/fr/, /ar/ and /en/: a live copy showing the German text until someone translates it. A
visitor who reaches such a URL (an old link, a search engine, a typed address) is sent to the
German original with a temporary redirect (302: the translation may appear later, so caches
and search engines must not remember the redirect).

Why the original and not the nearest translated ancestor: the visitor asked for this
content, and it exists only in German. On /de/… the page says lang="de" and the interface is
German, so the language change is visible, not silent; its language switcher offers the
nearest translated page in the visitor's language. The language switcher and navigation
already skip aliases (portal/language_links.py, home/templatetags/navigation_tags.py).

Aliases within one language (an editor's deliberate copy in the German tree) are served.
"""

from django.shortcuts import redirect
from wagtail.models import Page


def untranslated_original(page):
    """The live page in another language that `page` merely mirrors, else None."""
    if page.alias_of_id is None:
        return None
    original = page.alias_of
    while original.alias_of_id is not None:
        original = original.alias_of
    if original.locale_id == page.locale_id:
        return None
    return original if original.live else None


def redirect_untranslated_alias(page, request, serve_args, serve_kwargs):
    original = untranslated_original(page)
    if original is not None:
        return redirect(original.get_url(request=request), permanent=False)
    if page.alias_of_id is not None and page.alias_of.locale_id != page.locale_id:
        ancestor = (
            Page.objects.ancestor_of(page)
            .live()
            .filter(alias_of__isnull=True, depth__gt=1)
            .order_by("-depth")
            .first()
        )
        if ancestor is not None:
            return redirect(ancestor.get_url(request=request), permanent=False)
    return None
