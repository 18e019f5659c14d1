"""Admin additions of the editorial workflow: translation review."""

from django.urls import path
from wagtail import hooks

from portal.views.translation_review import submit_translation_for_review


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "portal/translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="portal_submit_translation_for_review",
        ),
    ]


# The authenticator apps of two-factor sign-in (account page, user list, site history).
from portal.twofactor import admin_hooks  # noqa: E402, F401
