"""A news item passes the editorial review like every page: nothing goes live unreviewed."""

import pytest

from news.models import NewsIndexPage, NewsPage
from portal.roles import FREIGABE, REDAKTION
from tests.portal.admin_flow import create_page, workflow_action
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def _create_news(client, action):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    return create_page(
        client,
        index,
        "Stadtteilfest in Oberbilk",
        "stadtteilfest",
        action,
        model=NewsPage,
        date="2026-06-01",
        intro="Ein Fest für die ganze Nachbarschaft.",
    )


def test_editor_cannot_publish_a_news_item(client):
    client.force_login(UserFactory(groups=[REDAKTION]))
    response, news = _create_news(client, "action-publish")
    assert response.status_code == 302
    assert news is not None and not news.live


def test_news_item_goes_live_after_both_reviews(client):
    author = UserFactory(username="autor", groups=[REDAKTION])
    reviewer = UserFactory(username="redakteurin", groups=[REDAKTION])
    board = UserFactory(username="vorstand", groups=[FREIGABE])
    client.force_login(author)
    _response, news = _create_news(client, "action-submit")
    assert news.current_workflow_task.name == "Redaktionsprüfung"

    client.force_login(reviewer)
    assert workflow_action(client, news, "approve").status_code == 200
    client.force_login(board)
    assert workflow_action(client, news, "approve").status_code == 200

    news.refresh_from_db()
    assert news.live
    assert client.get(news.url).status_code == 200
