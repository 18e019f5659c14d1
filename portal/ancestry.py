"""A page's ancestors, read once per request and usually without any query.

Breadcrumbs, the language switcher, hreflang, the menu (through the locale's home page) and
the news article (its index) all need the ancestors of the page being shown. Wagtail's
routing has just loaded each of them to find the page and left the chain on it
(``_cached_parent_obj``, which treebeard's ``get_parent`` uses too), so it is taken from
there; a page obtained any other way costs one query, remembered on the page object.
"""

SITE_ROOT_DEPTH = 2  # a locale's home page; depth 1 is Wagtail's invisible tree root


def ancestors(page):
    """The ancestors of `page` from its locale's home page down to its parent."""
    known = page.__dict__.get("_portal_ancestors")
    if known is not None:
        return known
    chain, node = [], page
    while node.depth > SITE_ROOT_DEPTH:
        parent = node.__dict__.get("_cached_parent_obj")
        if parent is None:
            break
        chain.append(parent)
        node = parent
    if node.depth <= SITE_ROOT_DEPTH:
        found = chain[::-1]
    else:
        found = list(page.get_ancestors().filter(depth__gte=SITE_ROOT_DEPTH))
    page._portal_ancestors = found
    return found


def site_root(page):
    """The home page of `page`'s locale (the page itself at the top)."""
    if page.depth <= SITE_ROOT_DEPTH:
        return page
    found = ancestors(page)
    return found[0] if found and found[0].depth == SITE_ROOT_DEPTH else None
