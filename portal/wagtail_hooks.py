"""Admin additions of the editorial workflow: translation review, the page editor's views
(`portal.views.page_editor`) and the history note of a single reviewer."""

from django.urls import path
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
