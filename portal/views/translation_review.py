"""Send a wagtail-localize translation into the workflow of its locale.

wagtail-localize's translation editor offers only "Publish", and only to users who may publish:
a translator can translate but has no way to hand the result to the reviewers. This view takes
the translated strings, stores them as a new draft revision of the target page or snippet
(footer, news category, document type) and starts (or resumes) its workflow, exactly like
"Submit for moderation" in Wagtail's editor.

The draft is built in memory and saved only as a revision. wagtail-localize's own
`save_target(publish=False)` writes the database row, which for a live object is the
published content (and takes a live snippet offline), so it would bypass the review. This
can go once wagtail-localize's editor supports workflows (wagtail/wagtail-localize#655 and
the roadmap item "Multilingual content lifecycle").
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import LockableMixin, Page, WorkflowMixin, WorkflowState
from wagtail.permissions import policy_registry
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    MissingRelatedObjectError,
    MissingTranslationError,
    Translation,
)
from wagtail_localize.segments.ingest import ingest_segments


def _can_edit(instance, user):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    policy = policy_registry.get_by_type(type(instance))
    return policy.user_has_permission_for_instance(user, "change", instance)


def _locked_for(instance, user):
    lock = instance.get_lock() if isinstance(instance, LockableMixin) else None
    return lock is not None and lock.for_user(user)


def review_status(instance, user):
    """What the review panel in the translation editor shows for `instance` and `user`."""
    if not isinstance(instance, WorkflowMixin):
        return {"has_workflow": False}
    state = instance.current_workflow_state
    has_workflow = instance.has_workflow
    needs_changes = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
    in_review = state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    return {
        "has_workflow": has_workflow,
        "in_review": in_review,
        "needs_changes": needs_changes,
        "task": state.current_task_state.task if in_review and state.current_task_state else None,
        "can_submit": (
            has_workflow
            and not in_review
            and _can_edit(instance, user)
            and not _locked_for(instance, user)
        ),
    }


def edit_url(instance):
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=[instance.pk])
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


@require_POST
def submit_translation_for_review(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    source = translation.source
    try:
        target = source.get_translated_instance(translation.target_locale)
    except ObjectDoesNotExist:
        raise PermissionDenied from None
    target = target.specific if isinstance(target, Page) else target
    back = edit_url(target)
    status = review_status(target, request.user)
    if not status.get("can_submit"):
        raise PermissionDenied

    original = source.as_instance()
    try:
        segments = source._get_segments_for_translation(translation.target_locale)
    except (MissingTranslationError, MissingRelatedObjectError):
        messages.error(
            request,
            _("Some texts are not translated yet. Translate every text, then submit it again."),
        )
        return redirect(back)
    copy_synchronised_fields(original, target)
    ingest_segments(original, target, source.locale, translation.target_locale, segments)
    try:
        target.save_revision(user=request.user, log_action=True)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s") % {"errors": error},
        )
        return redirect(back)

    if status["needs_changes"]:
        target.current_workflow_state.resume(request.user)
    else:
        target.get_workflow().start(target, request.user)
    title = target.get_admin_display_title() if isinstance(target, Page) else str(target)
    messages.success(request, _("'%(title)s' was submitted for review.") % {"title": title})
    return redirect(back)
