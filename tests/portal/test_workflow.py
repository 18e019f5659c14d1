"""The review of a page through the real admin: draft, two approvals, rejection, mail."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from portal.roles import FREIGABE, REDAKTION
from tests.portal.admin_flow import create_page, edit_page, workflow_action
from tests.portal.factories import UserFactory


@pytest.fixture
def author(db):
    return UserFactory(username="autorin", groups=[REDAKTION])


@pytest.fixture
def editor(db):
    return UserFactory(username="pruefer", groups=[REDAKTION])


@pytest.fixture
def board(db):
    return UserFactory(username="vorstand", groups=[FREIGABE])


@pytest.fixture
def submitted(client, home, author, editor, board):
    """A page the author made and submitted; the mail outbox starts empty."""
    client.force_login(author)
    _response, page = create_page(client, home, "Sommerfest", "sommerfest", "action-submit")
    mail.outbox.clear()
    return page


def approve_url(page):
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_editor_cannot_publish_a_new_page(client, home, author):
    client.force_login(author)
    response, page = create_page(client, home, "Sommerfest", "sommerfest", "action-publish")
    assert response.status_code == 302
    assert page is not None and not page.live
    assert client.get(page.url).status_code == 404


def test_submission_notifies_the_first_step_reviewers_only(client, home, author, editor, board):
    client.force_login(author)
    create_page(client, home, "Sommerfest", "sommerfest", "action-submit")
    assert recipients() == [editor.email]
    message = mail.outbox[0]
    assert "Sommerfest" in message.subject
    assert "Redaktionsprüfung" in message.body
    html = message.alternatives[0][0]
    assert "Sommerfest" in html


def test_two_approvals_publish_the_page(client, submitted, author, editor, board):
    client.force_login(editor)
    assert workflow_action(client, submitted, "approve").status_code == 200
    submitted.refresh_from_db()
    assert not submitted.live
    assert submitted.current_workflow_task.name == "Freigabe Vorstand"
    assert recipients() == [board.email]

    mail.outbox.clear()
    client.force_login(board)
    response = workflow_action(client, submitted, "approve", comment="Schöne Ankündigung.")
    assert response.status_code == 200
    submitted.refresh_from_db()
    assert submitted.live
    assert client.get(submitted.url).status_code == 200
    assert recipients() == [author.email]
    assert "Schöne Ankündigung." in mail.outbox[0].body
    assert "Schöne Ankündigung." in mail.outbox[0].alternatives[0][0]


def test_rejection_returns_the_page_to_the_author_with_a_comment(client, submitted, author, editor):
    client.force_login(editor)
    workflow_action(client, submitted, "reject", comment="Bitte das Datum ergänzen.")
    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not submitted.live
    assert recipients() == [author.email]
    assert "Bitte das Datum ergänzen." in mail.outbox[0].body
    assert "Bitte das Datum ergänzen." in mail.outbox[0].alternatives[0][0]


def test_author_cannot_approve_their_own_submission(client, submitted, author):
    client.force_login(author)
    assert workflow_action(client, submitted, "approve").status_code == 403
    submitted.refresh_from_db()
    assert submitted.current_workflow_task.name == "Redaktionsprüfung"

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    assert 'name="workflow-action-name" value="approve"' not in edit.content.decode()
    assert approve_url(submitted) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_author_cannot_approve_what_a_colleague_submitted(client, home, author, editor):
    colleague = UserFactory(groups=[REDAKTION])
    client.force_login(author)
    _response, page = create_page(client, home, "Autorentext", "autorentext", "action-save")
    client.force_login(colleague)
    edit_page(client, page, "action-submit")
    page.refresh_from_db()
    assert page.current_workflow_state.requested_by == colleague

    client.force_login(author)
    assert workflow_action(client, page, "approve").status_code == 403
    assert approve_url(page) not in client.get(reverse("wagtailadmin_home")).content.decode()
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Redaktionsprüfung"

    client.force_login(editor)
    assert workflow_action(client, page, "approve").status_code == 200
    page.refresh_from_db()
    assert page.current_workflow_task.name == "Freigabe Vorstand"


def test_whoever_reworked_a_rejected_page_cannot_approve_it(client, submitted, editor):
    reworker = UserFactory(groups=[REDAKTION])
    client.force_login(editor)
    workflow_action(client, submitted, "reject", comment="Bitte kürzen.")
    client.force_login(reworker)
    edit_page(client, submitted, "action-submit", title="Sommerfest (gekürzt)")
    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_action(client, submitted, "approve").status_code == 403

    client.force_login(editor)
    assert workflow_action(client, submitted, "approve").status_code == 200


def test_superuser_who_submitted_cannot_approve_either(client, home, django_user_model):
    admin = django_user_model.objects.create_superuser("chefin", "chefin@example.invalid", "x")
    client.force_login(admin)
    _response, page = create_page(client, home, "Satzung", "satzung", "action-submit")
    assert workflow_action(client, page, "approve").status_code == 403


def test_dashboard_lists_what_waits_for_the_reviewer(client, submitted, editor, board):
    client.force_login(editor)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert "Sommerfest" in dashboard.content.decode()
    assert approve_url(submitted) in dashboard.content.decode()

    client.force_login(board)
    assert approve_url(submitted) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_approval_with_a_future_go_live_date_publishes_when_due(
    client, home, author, editor, board
):
    go_live = timezone.localtime() + datetime.timedelta(days=2)
    client.force_login(author)
    _response, page = create_page(client, home, "Jahresfeier", "jahresfeier", "action-save")
    edit_page(client, page, "action-submit", go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    client.force_login(editor)
    workflow_action(client, page, "approve")
    mail.outbox.clear()
    client.force_login(board)
    workflow_action(client, page, "approve")
    page.refresh_from_db()
    assert not page.live
    assert page.scheduled_revision is not None
    assert "Europe/Berlin" in mail.outbox[0].body

    call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert not page.live

    later = timezone.now() + datetime.timedelta(days=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    assert page.live


def test_schedule_dialog_names_the_time_zone(client, home, board):
    client.force_login(board)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk]))
    assert "Europe/Berlin" in response.content.decode()


def test_comments_and_locking_are_available(client, home, author):
    client.force_login(author)
    page_html = client.get(reverse("wagtailadmin_pages:edit", args=[home.pk])).content.decode()
    assert 'id="comments-data"' in page_html
    response = client.post(reverse("wagtailadmin_pages:lock", args=[home.pk]))
    assert response.status_code == 302
    home.refresh_from_db()
    assert home.locked and home.locked_by == author
