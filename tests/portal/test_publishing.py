"""Nothing goes live without review: under the workflow only superusers publish directly.

Each way Wagtail and wagtail-localize offer to publish is tried by a board member (Freigabe),
who holds publish permission for the final approval: the page editor (new and existing
pages), bulk actions, copying with "publish copies", wagtail-localize's translation editor
and its "Sync translated pages" form. The final approval still publishes (test_workflow.py).
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, get_page_models
from wagtail_localize.models import TranslationSource

from home.models import StandardPage
from portal.publishing import ReviewedPublishingPage
from portal.roles import FREIGABE
from tests.home.factories import StandardPageFactory, publish
from tests.portal.admin_flow import create_page, edit_page
from tests.portal.factories import UserFactory
from tests.translation.conftest import editor_props, start_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def board(db):
    return UserFactory(groups=[FREIGABE])


@pytest.fixture
def live_page(home):
    return publish(StandardPageFactory(parent=home, title="Vereinsfest", slug="vereinsfest"))


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])


def test_every_page_type_leaves_publishing_to_the_workflow():
    assert all(issubclass(model, ReviewedPublishingPage) for model in get_page_models()[1:])


def test_the_board_creates_no_live_page(client, home, board):
    client.force_login(board)
    form = client.get(add_url(home)).content.decode()
    assert 'name="action-publish"' not in form
    assert 'name="action-submit"' in form
    response, page = create_page(client, home, "Direkt", "direkt", "action-publish")
    assert response.status_code == 302
    assert page is not None and not page.live
    assert client.get("/de/direkt/").status_code == 404


def test_the_board_cannot_publish_an_edit(client, live_page, board):
    client.force_login(board)
    form = client.get(reverse("wagtailadmin_pages:edit", args=[live_page.pk])).content.decode()
    assert 'name="action-publish"' not in form
    edit_page(client, live_page, "action-publish", title="Ungeprüfter Titel")
    live_page.refresh_from_db()
    assert live_page.title == "Vereinsfest"
    assert live_page.has_unpublished_changes


def test_the_board_cannot_bulk_publish(client, home, board):
    draft = StandardPageFactory(parent=home, title="Entwurf", slug="entwurf", live=False)
    draft.save_revision()
    client.force_login(board)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={draft.pk}", {"include_descendants": ""})
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert not draft.live


def test_the_board_cannot_publish_copies(client, live_page, board, home):
    """Wagtail's copy form shows its checkbox to anyone with publish permission somewhere,
    but refuses it on submit when the destination does not allow publishing."""
    client.force_login(board)
    url = reverse("wagtailadmin_pages:copy", args=[live_page.pk])
    response = client.post(
        url,
        {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": home.pk,
            "publish_copies": "on",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not StandardPage.objects.filter(slug="kopie").exists()


def test_the_board_cannot_publish_in_the_translation_editor(client, live_page, board, locales):
    translation = start_translation(live_page, "fr")
    french = translation.get_target_instance()
    client.force_login(board)
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    assert editor_props(client.get(edit_url))["perms"]["canPublish"] is False
    client.post(edit_url, {"action": "publish"})
    french.refresh_from_db()
    assert not french.live


def test_the_board_cannot_publish_through_sync(client, live_page, board):
    translation = start_translation(live_page, "en")
    source = TranslationSource.objects.get_for_instance(live_page)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    client.force_login(board)
    assert client.get(url).context["form"].fields["publish_translations"].disabled
    client.post(url, {"publish_translations": "on"})
    assert not Page.objects.get(pk=translation.get_target_instance().pk).live


def test_the_board_still_takes_pages_offline_and_restricts_them(client, live_page, board):
    perms = live_page.permissions_for_user(board)
    assert perms.can_unpublish() and perms.can_set_view_restrictions()
    client.force_login(board)
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[live_page.pk]),
        {"restriction_type": PageViewRestriction.LOGIN},
    )
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=live_page).exists()
    client.post(reverse("wagtailadmin_pages:unpublish", args=[live_page.pk]))
    live_page.refresh_from_db()
    assert not live_page.live


def test_superusers_keep_direct_publishing(client, home, django_user_model):
    admin = django_user_model.objects.create_superuser("chef", "chef@example.invalid", "x")
    client.force_login(admin)
    _response, page = create_page(client, home, "Eilmeldung", "eilmeldung", "action-publish")
    assert page.live
