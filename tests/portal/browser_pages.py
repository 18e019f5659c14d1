"""The demo pages the browser tests visit, per language, found in the demo content.

Each helper returns a path on the portal (no host), so that tests can point any server at
it. The search terms are words the demo content of each language contains; the tests check
that the searches really return results, so a change to the demo cannot turn them into
tests of an empty result page.
"""

from home.models import HomePage, StandardPage
from knowledge.models import ArchiveIndexPage
from news.models import NewsIndexPage, NewsPage

LANGUAGES = ("de", "fr", "ar", "en")

# The archive holds German documents (shown untranslated in the other languages) whose
# text has this word; the site search looks for the partner city in each language's spelling.
ARCHIVE_TERM = "Absichtserklärung"
SITE_SEARCH_TERMS = {"de": "Marrakesch", "fr": "Marrakech", "ar": "مراكش", "en": "Marrakesh"}


def _first(model, code, **filters):
    pages = model.objects.live().public().filter(locale__language_code=code, **filters)
    page = pages.order_by("path").first()
    assert page is not None, f"the demo has no live {model.__name__} in {code}"
    return page


def home(code):
    return _first(HomePage, code).url


def standard_page(code):
    """The first standard page of the main navigation ("about us" in the demo)."""
    return _first(StandardPage, code, show_in_menus=True)


def standard(code):
    return standard_page(code).url


def news_index(code):
    return _first(NewsIndexPage, code).url


def article(code):
    return _first(NewsPage, code).url


def archive(code):
    return _first(ArchiveIndexPage, code).url


def archive_search(code):
    return f"{archive(code)}?q={ARCHIVE_TERM}"


def site_search(code):
    return f"/{code}/search/?q={SITE_SEARCH_TERMS[code]}"


def archive_entry(page, base_url, code):
    """The entry the first result of the archive search leads to, as a visitor gets there
    (in French, Arabic and English: the German original, as the demo has no translation)."""
    page.goto(base_url + archive_search(code))
    link = page.locator(".result__title a").first
    return link.get_attribute("href")
