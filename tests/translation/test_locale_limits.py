"""Translators work only in their own language in wagtail-localize's views.

Each real translator group (`Übersetzung fr/ar/en`, as the data migration sets them up) is
tried against the views of wagtail-localize: "Translate this page", "Translate" on a snippet,
"Sync translated pages" (with machine translation) and the translation editor.
"""

import re

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from news.models import NewsCategory
from portal.roles import translator_group
from tests.portal.admin_flow import create_page
from tests.portal.factories import UserFactory
from tests.translation.conftest import english_admin, start_translation

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "ar", "en")
ENGLISH_NAMES = {"fr": "French", "ar": "Arabic", "en": "English"}


def translator(code):
    return english_admin(UserFactory(groups=[translator_group(code)]))


@pytest.fixture
def german_page(client, home, superuser):
    """A German page made in the admin, so locale synchronisation gave it aliases."""
    client.force_login(superuser)
    _response, page = create_page(client, home, "Brunnenbau", "brunnenbau", "action-publish")
    client.logout()
    return page


def submit_page_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


@pytest.mark.parametrize("code", LANGUAGES)
def test_translate_this_page_offers_and_accepts_only_the_own_language(
    client, german_page, locales, code
):
    client.force_login(translator(code))
    response = client.get(submit_page_url(german_page))
    assert response.status_code == 200
    offered = list(response.context["form"].fields["locales"].queryset)
    assert offered == [locales[code]]

    for other in set(LANGUAGES) - {code}:
        response = client.post(submit_page_url(german_page), {"locales": [locales[other].pk]})
        assert response.status_code == 200
        assert "You can only translate into your own languages" in response.text
        assert f"your own languages: {ENGLISH_NAMES[code]}." in response.text
        assert german_page.get_translation(locales[other]).alias_of_id == german_page.pk
        assert (
            not Translation.objects.filter(target_locale=locales[other])
            .filter(source__object_id=german_page.translation_key)
            .exists()
        )

    response = client.post(submit_page_url(german_page), {"locales": [locales[code].pk]})
    assert response.status_code == 302
    assert german_page.get_translation(locales[code]).alias_of_id is None


def test_a_translator_of_one_language_finds_it_chosen_under_a_translated_label(
    client, german_page, locales
):
    client.force_login(translator("fr"))
    response = client.get(submit_page_url(german_page))
    field = response.context["form"]["locales"]
    assert field.label == "Languages"
    assert f'value="{locales["fr"].pk}"' in str(field) and "checked" in str(field)

    german = UserFactory(groups=[translator_group("fr")])  # the admin in German
    client.force_login(german)
    response = client.get(submit_page_url(german_page))
    assert re.search(r">\s*Sprachen\s*<", response.text)
    assert not re.search(r">\s*Locales?\s*<", response.text)


def test_a_translator_of_several_languages_chooses_them(client, german_page):
    client.force_login(UserFactory(groups=[translator_group("fr"), translator_group("ar")]))
    field = str(client.get(submit_page_url(german_page)).context["form"]["locales"])
    assert "checked" not in field


def test_a_translator_whose_language_is_done_is_told_so(client, german_page, locales):
    client.force_login(translator("fr"))
    client.post(submit_page_url(german_page), {"locales": [locales["fr"].pk]})
    response = client.get(submit_page_url(german_page), follow=True)
    assert "There is no language left that you may translate this into." in response.text


@pytest.fixture
def category(locales):
    return NewsCategory.objects.create(
        locale=locales["de"], name="Schulpartnerschaft", slug="schule"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_snippet_translation_only_into_the_own_language(client, category, locales, code):
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["news", "newscategory", category.pk]
    )
    client.force_login(translator(code))
    response = client.get(url)
    assert list(response.context["form"].fields["locales"].queryset) == [locales[code]]
    for other in set(LANGUAGES) - {code}:
        response = client.post(url, {"locales": [locales[other].pk]})
        assert "You can only translate into your own languages" in response.text
        assert not NewsCategory.objects.filter(
            translation_key=category.translation_key, locale=locales[other]
        ).exists()
    assert client.post(url, {"locales": [locales[code].pk]}).status_code == 302
    assert NewsCategory.objects.filter(
        translation_key=category.translation_key, locale=locales[code]
    ).exists()


@pytest.fixture
def translated_everywhere(german_page, superuser):
    return {code: start_translation(german_page, code, user=superuser) for code in LANGUAGES}


@pytest.mark.parametrize("code", LANGUAGES)
def test_sync_with_machine_translation_touches_only_the_own_language(
    client, libretranslate, translated_everywhere, code
):
    source = translated_everywhere[code].source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    client.force_login(translator(code))
    response = client.get(url)
    assert [item["locale"].language_code for item in response.context["translations"]] == [code]

    response = client.post(url, {"use_machine_translation": "on"})
    assert response.status_code == 302
    assert {request["target"] for request in libretranslate.requests} == {code}
    translated = StringTranslation.objects.filter(
        translation_of__segments__source=source
    ).values_list("locale__language_code", flat=True)
    assert set(translated) == {code}


def test_sync_is_refused_without_a_translation_in_the_own_language(client, german_page, superuser):
    translation = start_translation(german_page, "ar", user=superuser)
    url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    client.force_login(translator("fr"))
    response = client.post(url, {"use_machine_translation": "on"}, follow=True)
    assert "has no translation into your languages to update" in response.text


@pytest.mark.parametrize("code", LANGUAGES)
def test_translation_editor_only_for_the_own_language(client, translated_everywhere, code):
    client.force_login(translator(code))
    for other, translation in translated_everywhere.items():
        page = translation.get_target_instance()
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        segment = StringSegment.objects.filter(source=translation.source).first()
        edit_string = reverse(
            "wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]
        )
        put = client.put(
            edit_string,
            encode_multipart(BOUNDARY, {"value": "Texte"}),
            content_type=MULTIPART_CONTENT,
        )
        download = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
        if other == code:
            assert response.status_code == 200
            assert 'class="js-translation-editor"' in response.text
            assert put.status_code == 201
            assert download.status_code == 200
        else:
            assert response.status_code == 302, other
            assert put.status_code in (302, 403), other
            assert download.status_code in (302, 403), other
            assert not StringTranslation.objects.filter(
                locale=Locale.objects.get(language_code=other), data="Texte"
            ).exists()
