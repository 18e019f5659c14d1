from django.shortcuts import redirect

from privacy.visibility import visibility
from translation.drafts import original_of_unpublished_translation


class UntranslatedPageRedirectMiddleware:
    """Send visitors of a translation that is not published yet to the original.

    Until a translation passes the review its page is offline, and Wagtail answers 404. The
    content exists, though, in German: like an untranslated alias (translation.aliases), the
    URL redirects there temporarily (302), so old links and search engines lose nothing and
    the French address works as soon as the translation is published. An original the
    visitor may not see stays "not found": the redirect would name its slug.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            original = original_of_unpublished_translation(request)
            if original is not None and visibility(request).may_see(original):
                return redirect(original.get_url(request=request), permanent=False)
        return response
