"""Who has to show a second factor, and whether this session has: one rule for every channel.

An account *needs* two-factor sign-in when it has a confirmed device, or when the policy
demands one (``ADMIN_2FA_REQUIRED`` and the account may use the admin: editors, reviewers,
translators, administrators). Such an account is *trusted* only in a session verified with
one of its devices. Until then it counts as an anonymous visitor everywhere, not only in the
admin: members-only and group-restricted pages, private documents and collections, archive
and site search (``privacy.rules.viewer_for`` asks ``is_trusted``). Otherwise the password alone
would open on the public site what the admin guards with two factors.

Members without a device sign in with their password only; they have no admin access, so the
policy does not ask them for a device.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django_otp import device_classes, user_has_device

_MEMO = "_portal_two_factor_needed"


def needs_two_factor(user) -> bool:
    """True when ``user`` must verify a second factor before being trusted (one query)."""
    if user is None or not user.is_authenticated:
        return False
    needed = getattr(user, _MEMO, None)
    if needed is None:
        needed = _has_device_or_must_have_one(user)
        setattr(user, _MEMO, needed)  # asked once per request: the user is loaded per request
    return needed


def _has_device_or_must_have_one(user) -> bool:
    """Has a confirmed device (of any django-otp kind), or must have one: in one query, as
    it is asked on every page a signed-in account views."""
    required = getattr(settings, "ADMIN_2FA_REQUIRED", False)
    if required and user.is_superuser:
        return True
    conditions = [
        Exists(model.objects.filter(user=OuterRef("pk"), confirmed=True))
        for model in device_classes()
    ]
    if required:
        access_admin = Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        conditions.append(
            Exists(access_admin.filter(user=OuterRef("pk")))
            | Exists(access_admin.filter(group__user=OuterRef("pk")))
        )
    if not conditions:
        return False
    condition = conditions[0]
    for other in conditions[1:]:
        condition = condition | other
    return get_user_model()._default_manager.filter(condition, pk=user.pk).exists()


def is_verified(user) -> bool:
    """True when this session was verified with one of the user's devices (django-otp)."""
    check = getattr(user, "is_verified", None)
    return bool(check()) if callable(check) else False


def is_trusted(user) -> bool:
    """May ``user`` be treated as signed in (members-only content, editor rights)?

    False for anonymous visitors and for accounts that need a second factor in a session
    that has not shown one (a password-only sign-in).
    """
    if user is None or not user.is_authenticated:
        return False
    return is_verified(user) or not needs_two_factor(user)


def verification_url(user, next_url):
    """Where an untrusted, signed-in ``user`` proves the second factor, then goes on."""
    if user_has_device(user, confirmed=True):
        target = "portal_twofactor:verify"
    else:
        target = "portal_twofactor:setup"
    return f"{reverse(target)}?{urlencode({'next': next_url})}"
