"""Set up an authenticator app and enter its code, in the admin's sign-in look."""

from base64 import b32encode

import segno
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import TokenForm

#: Wrong codes allowed per session before the password sign-in has to be repeated.
MAX_FAILURES = 5


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def _admin_login():
    return redirect(f"{reverse('wagtailadmin_login')}")


def _count_failure(request):
    failures = request.session.get("twofactor_failures", 0) + 1
    request.session["twofactor_failures"] = failures
    return failures >= MAX_FAILURES


@never_cache
@sensitive_post_parameters("token")
@login_required(login_url=reverse_lazy("wagtailadmin_login"))
def verify(request):
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            request.session.pop("twofactor_failures", None)
            return redirect(_next_url(request))
        if _count_failure(request):
            logout(request)
            return _admin_login()
        form.add_error("token", _("This code is not valid. Check the time on your device."))
    return TemplateResponse(
        request, "portal/twofactor/verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@sensitive_post_parameters("token")
@login_required(login_url=reverse_lazy("wagtailadmin_login"))
def setup(request):
    if request.user.is_verified():
        return redirect(_next_url(request))
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name=_("Authenticator app"), confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            return redirect(_next_url(request))
        if _count_failure(request):
            logout(request)
            return _admin_login()
        form.add_error("token", _("This code is not valid. Check the time on your device."))
    context = {
        "form": form,
        "next": _next_url(request),
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=5, dark="#000"),
        "secret": b32encode(device.bin_key).decode(),
    }
    return TemplateResponse(request, "portal/twofactor/setup.html", context)
