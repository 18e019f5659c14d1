from urllib.parse import urlparse

from django.middleware.locale import LocaleMiddleware
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect

from privacy.visibility import visibility


class PublicLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for machine and admin URLs.

    The stock middleware sends any 404 without a language prefix to /de/…; behind Wagtail's
    catch-all page route that turns an API client's 404 (or a missing document) into a
    redirect to an HTML error page. Only visitors' page URLs need the language redirect.
    """

    unprefixed_paths = ("/api/", "/admin/", "/documents/", "/static/", "/media/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)


class PrivateRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects, except to pages the visitor may not see: those stay "not found".

    Changing a translation's slug leaves a redirect from the old path (often the German slug
    under /fr/) to the page; followed by anyone, it named the translated slug of a
    members-only page. A redirect whose target is hidden from the request now answers the
    same 404 as a path that never existed.
    """

    def process_response(self, request, response):
        answer = super().process_response(request, response)
        if answer is response or answer.status_code not in (301, 302):
            return answer
        page = _redirect_page(request)
        if page is not None and not visibility(request).may_see(page):
            return response
        return answer


def _redirect_page(request):
    """The page the redirect for this request leads to (looked up as Wagtail does), or None."""
    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    redirect = get_redirect(request, path) or get_redirect(request, urlparse(path).path)
    return redirect.redirect_page if redirect is not None else None
