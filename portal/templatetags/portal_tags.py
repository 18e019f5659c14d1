from django import template
from django.conf import settings

from portal import ancestry
from portal.language_links import cached_links_for_page, links_for_view
from portal.request_state import state

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to this page (or view) in every language; remembered for the request."""
    request = context["request"]
    remembered = state(request)
    if remembered.language_links is None:
        page = context.get("page")
        if page is not None:
            remembered.language_links = cached_links_for_page(page, request)
        else:
            remembered.language_links = links_for_view(request)
    return remembered.language_links


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
