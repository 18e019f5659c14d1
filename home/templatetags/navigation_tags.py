from django import template
from wagtail.models import Page

from home.models import Footer, HomePage
from portal.i18n import active_locale, localized_page
from portal.visibility import public_visibility

register = template.Library()


def _locale_home(context):
    """The home page of the visitor's locale (the site root's translation)."""
    request = context["request"]
    cached = getattr(request, "_locale_home", None)
    if cached is None:
        page = context.get("page")
        if isinstance(page, HomePage):
            cached = page
        else:
            site_roots = HomePage.objects.filter(depth=2)
            cached = site_roots.filter(locale=active_locale(request)).first() or site_roots.first()
        request._locale_home = cached
    return cached


@register.simple_tag(takes_context=True)
def locale_home(context):
    return _locale_home(context)


@register.inclusion_tag("home/includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages of the visitor's locale that anyone may see (portal/visibility.py);
    untranslated aliases are left out."""
    request = context["request"]
    home = _locale_home(context)
    items = []
    if home is not None:
        items = (
            public_visibility(request)
            .listed(Page.objects.child_of(home))
            .in_menu()
            .only("id", "title", "url_path", "path", "depth")
        )
    current = context.get("page")
    return {
        "request": request,
        "home": home,
        "items": [
            {
                "page": item,
                "url": item.get_url(request=request),
                "active": current is not None and current.path.startswith(item.path),
            }
            for item in items
        ],
    }


@register.inclusion_tag("home/includes/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    locale = active_locale(request)
    footer = Footer.for_locale(locale)
    linked = (footer.impressum_page, footer.privacy_page) if footer else ()
    return {
        "request": request,
        "footer": footer,
        "legal_pages": [localized_page(page, locale) for page in linked if page and page.live],
    }


@register.simple_tag(takes_context=True)
def localized(context, page):
    return localized_page(page, active_locale(context["request"]))
