"""Small helpers for the archive templates: GET-parameter links without JavaScript."""

from django import template

register = template.Library()


@register.simple_tag
def query_toggle(params, name, value):
    """The query string of *params* with *name* set to *value* (removed if empty);
    changing a filter or the sort order goes back to page 1."""
    params = params.copy()
    if name != "page":
        params.pop("page", None)
    if value in ("", None):
        params.pop(name, None)
    else:
        params[name] = value
    return params.urlencode()


@register.filter
def getparam(params, name):
    return params.get(name, "")


@register.filter
def split(value):
    return value.split()


@register.filter
def highlight(text, terms):
    """*text* with the search's words marked (``terms`` from the entry page's context)."""
    from knowledge.search.snippets import mark_terms

    return mark_terms(str(text or ""), terms or [])


@register.simple_tag(takes_context=True)
def archive_teaser(context):
    """The newest public archive entries and the archive's URL, for the home page."""
    from knowledge.teaser import latest_entries

    index_url, entries = latest_entries(context["request"])
    return {"entries": entries, "index_url": index_url}
