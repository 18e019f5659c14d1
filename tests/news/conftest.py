import pytest

from news.models import NewsIndexPage
from tests.news.factories import NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    """An empty German news index of its own, so counts do not depend on the demo news."""
    return NewsIndexPageFactory(parent=home)


@pytest.fixture
def demo_index(locales):
    """The demo's news index of each locale."""
    german = NewsIndexPage.objects.get(locale=locales["de"], slug="aktuelles")
    indexes = {page.locale.language_code: page for page in german.get_translations()}
    return {"de": german, **indexes}
