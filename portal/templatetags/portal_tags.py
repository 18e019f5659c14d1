from dataclasses import replace

from django import template
from django.conf import settings

from portal import ancestry
from portal.language_links import cached_links_for_page, links_for_view
from portal.request_state import state

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, keep_query=False):
    """Links to this page (or view) in every language; remembered for the request. With
    ``keep_query`` (the switcher, not the hreflang alternates) page links keep the query."""
    request = context["request"]
    remembered = state(request)
    if remembered.language_links is None:
        page = context.get("page")
        if page is not None:
            remembered.language_links = cached_links_for_page(page, request)
        else:
            remembered.language_links = links_for_view(request)
    if keep_query and context.get("page") is not None:
        return _with_query(remembered.language_links, request)
    return remembered.language_links


# A result page (news list or archive search) keeps its pages apart per language: the
# page number does not carry over, the query and the filters do.
NOT_CARRIED = ("page",)


def _with_query(links, request):
    """Each language link with the visitor's query (`q`, filters), so that switching the
    language of a search or of an entry reached from one keeps what was asked."""
    query = request.GET.copy()
    for name in NOT_CARRIED:
        query.pop(name, None)
    if not query:
        return links
    encoded = query.urlencode()
    return [replace(link, url=f"{link.url}?{encoded}") for link in links]


@register.simple_tag
def default_language():
    return settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    return context["request"].build_absolute_uri(url)


@register.simple_tag
def page_ancestors(page):
    """The page's ancestors from its locale's home page down (no query when served)."""
    return ancestry.ancestors(page)
