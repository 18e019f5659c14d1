"""Template tags other apps use to show news: the home teaser and feed discovery links.

The home page loads this library in its template; Python code in `home` never imports
`news`, so the dependency points one way (news → home) and the home app works unchanged
in a project without news (remove the two tags from its template).
"""

from django import template
from django.utils.translation import gettext as _

from news.listing import LIST_IMAGE_FILTER, for_listing, visible_news
from news.models import NewsIndexPage
from news.seo import OG_LOCALES, json_ld_script, news_article_data, og_image
from portal.caching.fragments import Fragment, per_language
from portal.i18n import active_locale
from portal.request_state import state

register = template.Library()

TEASER_LENGTH = 3


def _find_index(locale_id):
    return (
        NewsIndexPage.objects.live()
        .filter(locale_id=locale_id, alias_of__isnull=True)
        .order_by("path")
        .first()
    )


#: The live news index of a language (the feed links of every page need it).
NEWS_INDEX = Fragment("news-index", per_language)


def _index_for(context, locale_id):
    """The live news index of a locale, looked up once per request and kept with the shared
    fragments (the feed links of every page of the language need it).

    Not filtered by view restrictions: a link to a restricted index leads to its login form,
    which is right for editors and harmless for visitors.
    """
    request = context["request"]
    known = state(request).news_indexes
    if locale_id not in known:
        # The visitor's own locale is keyed by the language alone, so it comes with the
        # request's one round trip; another locale's (a page shown untranslated) adds its id.
        extra = () if active_locale(request).pk == locale_id else (locale_id,)
        known[locale_id] = NEWS_INDEX.get(request, lambda: _find_index(locale_id), *extra)
    return known[locale_id]


def _locale_id(context):
    """The locale of the page being shown (no query), else the visitor's."""
    page = context.get("page")
    return page.locale_id if page is not None else active_locale(context["request"]).pk


@register.inclusion_tag("news/includes/teaser.html", takes_context=True)
def latest_news(context, count=TEASER_LENGTH):
    """The newest items of the page's locale, with a link to that locale's index."""
    locale_id = _locale_id(context)
    items = list(for_listing(visible_news(context["request"]).filter(locale_id=locale_id))[:count])
    return {
        "request": context["request"],
        "items": items,
        "index": _index_for(context, locale_id) if items else None,
        "image_filter": LIST_IMAGE_FILTER,
    }


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context, index=None):
    """<link rel="alternate"> elements announcing the locale's RSS and Atom feeds."""
    request = context["request"]
    if index is None:
        index = _index_for(context, _locale_id(context))
    feeds = []
    absolute = request.build_absolute_uri
    if index is not None:
        feeds = [
            ("application/rss+xml", "RSS", absolute(index.feed_url("rss", request))),
            ("application/atom+xml", "Atom", absolute(index.feed_url("atom", request))),
        ]
    return {"request": request, "index": index, "feeds": feeds}


@register.inclusion_tag("news/includes/article_meta.html", takes_context=True)
def news_article_meta(context, page):
    """Canonical link, OpenGraph tags and NewsArticle JSON-LD of a news page."""
    request = context["request"]
    visitor_locale = active_locale(request)  # cached: spares page.locale its query
    if page.locale_id == visitor_locale.pk:
        page.locale = visitor_locale
    image = og_image(page, request)
    return {
        "request": request,
        "page": page,
        "site_name": _("Düsseldorf–Marrakesh Support Association"),
        "canonical": request.build_absolute_uri(page.get_url(request=request)),
        "image": image,
        "og_locale": OG_LOCALES.get(page.locale.language_code, page.locale.language_code),
        "json_ld": json_ld_script(news_article_data(page, request, image)),
    }
