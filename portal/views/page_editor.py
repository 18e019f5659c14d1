"""The page editor's views, adapted to the four-eyes review (one viewset for every page type).

Registered through Wagtail's page viewset registry (`PageViewSet`, the documented way to give
pages their own views), so every URL, permission check and template stays Wagtail's:

* **Approving in the editor with changes.** Wagtail saves the form as a revision before it
  runs the chosen workflow action. A reviewer who changed the text becomes one of its authors
  and may not decide on it any more; Wagtail would save the revision, then the task refuses
  and the reviewer lands on the dashboard with a bare "no access". Here the changes are saved
  as a draft and the editor says why the action did not happen and who reviews now. Without
  changes, no revision is saved (`portal.page_form` tells real changes from re-saves).
* **One person approving two steps.** Superusers may approve any step. When the same person
  approves a second step of the same revision, the editor and the dashboard warn them
  (`portal.review_warnings` logs it and notes it in the page's history).
* **Autosave keeps out of a decision.** Autosave posts the whole form; when it fired while
  the workflow dialog was submitting it, it carried the chosen action too, and two requests
  raced: to perform it (the second found the step gone: a 500), or, saving the page as it
  was loaded, over the page the approval had just published. Such an autosave is refused.
* **No autosave of new pages.** Wagtail's autosave would create the page from a half-filled
  "add page" form without a click; the page exists once the editor saves it. Autosave of
  existing pages stays on.
"""

from django.contrib import messages
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.views.pages.edit import EditView
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page

from portal.models.workflow import FourEyesApprovalTask
from portal.review_warnings import earlier_approval, single_reviewer_message


def authors_cannot_review_message(task):
    groups = ", ".join(f"„{group.name}“" for group in task.groups.all()) or "—"
    return format_lazy(
        "{} {}",
        _("Authors cannot review their own text."),
        _(
            "Your changes are saved as a draft and make you one of its authors, so another "
            "member of %(groups)s must review the step “%(task)s” now. To approve or reject "
            "it yourself, leave the text as it is."
        )
        % {"groups": groups, "task": task.name},
    )


class ReviewedEditView(EditView):
    def get(self, request, *args, **kwargs):
        task_state = self.page.current_workflow_task_state
        if task_state is not None and earlier_approval(request.user, task_state):
            messages.warning(request, single_reviewer_message(task_state))
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.expects_json_response and request.POST.get("action-workflow-action"):
            # An autosave that fired while the workflow dialog submits the form: that
            # submission decides and saves; a save from here would race with it.
            return self.json_error_response(
                "workflow_action_pending",
                _("Not saved automatically: the page is being reviewed."),
            )
        return super().post(request, *args, **kwargs)

    def perform_workflow_action(self):
        task = self.page.current_workflow_task
        if task is None:
            # Decided meanwhile (in another tab, or by a second click).
            messages.error(
                self.request,
                _("The page '%(page_title)s' is not currently awaiting moderation.")
                % {"page_title": self.page.get_admin_display_title()},
            )
            return self.redirect_and_remain()
        if self.has_content_changes and isinstance(task, FourEyesApprovalTask):
            messages.error(self.request, authors_cannot_review_message(task))
            return self.save_action()
        task_state = self.page.current_workflow_task_state
        response = super().perform_workflow_action()
        _warn_after_approval(self.request, task_state)
        return response


class ReviewedWorkflowActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        _warn_after_approval(request, self.task_state)
        return response


class NoAutosaveCreateView(CreateView):
    def get_context_data(self, **kwargs):
        self.autosave_enabled = False
        return super().get_context_data(**kwargs)


def _warn_after_approval(request, task_state):
    task_state.refresh_from_db()
    if task_state.status == task_state.STATUS_APPROVED and earlier_approval(
        task_state.finished_by, task_state
    ):
        messages.warning(request, single_reviewer_message(task_state))


class ReviewedPageViewSet(PageViewSet):
    model = Page
    name = "portal_reviewed_pages"
    add_view_class = NoAutosaveCreateView
    edit_view_class = ReviewedEditView
    workflow_action_view_class = ReviewedWorkflowActionView
