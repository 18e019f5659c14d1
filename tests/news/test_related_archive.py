"""News items link to archive entries; readers see them in their language or marked original."""

import pytest
from wagtail.models import PageViewRestriction

from news.models import NewsIndexPage, NewsPageRelatedArchiveEntry
from tests.home.factories import publish
from tests.knowledge.factories import make_entry
from tests.news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def _news_linking(*entries):
    index = NewsIndexPage.objects.get(locale__language_code="de")
    news = NewsPageFactory(parent=index, title="Meldung mit Archivbezug")
    for entry in entries:
        news.related_archive_entries.add(NewsPageRelatedArchiveEntry(entry=entry))
    return publish(news)


def _section(html):
    return html.split('id="news-archive-heading"')[1].split("</section>")[0]


def test_german_reader_sees_the_linked_entries(client):
    entry = make_entry(title="Absichtserklärung Düsseldorf–Marrakesch")
    news = _news_linking(entry)
    section = _section(client.get(news.url).text)
    assert f'href="{entry.url}"' in section
    assert "Absichtserklärung Düsseldorf–Marrakesch" in section


def test_untranslated_entry_is_shown_in_its_original_language_and_marked(client, locales):
    entry = make_entry(title="Protokoll der Sitzung")
    news = _news_linking(entry)
    french = publish(news.copy_for_translation(locales["fr"], copy_parents=True))
    section = _section(client.get(french.url).text)
    assert 'lang="de"' in section
    assert "Protokoll der Sitzung" in section
    assert "(Allemand)" in section


def test_restricted_entry_is_not_shown(client):
    public = make_entry(title="Öffentlicher Bericht")
    private = make_entry(title="Interner Vermerk")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    news = _news_linking(public, private)
    section = _section(client.get(news.url).text)
    assert "Öffentlicher Bericht" in section
    assert "Interner Vermerk" not in section
