"""Helpers that drive the real Wagtail admin views, as an editor's browser would."""

from django.http import QueryDict
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from home.models import StandardPage


def _form(client, url):
    """The editor's form as the browser would send it; the (empty) block body is drawn by
    JavaScript, so its counter is added here."""
    form = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    form = QueryDict(mutable=True) | form if not form._mutable else form
    form.setdefault("body-count", "0")
    return form


def create_page(client, parent, title, slug, action="action-publish"):
    """Fill in Wagtail's "add page" form under `parent` and press one of its buttons."""
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    form = _form(client, url)
    form["title"] = title
    form["slug"] = slug
    form[action] = "1"
    response = client.post(url, form)
    return response, StandardPage.objects.filter(slug=slug).first()


def edit_page(client, page, action, **fields):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form = _form(client, url)
    for name, value in fields.items():
        form[name] = value
    form[action] = "1"
    return client.post(url, form)


def workflow_action(client, page, action, comment=""):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment}, headers={"x-requested-with": "XMLHttpRequest"})
