"""Wagtail's default task "Moderators approval" is deactivated when nothing uses it.

0002 retired Wagtail's default workflow of the same name (portal.workflow), but its one task
stayed active and was still listed and offered under Settings > Workflow tasks next to the
portal's own steps. A task that has ever been worked on, or that an active workflow uses, is
left alone. Idempotent.
"""

from django.db import migrations

WAGTAIL_DEFAULT_TASK = "Moderators approval"


def retire_default_task(apps, schema_editor):
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    for task in Task.objects.filter(name=WAGTAIL_DEFAULT_TASK, active=True):
        in_use = (
            TaskState.objects.filter(task=task).exists()
            or WorkflowTask.objects.filter(task=task, workflow__active=True).exists()
        )
        if not in_use:
            task.active = False
            task.save(update_fields=["active"])


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_search_index_title_body_gin"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retire_default_task, migrations.RunPython.noop)]
