import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, get_page_models

from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "fr", "ar", "en"]
PAGE_MODELS = [model for model in get_page_models() if model is not Page]
# The demo archive entries are German originals that every locale's archive lists as they are.
GERMAN_ONLY_IN_DEMO = {"ArchiveEntryPage"}


def _direction(language):
    return "rtl" if language == "ar" else "ltr"


def _example(model, language):
    """One live, public page of `model` in `language` (a real page, not an alias)."""
    return (
        model.objects.live()
        .public()
        .filter(locale__language_code=language, alias_of__isnull=True)
        .order_by("path")
        .first()
    )


def _examples():
    for model in PAGE_MODELS:
        for language in LANGUAGES:
            if language != "de" and model.__name__ in GERMAN_ONLY_IN_DEMO:
                continue
            yield pytest.param(model, language, id=f"{model.__name__}-{language}")


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


@pytest.mark.parametrize(("model", "language"), list(_examples()))
def test_every_page_type_has_lang_and_dir_and_only_own_assets(client, model, language):
    page = _example(model, language)
    assert page is not None, f"the demo has no live {model.__name__} in {language}"
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{_direction(language)}">' in html
    assert _foreign_assets(html) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_login_and_search_pages_have_lang_and_dir(client, language):
    missing = client.get(f"/{language}/gibt-es-nicht/")
    assert missing.status_code == 404
    login = client.get(f"/{language}/login/")
    search = client.get(f"/{language}/search/", {"q": "Marrakesch"})
    assert login.status_code == search.status_code == 200
    for response in (missing, login, search):
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{_direction(language)}">' in html
        assert _foreign_assets(html) == []


def test_direction_is_right_to_left_for_arabic_only(client):
    for language in LANGUAGES:
        html = client.get(f"/{language}/").text
        assert f'<html lang="{language}" dir="{_direction(language)}">' in html


def test_static_css_loads_nothing_from_other_origins():
    stylesheets = [
        path
        for app_static in Path(settings.BASE_DIR).glob("*/static")
        for path in app_static.rglob("*.css")
    ]
    assert stylesheets, "no stylesheet found"
    for path in stylesheets:
        css = path.read_text()
        for reference in re.findall(r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)", css):
            assert not _is_foreign(reference), f"{path}: @import {reference}"
        for reference in re.findall(r"url\(\s*['\"]?([^'\")]+)", css):
            assert not _is_foreign(reference), f"{path}: url({reference})"


def test_foreign_asset_check_finds_what_it_should():
    html = (
        '<link rel="stylesheet" href="//cdn.example.org/x.css">'
        '<script src="https://cdn.example.org/x.js"></script>'
        '<img src="/media/a.jpg" srcset="/media/a.jpg 1x, https://img.example.org/a.jpg 2x">'
        '<div style="background: url(http://img.example.org/b.png)"></div>'
        "<style>@import 'https://fonts.example.org/f.css';</style>"
        '<link rel="icon" href="http://testserver/static/favicon.svg">'
        '<a href="https://example.org/">a link is not an asset</a>'
    )
    assert _foreign_assets(html) == [
        "//cdn.example.org/x.css",
        "https://cdn.example.org/x.js",
        "https://img.example.org/a.jpg",
        "http://img.example.org/b.png",
        "https://fonts.example.org/f.css",
    ]


def test_page_shows_its_translated_content(client):
    about = StandardPage.objects.get(slug="a-propos", locale__language_code="fr")
    response = client.get("/fr/a-propos/")
    assert response.status_code == 200
    assert about.intro in response.text
    assert "Über uns" not in response.text.split("<main")[1]


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
    assert (
        '<address class="site-footer__contact"><p>E-mail: info@duesseldorf-marrakesch.example'
        in html
    )


def test_home_page_query_count_is_bounded(client, django_assert_max_num_queries):
    client.get("/de/")  # warm the site-root cache like a running server
    # 12 for the page itself, +3 for the news teaser and feed links (see tests/news).
    with django_assert_max_num_queries(15):
        assert client.get("/de/").status_code == 200


# Elements that make the browser fetch something, and the attributes that say from where.
_ASSET_ATTRIBUTES = {
    "link": ("href",),
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "form": ("action",),
}
_CSS_REFERENCE = re.compile(
    r"@import\s+(?:url\()?\s*['\"]?([^'\")\s;]+)|url\(\s*['\"]?([^'\")]+)", re.IGNORECASE
)


def _is_foreign(url):
    parts = urlsplit(url.strip())
    if parts.scheme == "data":
        return False
    return bool(parts.netloc) and parts.netloc != "testserver"


def _foreign_assets(html):
    """Every URL in `html` that would make the browser load something from another origin."""
    soup = BeautifulSoup(html, "html.parser")
    urls = []
    for tag in soup.find_all(True):
        for attribute in _ASSET_ATTRIBUTES.get(tag.name, ()):
            value = tag.get(attribute) or ""
            if attribute == "srcset":
                urls += [candidate.split()[0] for candidate in value.split(",") if candidate]
            elif value:
                urls.append(value)
        if tag.get("style"):
            urls += [a or b for a, b in _CSS_REFERENCE.findall(tag["style"])]
        if tag.name == "style":
            urls += [a or b for a, b in _CSS_REFERENCE.findall(tag.get_text())]
    return [url for url in urls if _is_foreign(url)]
