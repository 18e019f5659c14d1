"""Keep unverified sessions out of the admin."""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from .policy import is_trusted, verification_url


class AdminTwoFactorMiddleware:
    """After Wagtail's password sign-in, ask for the one-time code before any admin page.

    Editors with an authenticator app must enter its code; editors without one are sent to
    set one up when ``ADMIN_2FA_REQUIRED`` is on (the production default). Who needs which
    is decided in ``portal.twofactor.policy``, the same rule the public site applies.
    The set-up page is exempt here and guards itself (``views.setup``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        redirect_to = self._redirect_for(request)
        return redirect_to or self.get_response(request)

    def _redirect_for(self, request):
        path = request.path_info
        if not path.startswith(settings.ADMIN_2FA_PATH) or self._is_exempt(path):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or is_trusted(user):
            return None
        return redirect(verification_url(user, request.get_full_path()))

    @staticmethod
    def _is_exempt(path):
        exempt = [
            reverse("wagtailadmin_login"),
            reverse("wagtailadmin_logout"),
            reverse("wagtailadmin_password_reset"),
            reverse("portal_twofactor:verify"),
            reverse("portal_twofactor:setup"),
            # Assets the sign-in pages load themselves (icons, translations).
            reverse("wagtailadmin_javascript_catalog"),
            reverse("wagtailadmin_sprite"),
        ]
        return any(path.startswith(prefix) for prefix in exempt)
