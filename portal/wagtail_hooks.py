"""Admin additions of the editorial workflow: translation review, the page editor's views
(`portal.views.page_editor`), the history note of a single reviewer, the admin's stylesheet."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks

from portal import review_warnings
from portal.views.page_editor import ReviewedPageViewSet
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


@hooks.register("register_admin_viewset")
def register_page_views():
    return ReviewedPageViewSet()


@hooks.register("register_log_actions")
def register_log_actions(actions):
    review_warnings.register_log_action(actions)


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    return format_html('<link rel="stylesheet" href="{}">', static("portal/css/admin.css"))


# The authenticator apps of two-factor sign-in (account page, user list, site history).
from portal.twofactor import admin_hooks  # noqa: E402, F401
