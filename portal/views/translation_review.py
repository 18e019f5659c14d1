"""Send a wagtail-localize translation into the workflow of its locale.

wagtail-localize's translation editor offers only "Publish", and only to users who may publish:
a translator can translate but has no way to hand the result to the reviewers. This view takes
the translated strings, stores them as a new draft revision of the target page and starts
(or resumes) the page's workflow, exactly like "Submit for moderation" in Wagtail's editor.

The draft is built in memory and saved only as a revision. wagtail-localize's own
`save_target(publish=False)` writes the page row, which for a live page is the published
content, so it would bypass the review. This can go once wagtail-localize's editor supports
workflows (wagtail/wagtail-localize#655 and the roadmap item "Multilingual content lifecycle").
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page, WorkflowState
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    Translation,
)
from wagtail_localize.segments.ingest import ingest_segments


def review_status(page, user):
    """What the review panel in the translation editor shows for `page` and `user`."""
    state = page.current_workflow_state
    perms = page.permissions_for_user(user)
    needs_changes = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    return {
        "has_workflow": page.has_workflow,
        "in_review": in_review,
        "needs_changes": needs_changes,
        "task": state.current_task_state.task if in_review and state.current_task_state else None,
        "can_submit": (
            perms.can_edit() and page.has_workflow and not in_review and not perms.page_locked()
        ),
    }


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    source = translation.source
    try:
        page = source.get_translated_instance(translation.target_locale)
    except Page.DoesNotExist:
        raise PermissionDenied from None
    if not isinstance(page, Page):
        raise PermissionDenied
    page = page.specific
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    status = review_status(page, request.user)
    if not status["can_submit"]:
        raise PermissionDenied

    original = source.as_instance()
    try:
        segments = source._get_segments_for_translation(translation.target_locale)
    except (MissingTranslationError, MissingRelatedObjectError):
        messages.error(
            request,
            _("Some texts are not translated yet. Translate every text, then submit it again."),
        )
        return redirect(edit_url)
    copy_synchronised_fields(original, page)
    ingest_segments(original, page, source.locale, translation.target_locale, segments)
    try:
        page.save_revision(user=request.user, log_action=True)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s") % {"errors": error},
        )
        return redirect(edit_url)

    state = page.current_workflow_state
    if status["needs_changes"]:
        state.resume(request.user)
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _("'%(title)s' was submitted for review.") % {"title": page.get_admin_display_title()},
    )
    return redirect(edit_url)
