"""The workflow "Redaktionelle Freigabe" and its assignment to every locale's home page.

One workflow serves all four languages (see docs/editors.md for why translations take the same
two steps). It is assigned to each locale's home page, so every page type beneath it, news and
archive entries included, goes through it. A home page that appears later (the French, Arabic
or English translation of the German one) gets the same workflow from `portal.signals`. The
draftable snippets (footer, news categories, document types) get it through their content
types.
"""

from portal.roles import EDITORIAL_MODELS, FREIGABE, REDAKTION

WORKFLOW_NAME = "Redaktionelle Freigabe"
# (task name, reviewing group), in order.
TASKS = (
    ("Redaktionsprüfung", REDAKTION),
    ("Freigabe Vorstand", FREIGABE),
)


def ensure_workflow(apps):
    """Create the workflow and its tasks once and assign it to every locale's home page.

    Safe to call repeatedly: objects are found by name, and a home page that an
    administrator gave another workflow keeps it.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("portal", "FourEyesApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    task_type, _ = ContentType.objects.get_or_create(
        app_label="portal", model="foureyesapprovaltask"
    )
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for sort_order, (task_name, group_name) in enumerate(TASKS):
        task = Task.objects.filter(name=task_name).first()
        if task is None:
            task = Task.objects.create(name=task_name, content_type=task_type, active=True)
            task.groups.set(Group.objects.filter(name=group_name))
        WorkflowTask.objects.get_or_create(
            workflow=workflow, task_id=task.pk, defaults={"sort_order": sort_order}
        )
    Page = apps.get_model("wagtailcore", "Page")
    assign_to_home_pages(apps, workflow, Page.objects.filter(depth=2))
    assign_to_snippets(apps, workflow)
    return workflow


def assign_to_snippets(apps, workflow):
    """Attach `workflow` to the editorial snippet models that exist and have none yet."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    for label in EDITORIAL_MODELS:
        app_label, model_name = label.split(".")
        try:
            apps.get_model(app_label, model_name)
        except LookupError:
            continue
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )


def assign_to_home_pages(apps, workflow, home_pages):
    """Attach `workflow` to each of `home_pages` that has no workflow of its own yet."""
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    for home in home_pages:
        WorkflowPage.objects.get_or_create(page_id=home.pk, defaults={"workflow": workflow})


def workflow_for_new_home(home):
    """The workflow a new locale home page should get: that of its sibling locale homes."""
    from wagtail.models import Page, WorkflowPage

    siblings = Page.objects.filter(depth=2, translation_key=home.translation_key).exclude(
        pk=home.pk
    )
    assignment = (
        WorkflowPage.objects.filter(page__in=siblings, workflow__active=True)
        .select_related("workflow")
        .order_by("page__path")
        .first()
    )
    return assignment.workflow if assignment else None


# What a fresh Wagtail installation brings (wagtailcore's migrations): two groups with
# permissions on the tree root and a one-step workflow on it. They would grant rights outside
# the roles above, so they are removed while nobody uses them.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def retire_wagtail_defaults(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True):
        group.delete()
    default = Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW, active=True).first()
    if default is None or WorkflowState.objects.filter(workflow=default).exists():
        return
    default.workflow_pages.all().delete()
    default.active = False
    default.save(update_fields=["active"])


def publish_approved_revision(workflow_state, user=None):
    """WAGTAIL_FINISH_WORKFLOW_ACTION: publish what the last step approved.

    Imported by Wagtail while its models load, so this module imports no models at the top.
    Wagtail's default re-checks the approver's publish permission, which `portal.publishing`
    denies on purpose; the workflow's task groups already decided who may approve.
    """
    revision = workflow_state.content_object.get_latest_revision()
    revision.publish(user=user, skip_permission_checks=True)
