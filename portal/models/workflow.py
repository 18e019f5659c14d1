"""The workflow task type of the editorial review.

Wagtail's group approval task lets anyone in the group approve, including the people who
wrote the text; the association's rule is that a second person always checks. This task keeps
every behaviour of `GroupApprovalTask` (locking, editor access, notifications) and takes the
approve and reject actions away from everyone who authored the content under review: the
submitter and whoever saved one of the revisions that are not live yet *and changed its content*
(the one who wrote the draft that a colleague submitted, a colleague who reworked a rejected
draft, a reviewer who edited it during the review). A revision that says what the one before it
said (a reviewer's comment, an unchanged form saved on the way to an approval) makes nobody an
author: content is compared by `portal.content_changes`, not by who saved. The admin neither
offers authors the actions nor accepts a crafted POST.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask, Revision

from portal.content_changes import same_content


def authors(workflow_state):
    """Ids of the submitter and of everyone whose revision newer than the live one changed
    the content (compared with the revision before it)."""
    revisions = Revision.objects.filter(
        base_content_type_id=workflow_state.base_content_type_id,
        object_id=workflow_state.object_id,
    ).order_by("pk")
    live_revision_id = getattr(workflow_state.content_object, "live_revision_id", None)
    previous = None
    if live_revision_id is not None:
        previous = revisions.filter(pk__lte=live_revision_id).last()
        revisions = revisions.filter(pk__gt=live_revision_id)
    found = {workflow_state.requested_by_id}
    for revision in revisions.only("pk", "user_id", "content"):
        if revision.user_id is not None and (
            previous is None or not same_content(revision.content, previous.content)
        ):
            found.add(revision.user_id)
        previous = revision
    return found


class FourEyesApprovalTask(GroupApprovalTask):
    """A group approval that no author of the content under review can decide on."""

    @staticmethod
    def _is_author(obj, user):
        state = obj.current_workflow_state
        return state is not None and user.pk in authors(state)

    def get_actions(self, obj, user):
        if self._is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if user.pk in authors(task_state.workflow_state):
            raise PermissionDenied(_("Authors cannot review their own text."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        states = states.exclude(workflow_state__requested_by=user)
        # Few reviews wait at a time, so each one's authors are looked up on its own.
        own = [
            state.pk
            for state in states.select_related("workflow_state")
            if user.pk in authors(state.workflow_state)
        ]
        return states.exclude(pk__in=own)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes; nobody who wrote or "
            "submitted the changes under review decides on them."
        )

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")
