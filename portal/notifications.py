"""The author's approval mail also carries the reviewers' comments and the go-live time.

Wagtail's rejection mail includes the reviewer's comment, its approval mail does not, although
"Approve with comment" is offered to every reviewer. This notifier adds the comments of the
approvals in the finished workflow and, for a scheduled page, when it goes live. It replaces
Wagtail's handler under the same `dispatch_uid` (see `PortalConfig.ready`).
"""

from wagtail.admin.mail import WorkflowStateApprovalEmailNotifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import workflow_approved

DISPATCH_UID = "workflow_state_approved_email_notification"


class ApprovalEmailNotifier(WorkflowStateApprovalEmailNotifier):
    def get_context(self, workflow_state, **kwargs):
        context = super().get_context(workflow_state, **kwargs)
        approvals = (
            workflow_state.task_states.filter(status=TaskState.STATUS_APPROVED)
            .exclude(comment="")
            .select_related("task", "finished_by")
            .order_by("finished_at")
        )
        context["reviews"] = [
            {"task": state.task.name, "reviewer": state.finished_by, "comment": state.comment}
            for state in approvals
        ]
        content = workflow_state.content_object
        revision = getattr(content, "scheduled_revision", None)
        context["go_live_at"] = revision.approved_go_live_at if revision else None
        return context


approval_email_notifier = ApprovalEmailNotifier()


def replace_approval_notifier():
    """Swap Wagtail's approval notifier for ours, whichever app's `ready()` ran first."""
    workflow_approved.disconnect(sender=WorkflowState, dispatch_uid=DISPATCH_UID)
    workflow_approved.connect(
        approval_email_notifier, sender=WorkflowState, dispatch_uid=DISPATCH_UID
    )
