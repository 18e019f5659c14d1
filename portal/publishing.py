"""Nothing goes live without review: publishing happens through the workflow.

Wagtail offers "Publish" to everyone with publish permission, even where a workflow applies,
and the board (Freigabe) needs that permission: Wagtail checks it when the final approval
publishes, when a page is taken offline and when view restrictions are set. So the board could
publish its own text unreviewed, from the page editor, bulk actions, a page copy, wagtail-
localize's translation editor or its "Sync translated pages" form.

Here a page under a workflow cannot be published directly by anyone but a superuser (who keeps
every right, as the association decided). Every page type uses `ReviewedPublishingPage`, so
Wagtail's own permission checks, which all of these paths consult, say no; the final approval
publishes through `portal.workflow.publish_approved_revision` (WAGTAIL_FINISH_WORKFLOW_ACTION),
for which passing the workflow's steps is the permission. Taking a page offline, scheduling and
unscheduling, and view restrictions keep Wagtail's rules. Snippets under the workflow need no
such code: nobody but superusers holds their "publish" permission (portal.roles).
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Page,
    PagePermissionTester,
    RevisionMixin,
    WorkflowMixin,
)

from portal.page_form import ReviewedPageForm


class ReviewedPagePermissionTester(PagePermissionTester):
    def _review_required(self):
        if self.user.is_superuser:
            return False
        if not hasattr(self, "_has_workflow"):
            self._has_workflow = self.page.get_workflow() is not None
        return self._has_workflow

    def can_publish(self):
        return super().can_publish() and not self._review_required()

    def can_publish_subpage(self):
        return super().can_publish_subpage() and not self._review_required()

    # Wagtail ties these to can_publish; they do not put new content online.
    def can_set_view_restrictions(self):
        return PagePermissionTester.can_publish(self)

    def can_unschedule(self):
        return PagePermissionTester.can_publish(self)


class ReviewedPublishingPage:
    """Mixin for every page model: publishing under a workflow is left to the workflow, and
    the editor's form tells content changes from re-saves (`portal.page_form`)."""

    base_form_class = ReviewedPageForm

    def permissions_for_user(self, user):
        return ReviewedPagePermissionTester(user, self)


def user_can_publish(user, instance):
    """Whether `user` may put `instance` online directly, without the workflow."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        if user.is_superuser:
            return True
        return user.has_perm(f"{instance._meta.app_label}.publish_{instance._meta.model_name}")
    return True


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Base of the snippets that change through drafts and the editorial workflow.

    The relations are the ones Wagtail recommends, so revisions and workflow states go when
    the snippet is deleted. The workflow itself is assigned by content type
    (portal.workflow.assign_to_snippets).
    """

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(class)s",
        for_concrete_model=False,
    )

    class Meta:
        abstract = True

    @property
    def revisions(self):
        return self._revisions
