"""Reviewing in the page editor: content decides who is an author, not who saved."""

import logging

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import querydict_from_html

from news.models import NewsIndexPage, NewsPage
from portal.models.workflow import authors
from portal.roles import FREIGABE, REDAKTION
from tests.portal.admin_flow import create_page, edit_page, workflow_action
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(db):
    return UserFactory(username="autorin", groups=[REDAKTION])


@pytest.fixture
def reviewer(db):
    return UserFactory(username="pruefer", groups=[REDAKTION])


@pytest.fixture
def news(client, author):
    client.force_login(author)
    index = NewsIndexPage.objects.get(locale__language_code="de")
    _response, page = create_page(
        client,
        index,
        "Sommerfest am Rhein",
        "sommerfest-am-rhein",
        "action-submit",
        model=NewsPage,
        date="2026-06-01",
        intro="Ein Fest für alle.",
    )
    return page


def approve_in_editor(client, page, **fields):
    page.refresh_from_db()
    return edit_page(
        client,
        page,
        "action-workflow-action",
        **{"workflow-action-name": "approve", **fields},
    )


def dashboard(client):
    return client.get(reverse("wagtailadmin_home")).content.decode()


def messages_of(response):
    return [str(message) for message in response.wsgi_request._messages]


def test_approving_an_unchanged_news_item_in_the_editor_saves_nothing(client, news, reviewer):
    revisions = news.revisions.count()
    client.force_login(reviewer)
    response = approve_in_editor(client, news)
    assert response.status_code == 302
    assert response.url != reverse("wagtailadmin_home")
    news.refresh_from_db()
    assert news.current_workflow_task.name == "Freigabe Vorstand"
    assert news.revisions.count() == revisions


def test_a_reviewer_who_changes_the_text_is_told_who_reviews_now(client, news, reviewer):
    client.force_login(reviewer)
    response = approve_in_editor(client, news, intro="Ein Fest für die ganze Stadt.")
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[news.pk])
    shown = " ".join(messages_of(response))
    assert "Autor" in shown or "Authors cannot review their own text." in shown
    assert "Redaktion" in shown
    news.refresh_from_db()
    # The change is kept as a draft; the step waits for someone else.
    assert news.get_latest_revision_as_object().intro == "Ein Fest für die ganze Stadt."
    assert news.current_workflow_task.name == "Redaktionsprüfung"
    assert reviewer.pk in authors(news.current_workflow_state)
    other = UserFactory(groups=[REDAKTION])
    client.force_login(other)
    assert workflow_action(client, news, "approve").status_code == 200


def test_a_review_stranded_by_an_unchanged_revision_is_reviewable_again(client, news, reviewer):
    """A reviewer's revision that repeats the text (saved on the way to an approval, as the
    editor used to) no longer hides the review from them."""
    news.refresh_from_db()
    news.get_latest_revision_as_object().save_revision(user=reviewer)
    assert reviewer.pk not in authors(news.current_workflow_state)
    client.force_login(reviewer)
    assert news.title in dashboard(client)
    assert workflow_action(client, news, "approve").status_code == 200


def test_a_reviewer_who_changed_a_revision_stays_an_author(client, news, reviewer):
    news.refresh_from_db()
    draft = news.get_latest_revision_as_object()
    draft.intro = "Geändert von der Prüferin."
    draft.save_revision(user=reviewer)
    assert reviewer.pk in authors(news.current_workflow_state)
    client.force_login(reviewer)
    assert workflow_action(client, news, "approve").status_code == 403


def test_one_person_approving_both_steps_is_warned_and_noted(
    client, news, reviewer, django_user_model, caplog
):
    UserFactory(groups=[FREIGABE])
    chief = django_user_model.objects.create_superuser("chefin", "chefin@example.invalid", "x")
    client.force_login(chief)
    approve_in_editor(client, news)
    opened = client.get(reverse("wagtailadmin_pages:edit", args=[news.pk]))
    assert any("nobody else" in message for message in messages_of(opened)) or any(
        "niemand" in message.lower() for message in messages_of(opened)
    )
    with caplog.at_level(logging.WARNING, logger="portal.review"):
        response = approve_in_editor(client, news)
    news.refresh_from_db()
    assert news.live
    assert any("chefin" in record.getMessage() for record in caplog.records)
    assert PageLogEntry.objects.filter(page=news, action="portal.review.single_reviewer").exists()
    assert messages_of(response)


def test_a_news_item_posted_as_it_is_shows_no_changes(client, news, reviewer):
    """The date's computed default must not make every save a change."""
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:edit", args=[news.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data = data.copy()
    data.setdefault("body-count", "0")
    news.refresh_from_db()
    form_class = NewsPage.get_edit_handler().get_form_class()
    form = form_class(
        data,
        instance=news.get_latest_revision_as_object(),
        parent_page=news.get_parent(),
        for_user=reviewer,
    )
    assert form.is_valid(), form.errors
    assert form.changed_data == []
    assert not form.has_changed()


def test_new_pages_are_not_autosaved(client, author):
    client.force_login(author)
    index = NewsIndexPage.objects.get(locale__language_code="de")
    add = client.get(reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk]))
    assert add.context["autosave_enabled"] is False


def test_saving_a_draft_reports_an_empty_required_block(client, author, home):
    client.force_login(author)
    response, page = create_page(
        client,
        home,
        "Leerer Absatz",
        "leerer-absatz",
        "action-save",
        **{
            "body-count": "1",
            "body-0-type": "heading",
            "body-0-value": "",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "5ce7d93e-6bab-40e4-81ae-e48ec7c67bc9",
        },
    )
    assert response.status_code == 200
    assert page is None


def test_autosave_never_performs_a_workflow_action(client, news, reviewer):
    """An autosave that carries the dialog's chosen action neither decides nor saves."""
    client.force_login(reviewer)
    news.refresh_from_db()
    url = reverse("wagtailadmin_pages:edit", args=[news.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data = data.copy()
    data.setdefault("body-count", "0")
    data["action-workflow-action"] = "1"
    data["workflow-action-name"] = "approve"
    revisions = news.revisions.count()
    response = client.post(url, data, headers={"accept": "application/json"})
    assert response.json()["success"] is False
    news.refresh_from_db()
    assert news.revisions.count() == revisions
    assert news.current_workflow_task.name == "Redaktionsprüfung"
