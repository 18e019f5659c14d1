"""A news item restricted in any language is missing from every list in every language.

Index, feeds, home teaser and related links list what an anonymous visitor may see
(privacy/visibility.py), so the French translation of a members-only German item is left
out everywhere, and so is the translation of a members-only archive entry.
"""

import feedparser
import pytest
from wagtail.models import PageViewRestriction

from news.models import NewsPageRelatedArchiveEntry, NewsPageRelatedNews
from tests.home.factories import publish, translate_page
from tests.knowledge.factories import make_entry
from tests.news.factories import NewsPageFactory
from tests.portal.factories import UserFactory
from tests.privacy.factories import restrict

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fragment_modes")]


@pytest.fixture
def restricted_pair(demo_index):
    german = publish(NewsPageFactory(parent=demo_index["de"], title="Kumquat intern"))
    french = translate_page(german, "fr", title="Kumquat interne", slug="kumquat-interne")
    public = publish(NewsPageFactory(parent=demo_index["de"], title="Offene Tür"))
    translate_page(public, "fr", title="Portes ouvertes", slug="portes-ouvertes")
    restrict(german)
    return german, french


@pytest.mark.parametrize("route", ["rss/", "atom/"])
def test_feeds_leave_out_translations_of_restricted_news(
    client, demo_index, restricted_pair, route
):
    feed = feedparser.parse(client.get(demo_index["fr"].url + route).content)
    titles = [entry.title for entry in feed.entries]
    assert "Portes ouvertes" in titles and "Kumquat interne" not in titles


def test_index_and_home_teaser_leave_them_out_even_for_members(client, demo_index, restricted_pair):
    client.force_login(UserFactory())  # lists are the same for everybody
    index = client.get(demo_index["fr"].url).text
    assert "Portes ouvertes" in index and "Kumquat" not in index
    assert "Kumquat" not in client.get("/fr/").text


def test_password_protected_news_is_left_out_of_the_feeds(client, demo_index):
    news = publish(NewsPageFactory(parent=demo_index["de"], title="Passwortmeldung"))
    restrict(news, PageViewRestriction.PASSWORD, password="geheim")
    assert b"Passwortmeldung" not in client.get(demo_index["de"].url + "rss/").content


def test_related_news_leave_out_translations_of_restricted_news(
    client, demo_index, restricted_pair
):
    german, french = restricted_pair
    reader = publish(NewsPageFactory(parent=demo_index["de"], title="Rückblick"))
    reader.related_news.add(NewsPageRelatedNews(news=german))
    publish(reader)
    french_reader = translate_page(reader, "fr", title="Rétrospective", slug="retrospective")
    assert "Kumquat" not in client.get(french_reader.url).text


def test_related_archive_entries_leave_out_translations_of_restricted_entries(client, demo_index):
    entry = make_entry(title="Guavenplan intern")
    translate_page(entry, "fr", title="Plan des goyaves", slug="plan-des-goyaves")
    open_entry = make_entry(title="Jahresbericht")
    translate_page(open_entry, "fr", title="Rapport annuel", slug="rapport-annuel")
    restrict(entry)
    news = NewsPageFactory(parent=demo_index["de"], title="Archivmeldung")
    for target in (entry, open_entry):
        news.related_archive_entries.add(NewsPageRelatedArchiveEntry(entry=target))
    french = translate_page(publish(news), "fr", title="Archives", slug="archives-meldung")
    html = client.get(french.url).text
    assert "Rapport annuel" in html
    assert "goyaves" not in html and "Guavenplan" not in html
