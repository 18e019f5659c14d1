"""The site's header and footer: locale home, main menu, footer, translated page links.

Menu and footer are the same on every page of a language, so they are built once per
content version and language and kept in the shared cache (portal/caching/fragments.py);
the locale's home page comes from the page's ancestors, which Wagtail's routing has loaded.
"""

from django import template
from django.db.models import Exists, OuterRef, Q, Subquery
from django.template.loader import render_to_string
from wagtail.models import Page

from home.models import DemoNotice, Footer, HomePage
from portal.ancestry import site_root
from portal.caching.fragments import Fragment, per_language, searching
from portal.i18n import active_locale, localized_pages
from portal.request_state import state
from privacy.restrictions import restricted

register = template.Library()


#: The main menu and the footer of a language; outside the page tree (searches) the
#: locale's home page, which every page inside it knows from its ancestry.
MENU = Fragment("menu", per_language)
FOOTER = Fragment("footer", per_language)
HOME = Fragment("home", per_language, when=searching)


def _locale_home(context):
    """The home page of the visitor's locale (the site root's translation)."""
    request = context["request"]
    remembered = state(request)
    if remembered.locale_home is None:
        page = context.get("page")
        home = site_root(page) if page is not None else None
        if home is None:
            home = HOME.get(request, lambda: _home_for(request))
        remembered.locale_home = home
    return remembered.locale_home


def _home_for(request):
    site_roots = HomePage.objects.filter(depth=2)
    return site_roots.filter(locale=active_locale(request)).first() or site_roots.first()


@register.simple_tag(takes_context=True)
def locale_home(context):
    return _locale_home(context)


def _menu_items(home, request):
    """The public menu pages and the members' area (restricted top-level pages), in one
    query: the restriction is a column of the list instead of a filter on it."""
    hidden = Page.objects.filter(restricted(), translation_key=OuterRef("translation_key"))
    pages = (
        Page.objects.child_of(home)
        .live()
        .filter(alias_of__isnull=True)
        .annotate(hidden=Exists(hidden))
        .filter(Q(show_in_menus=True) | Q(hidden=True))
        .only("id", "title", "url_path", "path", "depth", "show_in_menus")
    )
    menu, members = [], []
    for page in pages:
        item = (page.title, page.get_url(request=request), page.path)
        if page.hidden:
            members.append(item)
        elif page.show_in_menus:
            menu.append(item)
    return menu, members


@register.inclusion_tag("home/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages of the visitor's locale that anyone may see; untranslated aliases are
    left out. A page under a view restriction in any language stays out of the menu."""
    request = context["request"]
    home = _locale_home(context)
    items, members = [], []
    if home is not None:
        items, members = MENU.get(request, lambda: _menu_items(home, request))
    current = context.get("page")
    return {
        "request": request,
        "home": home,
        "items": [
            {
                "title": title,
                "url": url,
                "active": current is not None and current.path.startswith(path),
            }
            for title, url, path in items
        ],
        # Where the association keeps pages for members, visitors get a sign-in link and
        # signed-in members the area itself and a sign-out button.
        "members_area": members[0][:2] if members else None,
        "user": getattr(request, "user", None),
    }


def _footer_parts(request):
    """The footer's HTML and whether the demo notice shows; the setting is read in the
    footer's own query."""
    locale = active_locale(request)
    notice = DemoNotice.objects.values("show_notice")[:1]
    footer = Footer.for_locale(locale, show_demo_notice=Subquery(notice))
    linked = [footer.impressum_page, footer.privacy_page] if footer else []
    live = [page for page in linked if page is not None and page.live]
    context = {"footer": footer, "legal_pages": localized_pages(live, locale)}
    html = render_to_string("home/includes/footer.html", context, request=request)
    if footer is None:
        return html, DemoNotice.shown()
    return html, footer.show_demo_notice is not False


def _footer(request):
    return FOOTER.get(request, lambda: _footer_parts(request))


@register.simple_tag(takes_context=True)
def site_footer(context):
    return _footer(context["request"])[0]


@register.inclusion_tag("home/includes/demo_notice.html", takes_context=True)
def demo_notice(context):
    """The notice that the portal shows demo content, until an editor switches it off
    (Settings → Demo notice)."""
    return {"show": _footer(context["request"])[1]}


def _chosen_pages(page):
    """The pages chosen in the body of `page` (call-to-action targets)."""
    chosen = []
    for block in getattr(page, "body", None) or ():
        value = getattr(block, "value", None)
        target = value.get("page") if hasattr(value, "get") else None
        if isinstance(target, Page):
            chosen.append(target)
    return chosen


@register.simple_tag(takes_context=True)
def localized(context, page):
    """`page` in the visitor's language. The first call translates every page chosen in the
    body at once, so a page with several call-to-action blocks costs one query."""
    if page is None:
        return None
    request = context["request"]
    known = state(request).localized
    if page.pk not in known:
        batch = [page, *_chosen_pages(context.get("page"))]
        targets = localized_pages(batch, active_locale(request))
        for source, target in zip(batch, targets, strict=True):
            known.setdefault(source.pk, target)
    return known[page.pk]
