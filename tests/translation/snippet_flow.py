"""Helpers that drive Wagtail's snippet admin views (edit, workflow) as a browser would."""

from django.http import QueryDict
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html


def snippet_url(instance, view, *args):
    meta = instance._meta
    return reverse(
        f"wagtailsnippets_{meta.app_label}_{meta.model_name}:{view}", args=[instance.pk, *args]
    )


def edit_snippet(client, instance, action, **fields):
    """Fill in the snippet's edit form and press one of its buttons ("action-submit", …)."""
    url = snippet_url(instance, "edit")
    form = querydict_from_html(client.get(url).content.decode(), form_id="w-editor-form")
    form = QueryDict(mutable=True) | form if not form._mutable else form
    for name, value in fields.items():
        form[name] = value
    form[action] = "1"
    return client.post(url, form)


def snippet_workflow_action(client, instance, action, comment=""):
    instance.refresh_from_db()
    task_state = instance.current_workflow_task_state
    url = snippet_url(instance, "workflow_action", action, task_state.pk)
    return client.post(url, {"comment": comment}, headers={"x-requested-with": "XMLHttpRequest"})
