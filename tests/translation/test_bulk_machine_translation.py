from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.translation import override
from wagtail_localize.synctree import create_aliases_for_new_page

from tests.home.factories import StandardPageFactory, publish
from tests.translation.conftest import start_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def child_page(german_page):
    child = publish(
        StandardPageFactory(parent=german_page, title="Brunnenbau", slug="brunnenbau", intro="")
    )
    create_aliases_for_new_page(child)
    return child


def _run(*args):
    out = StringIO()
    with override("en"):
        call_command("machine_translate_page", *[str(arg) for arg in args], stdout=out)
    return out.getvalue()


def _translated(page, locale):
    translation = page.get_translation(locale).specific
    assert translation.alias_of_id is None
    return translation


def test_command_translates_a_subtree_into_every_language_as_drafts(
    german_page, child_page, locales, libretranslate
):
    output = _run(german_page.pk, "--subtree")

    assert "6 translated, 0 skipped, 0 failed." in output
    assert "Brunnenbau → Arabic: machine-translated draft" in output
    for code in ("fr", "ar", "en"):
        page = _translated(german_page, locales[code])
        assert page.title == f"[{code}] Wasserprojekt"
        assert page.intro == f"[{code}] Brunnen für Dörfer."
        assert not page.live
        assert page.has_unpublished_changes
        child = _translated(child_page, locales[code])
        assert child.title == f"[{code}] Brunnenbau"
        assert child.get_parent().pk == page.pk
        assert not child.live
    assert {request["target"] for request in libretranslate.requests} == {"fr", "ar", "en"}


def test_command_without_subtree_translates_only_the_page(
    german_page, child_page, locales, libretranslate
):
    output = _run(german_page.pk, "--locale", "ar")
    assert "1 translated, 0 skipped, 0 failed." in output
    assert _translated(german_page, locales["ar"]).title == "[ar] Wasserprojekt"
    assert child_page.get_translation(locales["ar"]).alias_of_id == child_page.pk
    assert german_page.get_translation(locales["fr"]).alias_of_id == german_page.pk


def test_existing_translations_are_skipped_untouched(german_page, locales, libretranslate):
    french = start_translation(german_page, "fr").get_target_instance()
    french.title = "Projet d’eau"
    publish(french)

    output = _run(german_page.pk)

    assert "2 translated, 1 skipped, 0 failed." in output
    assert "skipped, already translated" in output
    french.refresh_from_db()
    assert french.title == "Projet d’eau"
    assert french.live


def test_service_failure_is_reported_and_changes_nothing(german_page, locales, libretranslate):
    libretranslate.fail_with = 500
    with pytest.raises(CommandError, match="0 translated, 0 skipped, 3 failed"):
        _run(german_page.pk)
    for code in ("fr", "ar", "en"):
        assert german_page.get_translation(locales[code]).alias_of_id == german_page.pk


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["999999"], "There is no page with ID 999999"),
        (["abc"], "There is no page with ID abc"),
        (["1"], "The root page cannot be translated"),
    ],
)
def test_command_rejects_bad_arguments(args, message, libretranslate):
    with pytest.raises(CommandError, match=message):
        _run(*args)


def test_command_rejects_unknown_languages(german_page, libretranslate):
    with pytest.raises(CommandError, match="Unknown language code\\(s\\): xx"):
        _run(german_page.pk, "--locale", "xx")


def test_command_needs_a_configured_machine_translator(german_page):
    with pytest.raises(CommandError, match="Machine translation is not configured"):
        _run(german_page.pk)


def _explorer(client, home):
    return client.get(reverse("wagtailadmin_explore", args=[home.pk])).text


def test_admin_offers_the_action_only_when_configured(admin_client, home, german_page, settings):
    url = reverse("translation_bulk_machine_translate", args=[german_page.pk])
    assert url not in _explorer(admin_client, home)
    response = admin_client.get(url, follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_explore", args=[home.pk]), 302)]
    assert "Machine translation is not configured" in response.text


def test_admin_action_creates_drafts_and_reports(
    admin_client, home, german_page, child_page, locales, libretranslate
):
    url = reverse("translation_bulk_machine_translate", args=[german_page.pk])
    assert url in _explorer(admin_client, home)
    form = admin_client.get(url)
    assert form.status_code == 200
    assert "LibreTranslate" in form.text

    response = admin_client.post(url, {"locales": ["fr", "en"], "subtree": "on"}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_explore", args=[home.pk])
    assert "Machine translation: 4 draft(s) created, 0 skipped, 0 failed." in response.text
    assert _translated(child_page, locales["en"]).title == "[en] Brunnenbau"
    assert german_page.get_translation(locales["ar"]).alias_of_id == german_page.pk


def test_admin_action_validates_its_form(admin_client, german_page, libretranslate):
    url = reverse("translation_bulk_machine_translate", args=[german_page.pk])
    response = admin_client.post(url, {"locales": ["xx"]})
    assert response.status_code == 200
    assert "Select a valid choice" in response.text
    assert libretranslate.requests == []


def test_translators_without_submit_permission_do_not_get_the_action(
    client, django_user_model, german_page, libretranslate
):
    from tests.translation.conftest import make_translator

    client.force_login(make_translator(django_user_model, "fr"))
    url = reverse("translation_bulk_machine_translate", args=[german_page.pk])
    response = client.get(url)
    assert response.status_code == 302  # Wagtail's "no permission" redirect
    assert libretranslate.requests == []
