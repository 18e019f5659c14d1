"""Admin additions of the editorial workflow: translation review and guarded sync."""

from django.urls import path
from wagtail import hooks

from portal.views.translation_review import submit_translation_for_review
from portal.wagtail_localize_publishing import ReviewedUpdateTranslationsView


# Runs before wagtail-localize's hook, so this view answers its "update translations" URL.
@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            ReviewedUpdateTranslationsView.as_view(),
            name="portal_update_translations",
        ),
        path(
            "portal/translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="portal_submit_translation_for_review",
        ),
    ]
