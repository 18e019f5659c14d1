import pytest
from django.utils import translation

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "fr", "ar", "en"]


@pytest.mark.parametrize("model", [HomePage, StandardPage])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_every_locale(client, model, language):
    pages = model.objects.live().public().filter(locale__language_code=language)
    assert pages, f"no live {model.__name__} in {language}"
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert f'<html lang="{language}"' in response.text
        assert f"<h1>{page.title}</h1>" in response.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_direction_is_right_to_left_for_arabic_only(client, language):
    response = client.get(f"/{language}/")
    expected = "rtl" if language == "ar" else "ltr"
    assert f'<html lang="{language}" dir="{expected}">' in response.text


def test_page_shows_its_translated_content(client):
    about = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    response = client.get("/fr/a-propos/")
    assert response.status_code == 200
    assert about.intro in response.text
    assert "Über uns" not in response.text.split("<main")[1]


def test_every_asset_is_served_by_the_portal(client):
    html = client.get("/de/").text
    assert "http://" not in html.replace("http://testserver", "")
    assert "https://" not in html
    assert "//fonts." not in html


def test_page_has_skip_link_and_landmarks(client):
    html = client.get("/en/").text
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html and 'aria-label="Main"' in html


def test_footer_links_to_legal_pages_in_the_visitors_language(client):
    html = client.get("/en/").text
    impressum = StandardPage.objects.get(locale__language_code="en", slug="legal-notice")
    with translation.override("en"):
        assert f'href="{impressum.url}"' in html
    assert "info@duesseldorf-marrakesch.example" in html


def test_home_page_query_count_is_bounded(client, django_assert_max_num_queries):
    client.get("/de/")  # warm the site-root cache like a running server
    with django_assert_max_num_queries(12):
        assert client.get("/de/").status_code == 200
