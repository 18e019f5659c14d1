"""Each translatable page type through the admin: synchronised placeholders, "Translate this
page", the review, publication; and an archive entry's own way through the workflow."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from knowledge.models import ArchiveEntryPage, ArchiveIndexPage
from news.models import NewsIndexPage, NewsPage
from portal.roles import FREIGABE, REDAKTION, translator_group
from tests.portal.admin_flow import create_page, edit_page, workflow_action
from tests.portal.factories import UserFactory
from tests.translation.conftest import translate_every_string

pytestmark = pytest.mark.django_db


def approve_both_steps(client, page):
    for group in (REDAKTION, FREIGABE):
        client.force_login(UserFactory(groups=[group]))
        assert workflow_action(client, page, "approve").status_code == 200


def admin_created(client, superuser, model, parent_model, title, slug, **fields):
    client.force_login(superuser)
    parent = parent_model.objects.get(locale__language_code="de")
    response, page = create_page(
        client, parent, title, slug, "action-publish", model=model, **fields
    )
    assert page is not None and page.live, response
    return page


PAGES = [
    pytest.param(ArchiveEntryPage, ArchiveIndexPage, {"date": "2023-05-01"}, id="archive entry"),
    pytest.param(NewsPage, NewsIndexPage, {"date": "2024-02-01", "intro": "Kurz."}, id="news"),
]


@pytest.mark.parametrize(("model", "parent_model", "fields"), PAGES)
def test_sync_creates_placeholders_for_a_page_made_in_the_admin(
    client, superuser, locales, model, parent_model, fields
):
    page = admin_created(
        client, superuser, model, parent_model, "Platzhalter", "platzhalter", **fields
    )
    for code in ("fr", "ar", "en"):
        placeholder = Page.objects.get(translation_key=page.translation_key, locale=locales[code])
        assert placeholder.alias_of_id == page.pk, code
        assert placeholder.get_parent().locale == locales[code]
        client.logout()
        assert client.get(placeholder.url)["Location"] == page.url


@pytest.mark.parametrize(("model", "parent_model", "fields"), PAGES)
def test_each_page_type_is_translated_through_the_review(
    client, superuser, locales, model, parent_model, fields
):
    page = admin_created(client, superuser, model, parent_model, "Protokoll", "protokoll", **fields)
    translator = UserFactory(groups=[translator_group("ar")])
    client.force_login(translator)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales["ar"].pk]},
    )
    arabic = model.objects.get(translation_key=page.translation_key, locale=locales["ar"])
    assert not arabic.live and arabic.alias_of_id is None
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales["ar"]
    )
    translate_every_string(translation, "محضر", slug="mahdar")
    client.post(reverse("portal_submit_translation_for_review", args=[translation.pk]))
    arabic.refresh_from_db()
    assert arabic.current_workflow_state.requested_by == translator
    approve_both_steps(client, arabic)
    arabic.refresh_from_db()
    assert arabic.live and arabic.title == "محضر"
    client.logout()
    response = client.get(arabic.url)
    assert response.status_code == 200 and "محضر" in response.text


def test_an_archive_entry_goes_through_the_workflow(client, locales):
    author = UserFactory(groups=[REDAKTION])
    client.force_login(author)
    archive = ArchiveIndexPage.objects.get(locale=locales["de"])
    response, entry = create_page(
        client,
        archive,
        "Satzungsänderung",
        "satzungsaenderung",
        "action-publish",
        model=ArchiveEntryPage,
        date="2024-03-01",
    )
    assert entry is not None and not entry.live
    edit_page(client, entry, "action-submit")
    entry.refresh_from_db()
    assert entry.current_workflow_task.name == "Redaktionsprüfung"
    assert workflow_action(client, entry, "approve").status_code == 403
    approve_both_steps(client, entry)
    entry.refresh_from_db()
    assert entry.live
