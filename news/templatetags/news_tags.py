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
from portal.caching.fragments import cached_fragment
from portal.i18n import active_locale

register = template.Library()

TEASER_LENGTH = 3


def _find_index(locale_id):
    return (
        NewsIndexPage.objects.live()
        .filter(locale_id=locale_id, alias_of__isnull=True)
        .order_by("path")
        .first()
    )


def _index_for(context, locale_id):
    """The live news index of a locale, looked up once per request and kept with the shared
    fragments (the feed links of every page of the language need it).

    Not filtered by view restrictions: a link to a restricted index leads to its login form,
    which is right for editors and harmless for visitors.
    """
    request = context["request"]
    cache = request.__dict__.setdefault("_news_index", {})
    if locale_id not in cache:
        visitor_locale = active_locale(request)
        # Keyed by language like the other fragments, so it comes with their round trip.
        key = visitor_locale.language_code if visitor_locale.pk == locale_id else locale_id
        cache[locale_id] = cached_fragment(
            request, "news-index", lambda: _find_index(locale_id), key
        )
    return cache[locale_id]


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
