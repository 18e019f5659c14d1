"""Screens of the standard admin read in one language, with nothing left unnamed."""

import importlib
import re

import pytest
from django.apps import apps
from django.core import mail
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Task, Workflow, WorkflowTask

from portal.roles import REDAKTION
from tests.portal.admin_flow import create_page, workflow_action
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

retirement = importlib.import_module("portal.migrations.0007_retire_moderators_approval_task")


@pytest.fixture
def chief(client, django_user_model):
    user = django_user_model.objects.create_superuser("chefin", "chefin@example.invalid", "pw")
    client.force_login(user)
    return user


def test_the_page_search_counts_pages_not_none(client, chief):
    response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Marrakesch"})
    assert response.status_code == 200
    count = re.search(r"\d+-\d+ von \d+ [^<\n]*", response.text)
    assert count, "no result count"
    assert count.group(0).strip().endswith("Seiten")


def test_aging_pages_name_no_publisher_as_none(client, chief):
    """The demo content was published by a command, so no publisher is recorded."""
    response = client.get(reverse("wagtailadmin_reports:aging_pages_results"))
    assert response.status_code == 200
    assert "Standardseite" in response.text and "unbekannt" in response.text
    assert not re.search(r">\s*None\s*<", response.text)


def test_wagtails_default_task_is_no_longer_offered(client, chief):
    task = Task.objects.get(name="Moderators approval")
    assert not task.active
    response = client.get(reverse("wagtailadmin_workflows:task_index"))
    assert response.status_code == 200
    assert "Moderators approval" not in response.text
    assert "Redaktionsprüfung" in response.text


def test_a_default_task_in_use_stays_active():
    task = GroupApprovalTask.objects.get(name="Moderators approval")
    task.active = True
    task.save()
    workflow = Workflow.objects.create(name="Noch benutzt", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    retirement.retire_default_task(apps, None)
    task.refresh_from_db()
    assert task.active


def test_german_mail_subjects_use_german_quotation_marks(client, home):
    author = UserFactory(groups=[REDAKTION])
    reviewer = UserFactory(groups=[REDAKTION])
    client.force_login(author)
    _response, page = create_page(client, home, "Brunnenfest", "brunnenfest", "action-submit")
    client.force_login(reviewer)
    workflow_action(client, page, "reject", comment="Bitte kürzen.")
    subjects = [message.subject for message in mail.outbox]
    assert any("abgelehnt" in subject for subject in subjects), subjects
    for subject in subjects:
        assert '"' not in subject, subject
        assert "„Brunnenfest“" in subject, subject
