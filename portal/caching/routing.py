"""Wagtail's page routing, through the pages every page of a section shares, from the cache.

For every page request Wagtail loads the site's root page, looks up the active Locale,
loads the root's translation and its specific page (three or four queries), and then two
queries for each step down the path (the child, then its specific page). The localized root
and the pages one passes *through* (a news index on the way to an article) are the same for
every page below them, so they are kept with the shared fragments
(``portal.caching.fragments``, under the content version: publishing, moving or deleting a
page or saving a site or locale renews it), keyed by host, language and path, and come with
the request's single round trip to the cache.

Only the steps Wagtail's plain ``Page.route`` would take are taken from the cache: a page
with its own ``route`` (a routable index with its feeds) routes the rest of the path itself.
The page being shown comes from the cache too (a page directly below the home page, such
as the archive, is then read with no query), but its own ``route`` still runs: Wagtail's
live check, and the routes of a routable page.
The result is what Wagtail would compute, put where ``Page.route_for_request`` reads it
(``request._wagtail_route_for_request``).

Only requests for Wagtail's page view are routed here (``process_view``). Without the
fragment cache (``FRAGMENT_CACHE_SECONDS`` 0) every step is read for the request, still in
fewer queries than Wagtail needs: the root's translation is read as its specific page with
the locale from the locale table, and a child of a parent that allows one page type only is
read as that type at once.
"""

from functools import partial

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from portal.caching.fragments import Fragment, per_language
from portal.i18n import active_locale
from portal.routing import OneQueryChildRoute, child_pages


def _route_steps(request):
    """The paths of the pages routing passes through below the root: one key each."""
    components = [part for part in request.path_info.split("/") if part][1:]
    return [("/".join(components[: step + 1]),) for step in range(len(components))]


ROOT = Fragment("root", per_language)
ROUTE = Fragment("route", per_language, more=_route_steps)


def _root_for(request, site):
    """``site.root_page.localized.specific`` in one query instead of three (the active
    Locale, the translation, its specific page): the locale comes from the locale table."""
    root = site.root_page
    model = root.specific_class
    if model is None:  # a page type whose code is gone: Wagtail's own way
        return root.localized.specific
    locale = active_locale(request)
    if locale.pk != root.locale_id:
        translation = model.objects.filter(
            translation_key=root.translation_key, locale=locale
        ).first()
        # As Page.localized: a translation only counts once it is live.
        if translation is not None and translation.live:
            return translation
    return model.objects.get(pk=root.pk)


def localized_root(request, site):
    """The site's root page in the active language (specific), from the shared cache."""
    return ROOT.get(request, partial(_root_for, request, site))


#: Routes that only look up a child by its slug: the steps through them can be cached.
PLAIN_ROUTES = (Page.route, OneQueryChildRoute.route)


def _child(parent, slug):
    """The specific child page `slug` of `parent`, as Wagtail's route finds it, or None.

    Read as its type at once where the parent allows only one (as ``OneQueryChildRoute``);
    a child of another type made before that rule is still found the general way.
    """
    models = type(parent).allowed_subpage_models()
    child = None
    if len(models) == 1:
        child = child_pages(models[0], parent).filter(slug=slug).first()
    if child is None:
        try:
            child = parent.get_children().get(slug=slug).specific
        except Page.DoesNotExist:
            return None
    child._cached_parent_obj = parent  # ancestors and breadcrumbs need no query
    return child


def route(request, site, components):
    """Wagtail's route for the path `components` under `site` (raises Http404)."""
    page = localized_root(request, site)
    step = 0
    while step < len(components) and type(page).route in PLAIN_ROUTES:
        page = ROUTE.get(
            request, partial(_child, page, components[step]), "/".join(components[: step + 1])
        )
        if page is None:
            raise Http404
        step += 1
    return page.route(request, components[step:])


class CachedRouteMiddleware:
    """Sits after the locale middleware: the root's translation depends on the language."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        site = Site.find_for_request(request)
        if site is None:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        components = [component for component in path.split("/") if component]
        try:
            result = route(request, site, components)
        except Http404:
            result = None
        request._wagtail_route_for_request = result
        return None
