"""Adding and removing authenticator apps, each change recorded and mailed to the owner.

Every change to an account's second factor is security-relevant: an app added by someone
else keeps working for them, an app removed lets the next password-only sign-in set up a new
one. So each change is written to Wagtail's log (*Reports → Site history*, with who did it)
and to the ``portal.twofactor`` logger, and the owner gets a mail in their admin language,
also when they made the change themselves (then they know it was them).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log
from wagtail.users.models import UserProfile

logger = logging.getLogger("portal.twofactor")

ADDED = "portal.two_factor.device_added"
REMOVED = "portal.two_factor.device_removed"
RESET = "portal.two_factor.devices_reset"


def confirmed_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("created_at", "pk")


def confirm(device, actor):
    """Make ``device`` a working second factor of its user."""
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        _record(ADDED, device.user, actor, [device.name])


def remove(device, actor):
    """Remove one confirmed device (by its owner, or by an administrator)."""
    user, name = device.user, device.name
    with transaction.atomic():
        device.delete()
        _record(REMOVED, user, actor, [name])


def reset(user, actor):
    """Remove every device of ``user`` (a lost phone): the next sign-in sets up a new one."""
    with transaction.atomic():
        devices = list(TOTPDevice.objects.filter(user=user))
        names = [device.name for device in devices if device.confirmed]
        for device in devices:
            device.delete()
        if names:
            _record(RESET, user, actor, names)
    return len(names)


def _record(action, user, actor, names):
    data = {"devices": names, "user": user.get_username()}
    log(instance=user, action=action, user=actor, data=data)
    logger.info(
        "%s: %s, account %s, by %s",
        action,
        ", ".join(names),
        user.get_username(),
        actor.get_username() if actor is not None else "-",
    )
    transaction.on_commit(lambda: _mail(action, user, actor, names))


def _mail(action, user, actor, names):
    if not user.email:
        logger.warning("%s: account %s has no e-mail address to tell", action, user.pk)
        return
    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        subject, change = _describe(action, user, actor, names)
        when = date_format(timezone.localtime(), "DATETIME_FORMAT")
        body = "\n\n".join(
            [
                _("Hello %(name)s,") % {"name": user.get_full_name() or user.get_username()},
                change,
                _("Time: %(when)s. Site: %(site)s.")
                % {"when": when, "site": settings.WAGTAILADMIN_BASE_URL},
                _(
                    "If you did not expect this change, tell an administrator at once: they "
                    "can remove the authenticator apps of your account."
                ),
            ]
        )
    send_mail(subject, body, None, [user.email])


def _describe(action, user, actor, names):
    """The mail's subject and the sentence saying what changed."""
    apps = ", ".join(f"“{name}”" for name in names)
    by_owner = actor is not None and actor.pk == user.pk
    who = "" if actor is None else actor.get_full_name() or actor.get_username()
    if action == ADDED:
        subject = _("An authenticator app was added to your account")
        change = _("The authenticator app %(apps)s was added to your account.") % {"apps": apps}
    elif action == REMOVED:
        subject = _("An authenticator app was removed from your account")
        change = _("The authenticator app %(apps)s was removed from your account.") % {"apps": apps}
    else:
        subject = _("The authenticator apps of your account were reset")
        change = _(
            "All authenticator apps of your account were removed (%(apps)s). At your next "
            "sign-in you will set up a new one."
        ) % {"apps": apps}
    if not by_owner and who:
        change = f"{change} " + _("Changed by %(who)s.") % {"who": who}
    return subject, change
