"""Create the local admin account once; its password is printed only when it is created."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, no_translations
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.settings.base import env


class Command(BaseCommand):
    help = _(
        "Creates a superuser from ADMIN_USERNAME / ADMIN_PASSWORD (default: 'admin' with a "
        "random password, printed once). Does nothing if the account exists."
    )

    @no_translations
    def handle(self, *args, **options):
        username = env.str("ADMIN_USERNAME", default="admin").strip()
        if not username:
            raise CommandError(_("ADMIN_USERNAME is empty; set it to the admin's user name."))
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(
                _("Admin account '%(username)s' exists already.") % {"username": username}
            )
            return
        given = env.str("ADMIN_PASSWORD", default="")
        password = given or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email="", password=password)
        self.stdout.write(
            self.style.SUCCESS(
                _("Created the admin account for %(url)s")
                % {"url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")}
            )
        )
        self.stdout.write(_("  user name: %(username)s") % {"username": username})
        if given:
            self.stdout.write(_("  password: (from ADMIN_PASSWORD)"))
        else:
            if "ADMIN_PASSWORD" in env.ENVIRON:
                self.stdout.write(_("  ADMIN_PASSWORD is empty, so a random password was made."))
            self.stdout.write(_("  password: %(password)s") % {"password": password})
            self.stdout.write(_("  Note it now: it is shown only this once."))
