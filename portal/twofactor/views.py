"""Set up an authenticator app, enter its code, manage the apps: in the admin's look.

Setting up an app is the moment an attacker who has only the password would aim for: a
second app of their own keeps working after the owner changes the password. So a new app can
be set up only

* by an account that has no confirmed app yet (the first sign-in under the policy), or
* in a session already verified with an existing app *and* re-verified just now, with a
  fresh code of an existing app (``REVERIFY_SECONDS``; django-otp refuses a code of a time
  step already used, so the code that signed in cannot be shown again).

Each set-up page shows a new secret, kept for this session only, so a secret someone else
saw on this account's set-up page never becomes an app of the account.
"""

import time
from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp import devices_for_user, verify_token
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import devices
from .forms import SetupForm, TokenForm
from .policy import is_verified

#: Wrong codes allowed per session before the password sign-in has to be repeated.
MAX_FAILURES = 5
_SETUP_DEVICE = "twofactor_setup_device"
_REVERIFIED_AT = "twofactor_reverified_at"
signed_in = login_required(login_url=reverse_lazy("wagtailadmin_login"))


def _next_url(request, default="wagtailadmin_home"):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse(default)


def _to(view, next_url):
    return redirect(f"{reverse(view)}?{urlencode({'next': next_url})}")


def _count_failure(request):
    failures = request.session.get("twofactor_failures", 0) + 1
    request.session["twofactor_failures"] = failures
    return failures >= MAX_FAILURES


def _wrong_code(request, form):
    """Count a wrong code; after MAX_FAILURES the session ends (a response), else None."""
    if _count_failure(request):
        logout(request)
        return redirect(reverse("wagtailadmin_login"))
    form.add_error("token", _("This code is not valid. Check the time on your device."))
    return None


def _match(user, token):
    """The confirmed device of ``user`` that accepts ``token`` (django-otp throttles each)."""
    for device in devices_for_user(user, confirmed=True):
        verified = verify_token(user, device.persistent_id, token)
        if verified is not None:
            return verified
    return None


def reverify_seconds():
    return getattr(settings, "TWOFACTOR_REVERIFY_SECONDS", 300)


def _freshly_reverified(request):
    at = request.session.get(_REVERIFIED_AT)
    return at is not None and 0 <= time.time() - at <= reverify_seconds()


def _ask_code(request, template, default_next, on_verified=None):
    """The code prompt: a code of one of the user's apps verifies the session."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _match(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            request.session.pop("twofactor_failures", None)
            if on_verified is not None:
                on_verified()
            return redirect(_next_url(request, default_next))
        refused = _wrong_code(request, form)
        if refused:
            return refused
    context = {"form": form, "next": _next_url(request, default_next)}
    return TemplateResponse(request, template, context)


@never_cache
@sensitive_post_parameters("token")
@signed_in
def verify(request):
    return _ask_code(request, "portal/twofactor/verify.html", "wagtailadmin_home")


@never_cache
@sensitive_post_parameters("token")
@signed_in
def reverify(request):
    """A fresh code of an existing app, asked before the apps of the account change."""

    def mark_fresh():
        request.session[_REVERIFIED_AT] = time.time()

    return _ask_code(
        request, "portal/twofactor/reverify.html", "portal_twofactor:devices", mark_fresh
    )


def _setup_device(request):
    """This session's unconfirmed device; other unconfirmed devices of the user go."""
    pending = TOTPDevice.objects.filter(user=request.user, confirmed=False)
    device = pending.filter(pk=request.session.get(_SETUP_DEVICE)).first()
    pending.exclude(pk=getattr(device, "pk", None)).delete()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name=_("Authenticator app"), confirmed=False
        )
        request.session[_SETUP_DEVICE] = device.pk
    return device


