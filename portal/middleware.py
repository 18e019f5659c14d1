from django.middleware.locale import LocaleMiddleware


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
