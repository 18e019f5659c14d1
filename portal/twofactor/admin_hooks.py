"""The authenticator apps in the admin: the account page, the user list, the site history."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter

from . import devices
from .views import may_manage_devices_of


@hooks.register("register_account_menu_item")
def account_devices_item(request):
    return {
        "url": reverse("portal_twofactor:devices"),
        "label": _("Authenticator apps"),
        "help_text": _("List, add and remove the apps that give your two-factor sign-in codes."),
    }


@hooks.register("register_user_listing_buttons")
def user_devices_button(user, request_user):
    if may_manage_devices_of(request_user, user):
        yield Button(
            _("Authenticator apps"),
            reverse("portal_twofactor:user_devices", args=[user.pk]),
            icon_name="key",
            priority=60,
        )


class _DeviceChange(LogFormatter):
    def format_message(self, log_entry):
        names = ", ".join(log_entry.data.get("devices", []))
        return self.message % {"devices": names, "user": log_entry.data.get("user", "")}


@hooks.register("register_log_actions")
def register_device_actions(actions):
    @actions.register_action(devices.ADDED)
    class Added(_DeviceChange):
        label = _("Add authenticator app")
        message = _("Authenticator app %(devices)s added to %(user)s")

    @actions.register_action(devices.REMOVED)
    class Removed(_DeviceChange):
        label = _("Remove authenticator app")
        message = _("Authenticator app %(devices)s removed from %(user)s")

    @actions.register_action(devices.RESET)
    class Reset(_DeviceChange):
        label = _("Reset authenticator apps")
        message = _("All authenticator apps of %(user)s removed (%(devices)s)")
