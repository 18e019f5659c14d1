"""One account per editorial role, for trying the workflow locally; never in production.

Passwords come from DEMO_PASSWORD_<NAME> (e.g. DEMO_PASSWORD_REDAKTION,
DEMO_PASSWORD_UEBERSETZUNG_FR) or are generated and printed once, when the account is made.
Existing accounts are left alone.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils.translation import gettext as _

from portal.roles import FREIGABE, MITGLIEDER, REDAKTION, translator_group
from portal.settings.base import env

# Two editors, so that step 1 of the review ("Redaktionsprüfung") of one's text can be
# approved by the other: nobody reviews their own text.
DEMO_USERS = (
    ("redaktion", REDAKTION),
    ("redaktion2", REDAKTION),
    ("freigabe", FREIGABE),
    ("uebersetzung-fr", translator_group("fr")),
    ("uebersetzung-ar", translator_group("ar")),
    ("uebersetzung-en", translator_group("en")),
    ("mitglied", MITGLIEDER),
)


def password_variable(username):
    return "DEMO_PASSWORD_" + username.upper().replace("-", "_")


class Command(BaseCommand):
    help = _(
        "Creates one demo account per editorial role (development only). Passwords come from "
        "DEMO_PASSWORD_<USER> or are printed once."
    )

    @no_translations
    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                _("Demo accounts are for local development only; DEBUG is off, so none is made.")
            )
        User = get_user_model()
        for username, group_name in DEMO_USERS:
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                raise CommandError(
                    _("The group '%(group)s' is missing; run 'manage.py migrate' first.")
                    % {"group": group_name}
                )
            if User.objects.filter(username=username).exists():
                self.stdout.write(_("%(username)s: exists already") % {"username": username})
                continue
            variable = password_variable(username)
            given = env.str(variable, default="")
            password = given or secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username, email=f"{username}@example.invalid", password=password
            )
            user.groups.add(group)
            if given:
                shown = _("(from %(variable)s)") % {"variable": variable}
            elif variable in env.ENVIRON:
                shown = _("%(password)s (%(variable)s is empty, so a random password was made)") % {
                    "password": password,
                    "variable": variable,
                }
            else:
                shown = password
            self.stdout.write(
                _("%(username)s (%(group)s): %(password)s")
                % {"username": username, "group": group_name, "password": shown}
            )
        self.stdout.write(_("Passwords are shown only once, when an account is created."))
