import pytest
from wagtail.models import Page

from home.models import HomePage, StandardPage
from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_home_pages_live_directly_under_the_root(home):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    assert not StandardPage.can_create_at(root)


def test_standard_pages_nest_under_home_and_each_other(home):
    child = StandardPageFactory(parent=home)
    assert StandardPage.can_create_at(home)
    assert StandardPage.can_create_at(child)
    assert not HomePage.can_create_at(home)
    assert not HomePage.can_create_at(child)


def test_every_locale_has_a_home_page_translated_from_german(home):
    translations = {page.locale.language_code: page for page in home.get_translations()}
    assert set(translations) == {"fr", "ar", "en"}
    assert all(page.alias_of_id is None and page.live for page in translations.values())
