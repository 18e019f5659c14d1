"""The workflow task type of the editorial review.

Wagtail's group approval task lets anyone in the group approve, including the person who
submitted the page; the association's rule is that a second person always checks. This task
keeps every behaviour of `GroupApprovalTask` (locking, editor access, notifications) and only
takes the approve and reject actions away from the submitter, so the admin neither offers them
nor accepts a crafted POST.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class FourEyesApprovalTask(GroupApprovalTask):
    """A group approval that the submitter of the workflow can never decide on."""

    @staticmethod
    def _submitted_by(obj, user):
        state = obj.current_workflow_state
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied(_("The submitter cannot review their own submission."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes; the person who submitted "
            "the page never reviews it."
        )

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")