@never_cache
@sensitive_post_parameters("token")
@signed_in
def setup(request):
    user = request.user
    has_device = devices.confirmed_devices(user).exists()
    here = request.get_full_path()
    if has_device and not is_verified(user):
        # A password-only session of an account with an app: the app's code comes first.
        return _to("portal_twofactor:verify", here)
    if has_device and not _freshly_reverified(request):
        return _to("portal_twofactor:reverify", here)
    device = _setup_device(request)
    form = SetupForm(request.POST or None, initial={"name": _("Authenticator app")})
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.name = form.cleaned_data["name"]
            device.save(update_fields=["name"])
            devices.confirm(device, actor=user)
            otp_login(request, device)
            for key in (_SETUP_DEVICE, _REVERIFIED_AT, "twofactor_failures"):
                request.session.pop(key, None)
            if has_device:
                messages.success(request, _("The authenticator app was added."))
            return redirect(_next_url(request, "portal_twofactor:devices"))
        refused = _wrong_code(request, form)
        if refused:
            return refused
    default = "portal_twofactor:devices" if has_device else "wagtailadmin_home"
    context = {
        "form": form,
        "next": _next_url(request, default),
        "additional": has_device,
        "qr_svg": segno.make(device.config_url, error="m").svg_inline(scale=5, dark="#000"),
        "secret": b32encode(device.bin_key).decode(),
    }
    return TemplateResponse(request, "portal/twofactor/setup.html", context)


# -- the apps of an account --------------------------------------------------------------


def may_manage_devices_of(actor, user) -> bool:
    """Administrators manage the apps of other accounts (a lost phone); only a superuser
    those of a superuser."""
    if actor.pk == user.pk:
        return True
    if user.is_superuser:
        return actor.is_superuser
    return actor.is_superuser or actor.has_perm(f"{user._meta.app_label}.change_user")


def _managed_user(request, user_id):
    if user_id is None:
        return request.user
    user = get_object_or_404(get_user_model(), pk=user_id)
    if not may_manage_devices_of(request.user, user):
        raise PermissionDenied
    return user


@never_cache
@signed_in
def device_list(request, user_id=None):
    """The confirmed apps of an account, with the buttons to add (own) or remove them."""
    user = _managed_user(request, user_id)
    own = user.pk == request.user.pk
    context = {
        "account": user,
        "own": own,
        "devices": list(devices.confirmed_devices(user)),
        "current_device_id": getattr(getattr(request.user, "otp_device", None), "pk", None),
        "required": getattr(settings, "ADMIN_2FA_REQUIRED", False),
    }
    return TemplateResponse(request, "portal/twofactor/devices.html", context)


@never_cache
@signed_in
def device_remove(request, device_id):
    """Asks (GET) and removes (POST); one's own app only after a fresh code."""
    device = get_object_or_404(TOTPDevice, pk=device_id, confirmed=True)
    user = _managed_user(request, device.user_id)
    own = user.pk == request.user.pk
    back = reverse("portal_twofactor:devices")
    if not own:
        back = reverse("portal_twofactor:user_devices", args=[user.pk])
    if own and not _freshly_reverified(request):
        return _to("portal_twofactor:reverify", request.path)
    if request.method != "POST":
        context = {"device": device, "account": user, "own": own, "back": back}
        return TemplateResponse(request, "portal/twofactor/remove.html", context)
    remaining = devices.confirmed_devices(user).exclude(pk=device.pk).exists()
    if own and not remaining and getattr(settings, "ADMIN_2FA_REQUIRED", False):
        messages.error(
            request,
            _("Two-factor sign-in is required: add another authenticator app first."),
        )
        return redirect(back)
    name = device.name
    devices.remove(device, actor=request.user)
    request.session.pop(_REVERIFIED_AT, None)
    messages.success(request, _("The authenticator app “%(name)s” was removed.") % {"name": name})
    return redirect(back)


@never_cache
@require_POST
@signed_in
def devices_reset(request, user_id):
    user = _managed_user(request, user_id)
    if user.pk == request.user.pk:
        raise PermissionDenied  # one's own apps are removed one by one, after a fresh code
    count = devices.reset(user, actor=request.user)
    if count:
        messages.success(
            request,
            _("The authenticator apps of %(user)s were removed.") % {"user": user.get_username()},
        )
    return redirect(reverse("portal_twofactor:user_devices", args=[user.pk]))
