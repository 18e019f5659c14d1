import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue

from portal.settings.machine_translation import machine_translator_setting
from tests.translation.conftest import editor_props, start_translation
from tests.translation.fake_libretranslate import FakeLibreTranslate

pytestmark = pytest.mark.django_db


def test_no_machine_translator_without_mt_backend(settings):
    assert machine_translator_setting({}) is None
    assert machine_translator_setting({"MT_BACKEND": ""}) is None
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting({})
    assert get_machine_translator() is None


def test_the_environment_selects_libretranslate_or_deepl():
    libre = machine_translator_setting(
        {"MT_BACKEND": "LibreTranslate", "LIBRETRANSLATE_URL": "http://mt.local/"}
    )
    assert libre["CLASS"] == "translation.machine_translators.PortalLibreTranslator"
    assert libre["OPTIONS"]["LIBRETRANSLATE_URL"] == "http://mt.local"
    assert libre["OPTIONS"]["API_KEY"] == ""
    deepl = machine_translator_setting({"MT_BACKEND": "deepl", "DEEPL_API_KEY": "k:fx"})
    assert deepl["CLASS"] == "translation.machine_translators.PortalDeepLTranslator"
    assert deepl["OPTIONS"]["AUTH_KEY"] == "k:fx"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"MT_BACKEND": "libretranslate"}, "LIBRETRANSLATE_URL"),
        ({"MT_BACKEND": "deepl"}, "DEEPL_API_KEY"),
        ({"MT_BACKEND": "babelfish"}, "not supported"),
        ({"MT_BACKEND": "deepl", "DEEPL_API_KEY": "k", "MT_TIMEOUT": "soon"}, "MT_TIMEOUT"),
    ],
)
def test_incomplete_configuration_is_refused_with_a_clear_message(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator_setting(environ)


def test_editor_offers_no_machine_translation_when_off(admin_client, german_page):
    translation = start_translation(german_page, "fr")
    french = translation.get_target_instance()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french.pk]))
    assert response.status_code == 200
    assert editor_props(response)["machineTranslator"] is None


def _machine_translate(client, translation, next_url="/admin/"):
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    return client.post(f"{url}?next={next_url}", follow=True)


def _strings(translation):
    return {
        st.translation_of.data: st
        for st in StringTranslation.objects.filter(
            locale=translation.target_locale,
            translation_of__segments__source=translation.source,
        ).select_related("translation_of")
    }


def test_libretranslate_translates_and_saves_machine_translations(
    admin_client, german_page, libretranslate
):
    translation = start_translation(german_page, "fr")
    french = translation.get_target_instance()
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    editor = admin_client.get(edit_url)
    assert editor_props(editor)["machineTranslator"]["name"] == "LibreTranslate"

    response = _machine_translate(admin_client, translation, edit_url)

    assert response.status_code == 200
    assert "Translated automatically with LibreTranslate" in response.text
    strings = _strings(translation)
    assert strings["Wasserprojekt"].data == "[fr] Wasserprojekt"
    assert strings["Brunnen für Dörfer."].data == "[fr] Brunnen für Dörfer."
    assert {st.translation_type for st in strings.values()} == {"machine"}
    assert {st.tool_name for st in strings.values()} == {"LibreTranslate"}
    (request,) = libretranslate.requests
    assert request["source"] == "de"
    assert request["target"] == "fr"
    assert request["format"] == "html"
    assert request["api_key"] == "test-key"
    assert sorted(request["q"]) == sorted(["Wasserprojekt", "Brunnen für Dörfer.", "wasserprojekt"])


def test_existing_translations_are_kept_and_not_sent(admin_client, german_page, libretranslate):
    translation = start_translation(german_page, "ar")
    title = translation.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=translation.target_locale,
        context=title.context,
        data="مشروع المياه",
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )

    _machine_translate(admin_client, translation)

    strings = _strings(translation)
    assert strings["Wasserprojekt"].data == "مشروع المياه"
    assert strings["Wasserprojekt"].translation_type == "manual"
    assert strings["Brunnen für Dörfer."].data == "[ar] Brunnen für Dörfer."
    assert "Wasserprojekt" not in libretranslate.requests[0]["q"]


@pytest.mark.parametrize("status", [500, 403])
def test_service_error_shows_a_message_and_loses_nothing(
    admin_client, german_page, libretranslate, status
):
    translation = start_translation(german_page, "fr")
    title = translation.source.stringsegment_set.get(context__path="title")
    kept = StringTranslation.objects.create(
        translation_of=title.string,
        locale=translation.target_locale,
        context=title.context,
        data="Projet d’eau",
    )
    libretranslate.fail_with = status

    response = _machine_translate(admin_client, translation)

    assert response.status_code == 200
    assert (
        f"Machine translation failed: LibreTranslate refused the request (HTTP status {status})"
        in response.text
    )
    assert set(_strings(translation)) == {"Wasserprojekt"}
    kept.refresh_from_db()
    assert kept.data == "Projet d’eau"


def test_unreachable_service_shows_a_message(admin_client, german_page, settings):
    with FakeLibreTranslate() as server:
        url = server.url
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(
        {"MT_BACKEND": "libretranslate", "LIBRETRANSLATE_URL": url}
    )
    translation = start_translation(german_page, "fr")

    response = _machine_translate(admin_client, translation)

    assert "Machine translation failed: LibreTranslate cannot be reached" in response.text
    assert _strings(translation) == {}


def test_sync_with_machine_translation_reports_failure(admin_client, german_page, libretranslate):
    translation = start_translation(german_page, "fr")
    libretranslate.fail_with = 500
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])

    response = admin_client.post(url, {"use_machine_translation": "on"})

    assert response.status_code == 200
    assert "Machine translation failed" in response.text
    assert _strings(translation) == {}


def test_translator_sends_a_list_and_reads_the_list_answer(libretranslate):
    """The fake speaks both shapes of `q`; the translator always sends a list."""
    from wagtail.models import Locale

    translator = get_machine_translator()
    de, fr = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="fr")
    value = StringValue.from_plaintext("Guten Tag")
    assert translator.translate(de, fr, [value]) == {value: StringValue("[fr] Guten Tag")}
    assert translator.can_translate(de, fr)
    assert not translator.can_translate(de, de)


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b"<html>Bad Gateway</html>", id="not JSON"),
        pytest.param(json.dumps({"translatedText": "[fr] Wasserprojekt"}).encode(), id="string"),
        pytest.param(json.dumps({"translatedText": ["nur eine"]}).encode(), id="too short"),
        pytest.param(json.dumps({"translatedText": [1, 2, 3]}).encode(), id="not text"),
        pytest.param(json.dumps({"error": "none"}).encode(), id="no translatedText"),
    ],
)
def test_a_nonsense_answer_shows_a_message_and_saves_nothing(
    admin_client, german_page, libretranslate, body
):
    translation = start_translation(german_page, "fr")
    libretranslate.answer_body = body

    response = _machine_translate(admin_client, translation)

    assert response.status_code == 200
    assert "LibreTranslate sent an answer that could not be understood" in response.text
    assert _strings(translation) == {}


def test_a_service_that_does_not_answer_in_time_shows_a_message(
    admin_client, german_page, settings
):
    with FakeLibreTranslate() as server:
        server.delay = 3
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(
            {"MT_BACKEND": "libretranslate", "LIBRETRANSLATE_URL": server.url, "MT_TIMEOUT": "0.5"}
        )
        translation = start_translation(german_page, "fr")

        response = _machine_translate(admin_client, translation)

    assert "LibreTranslate did not answer within 0.5 seconds" in response.text
    assert _strings(translation) == {}
