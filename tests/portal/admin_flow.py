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


def create_page(client, parent, title, slug, action="action-publish", model=StandardPage, **fields):
    """Fill in Wagtail's "add page" form under `parent` and press one of its buttons."""
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    form = _form(client, url)
    form["title"] = title
    form["slug"] = slug
    for name, value in fields.items():
        form[name] = value
    form[action] = "1"
    response = client.post(url, form)
    return response, model.objects.filter(slug=slug).first()


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


def confirmed_device(user):
    """An authenticator app the user has set up already (django-otp TOTP)."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return TOTPDevice.objects.create(user=user, name="Authenticator", confirmed=True)


def current_code(device):
    """The code the user's authenticator app shows now; a later step when this one was used
    already (a second sign-in within 30 seconds), which the device's tolerance accepts."""
    from django_otp.oath import TOTP

    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    if device.last_t is not None and totp.t() <= device.last_t:
        totp.drift = device.last_t + 1 - totp.t() + device.drift
    return f"{totp.token():0{device.digits}d}"


def sign_in_with_2fa(page, base_url, username, password, device):
    """Sign in to the admin in the browser as an editor does: password, then the app's code."""
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/2fa/verify/**")
    page.fill("input[name=token]", current_code(device))
    page.click("form button[type=submit]")
    page.wait_for_url(base_url + "/admin/")
