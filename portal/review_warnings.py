"""When one person approves two steps of the same revision.

Each step of "Redaktionelle Freigabe" belongs to another group, so normally two people see a
text before it goes live. Superusers may approve every step (the association keeps that
right for emergencies); then one person alone has reviewed it. That is allowed, but never
silent: the editor warns before and after (`portal.views.page_editor`), the server log gets a
warning, and the page's history ("Verlauf") a note naming the person and the steps.
"""

import logging

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import TaskState

logger = logging.getLogger("portal.review")

LOG_ACTION = "portal.review.single_reviewer"
LOG_LABEL = gettext_lazy("Approved by one reviewer alone")


def earlier_approval(user, task_state):
    """The approval `user` gave to another step of the same revision, or None."""
    if user is None or task_state.revision_id is None:
        return None
    return (
        TaskState.objects.filter(
            workflow_state_id=task_state.workflow_state_id,
            revision_id=task_state.revision_id,
            status=TaskState.STATUS_APPROVED,
            finished_by=user,
        )
        .exclude(pk=task_state.pk)
        .select_related("task")
        .first()
    )


def single_reviewer_message(task_state):
    """What the editor tells the person who approved (or is about to approve) a second step."""
    earlier = earlier_approval(
        task_state.finished_by if task_state.finished_by_id else None, task_state
    )
    if task_state.status == TaskState.STATUS_APPROVED and earlier is not None:
        return _(
            "You approved both “%(first)s” and “%(second)s” of this version: nobody else "
            "has reviewed it. This is noted in the page history."
        ) % {"first": earlier.task.name, "second": task_state.task.name}
    return _(
        "You approved the previous step of this version yourself. If you approve "
        "“%(task)s” too, nobody else will have reviewed it; if possible, leave this step to "
        "a member of its group."
    ) % {"task": task_state.task.name}


def note_single_reviewer(sender, instance, user, **kwargs):
    """`task_approved` receiver: log and note an approval of a second step by the same person."""
    earlier = earlier_approval(user, instance)
    if earlier is None:
        return
    content = instance.workflow_state.content_object
    logger.warning(
        "%s approved both '%s' and '%s' of revision %s of %r: reviewed by one person only",
        user,
        earlier.task.name,
        instance.task.name,
        instance.revision_id,
        str(content),
    )
    log(
        instance=content,
        action=LOG_ACTION,
        user=user,
        revision=instance.revision,
        data={"steps": [earlier.task.name, instance.task.name]},
    )


def register_log_action(actions):
    actions.register_action(LOG_ACTION, LOG_LABEL, LOG_LABEL)
