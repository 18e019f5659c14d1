"""How the portal answers a request for something hidden from it (see privacy/visibility.py).

The answers match Wagtail's own for restricted pages and documents, so that a visitor
meets the same sign-in and password forms whichever language version or file they asked
for: a password restriction shows its form, every other restriction sends the visitor to
the sign-in page (where a signed-in user without access can change accounts); a password-only
session of an account that needs a second factor goes to the code prompt instead. None of these
answers may be cached.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import BaseViewRestriction, PageViewRestriction

from portal.twofactor.policy import is_trusted, verification_url


def refuse(request, refusal, return_url=None):
    """The response for a Refusal; ``return_url`` is where a passed form leads back to."""
    return_url = return_url or request.get_full_path()
    restriction = refusal.restriction
    if restriction is not None and restriction.restriction_type == BaseViewRestriction.PASSWORD:
        response = _password_form(request, refusal, return_url)
    elif _untrusted(request):
        # Signed in with the password only: the second factor, not the sign-in form (which
        # would send a signed-in user straight back here).
        response = redirect(verification_url(request.user, return_url))
    else:
        response = redirect_to_login(return_url, settings.WAGTAIL_FRONTEND_LOGIN_URL)
    add_never_cache_headers(response)
    return response


def _untrusted(request):
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated and not is_trusted(user)


def _password_form(request, refusal, return_url):
    restriction = refusal.restriction
    form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": return_url})
    if isinstance(restriction, PageViewRestriction):
        page = refusal.page.specific
        action = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        return page.serve_password_required_response(request, form, action)
    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    template = getattr(
        settings, "WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE", "wagtaildocs/password_required.html"
    )
    return TemplateResponse(request, template, {"form": form, "action_url": action})
