"""Translators work in their own locale only, and their translations pass the review."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import StandardPage
from portal.roles import FREIGABE, REDAKTION, translator_group
from tests.portal.admin_flow import create_page, workflow_action
from tests.portal.factories import UserFactory
from tests.translation.conftest import translate_every_string


@pytest.fixture
def translator(db):
    return UserFactory(username="traductrice", groups=[translator_group("fr")])


@pytest.fixture
def about(locales):
    french = StandardPage.objects.get(slug="a-propos", locale=locales["fr"])
    return {
        "fr": french,
        "de": french.get_translation(locales["de"]),
        "ar": french.get_translation(locales["ar"]),
    }


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_french_translator_edits_the_french_translation_only(client, translator, about):
    client.force_login(translator)
    response = client.get(edit_url(about["fr"]))
    assert response.status_code == 200
    translation = Translation.objects.get(
        source__object_id=about["fr"].translation_key, target_locale=about["fr"].locale
    )
    review_url = reverse("portal_submit_translation_for_review", args=[translation.pk])
    assert review_url in response.content.decode()

    for code in ("de", "ar"):
        response = client.get(edit_url(about[code]))
        assert response.status_code in (302, 403), code
        assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")


def test_translator_cannot_publish_or_submit_other_locales(client, translator, about):
    client.force_login(translator)
    assert not about["fr"].permissions_for_user(translator).can_publish()
    arabic = Translation.objects.get(
        source__object_id=about["ar"].translation_key, target_locale=about["ar"].locale
    )
    url = reverse("portal_submit_translation_for_review", args=[arabic.pk])
    assert client.post(url).status_code in (302, 403)
    assert about["ar"].current_workflow_state is None


def test_a_submitted_translation_stays_a_draft_until_both_steps_approve(client, translator, about):
    editor = UserFactory(groups=[REDAKTION])
    board = UserFactory(groups=[FREIGABE])
    french = about["fr"]
    live_intro = french.intro
    translation = Translation.objects.get(
        source__object_id=french.translation_key, target_locale=french.locale
    )
    string = StringTranslation.objects.get(
        locale=french.locale, translation_of__data=about["de"].intro
    )
    string.data = "Une nouvelle introduction, relue avant publication."
    string.save()

    client.force_login(translator)
    url = reverse("portal_submit_translation_for_review", args=[translation.pk])
    assert client.post(url).status_code == 302
    french.refresh_from_db()
    assert french.intro == live_intro
    assert french.current_workflow_state.requested_by == translator
    assert [message.to for message in mail.outbox] == [[editor.email]]
    assert client.get(french.url).content.decode().count("relue avant publication") == 0

    client.force_login(editor)
    workflow_action(client, french, "approve")
    client.force_login(board)
    workflow_action(client, french, "approve")
    french.refresh_from_db()
    assert french.intro == "Une nouvelle introduction, relue avant publication."
    assert french.current_workflow_state is None
    assert french.workflow_states.get().status == WorkflowState.STATUS_APPROVED


def test_translate_this_page_keeps_german_text_offline_until_the_review(
    client, home, locales, translator, django_user_model
):
    """The German page is made in the admin, so locale synchronisation gives it aliases."""
    admin = django_user_model.objects.create_superuser("chef", "chef@example.invalid", "x")
    client.force_login(admin)
    _response, page = create_page(client, home, "Brunnenfest", "brunnenfest", "action-publish")
    french = page.get_translation(locales["fr"])
    assert french.alias_of_id == page.pk and french.live
    client.logout()
    assert client.get(french.url)["Location"] == page.url

    client.force_login(translator)
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales["fr"].pk]},
    )
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.alias_of_id is None and not french.live
    assert french.get_workflow().name == "Redaktionelle Freigabe"
    client.logout()
    assert client.get(french.url)["Location"] == page.url
    assert "Brunnenfest" not in client.get("/fr/").text

    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales["fr"]
    )
    translate_every_string(translation, "Fête de la fontaine", slug="fete-fontaine")
    client.force_login(translator)
    client.post(reverse("portal_submit_translation_for_review", args=[translation.pk]))
    for group in (REDAKTION, FREIGABE):
        client.force_login(UserFactory(groups=[group]))
        workflow_action(client, french, "approve")
    client.logout()
    french.refresh_from_db()
    assert french.live and french.url == "/fr/fete-fontaine/"
    response = client.get(french.url)
    assert response.status_code == 200
    assert "Fête de la fontaine" in response.text


def test_sync_cannot_publish_translations_for_non_publishers(client, translator, about):
    french = about["fr"]
    published_at = french.last_published_at
    source = TranslationSource.objects.get_for_instance(about["de"])
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    client.force_login(translator)
    form = client.get(url).context["form"]
    assert form.fields["publish_translations"].disabled
    client.post(url, {"publish_translations": "on"})
    french.refresh_from_db()
    assert french.last_published_at == published_at


def test_every_locale_home_has_the_workflow_and_translator_permissions(locales):
    for code, locale in locales.items():
        home = Page.objects.get(depth=2, locale=locale)
        assert home.get_workflow().name == "Redaktionelle Freigabe", code
        groups = set(home.group_permissions.values_list("group__name", flat=True))
        expected = {REDAKTION, FREIGABE} | ({translator_group(code)} if code != "de" else set())
        assert groups == expected, code
