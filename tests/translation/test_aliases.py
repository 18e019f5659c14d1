import pytest

from tests.home.factories import StandardPageFactory, publish
from tests.translation.conftest import start_translation

pytestmark = pytest.mark.django_db


def test_alias_redirects_to_the_german_original(client, german_page, locales):
    for code in ("fr", "ar", "en"):
        alias = german_page.get_translation(locales[code])
        assert alias.alias_of_id == german_page.pk
        response = client.get(alias.url)
        assert response.status_code == 302, code
        assert response["Location"] == "/de/wasserprojekt/"
    german = client.get("/de/wasserprojekt/")
    assert german.status_code == 200
    assert '<html lang="de" dir="ltr">' in german.text
    assert "Brunnen für Dörfer." in german.text


def test_real_translation_is_served_in_its_language(client, german_page, locales):
    translation = start_translation(german_page, "ar")
    arabic = translation.get_target_instance()
    arabic.title = "مشروع المياه"
    publish(arabic)
    response = client.get(arabic.url)
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.text
    assert "مشروع المياه" in response.text


def test_children_of_an_alias_redirect_too(client, german_page, locales):
    from wagtail_localize.synctree import create_aliases_for_new_page

    child = publish(StandardPageFactory(parent=german_page, title="Brunnen", slug="brunnen"))
    create_aliases_for_new_page(child)
    alias = child.get_translation(locales["fr"])
    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == "/de/wasserprojekt/brunnen/"


def test_alias_within_one_language_is_served(client, home, german_page):
    section = publish(StandardPageFactory(parent=home, title="Projekte", slug="projekte"))
    copy = german_page.create_alias(parent=section, update_slug="wasser")
    response = client.get(copy.url)
    assert response.status_code == 200
    assert "Brunnen für Dörfer." in response.text


def test_alias_of_an_unpublished_original_leads_to_a_translated_ancestor(
    client, german_page, locales
):
    alias = german_page.get_translation(locales["fr"])
    german_page.unpublish()
    alias.refresh_from_db()
    alias.live = True  # e.g. left live by an inconsistent import
    alias.save()
    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == "/fr/"
