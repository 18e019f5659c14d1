import datetime

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from news.models import NewsIndexPage
from tests.home.factories import publish
from tests.news.factories import NewsCategoryFactory, NewsPageFactory
from tests.news.i18n import german, german_plural

pytestmark = pytest.mark.django_db

NO_CATEGORY = "There is no news in the category “%(value)s”."
NO_TAG = "There is no news with the tag “%(value)s”."
NO_YEAR = "There is no news from the year “%(value)s”."
NO_PAGE = "There is no page “%(value)s” in this list of news."
SINGULAR = "%(counter)s news item matches your selection."
PLURAL = "%(counter)s news items match your selection."


def _titles(html):
    """Titles listed in the index, in order."""
    listed = html.split('<ol class="news-list"')[1].split("</ol>")[0]
    return [
        part.split("</a>")[0] for part in listed.split('class="news-card__title"><a href="')[1:]
    ]


def _title_list(html):
    return [title.split('">', 1)[1] for title in _titles(html)]


def test_index_lists_newest_first(client, news_index):
    for day, title in [(3, "Mittel"), (1, "Alt"), (9, "Neu")]:
        NewsPageFactory(parent=news_index, title=title, date=datetime.date(2024, 5, day))
    response = client.get(news_index.url)
    assert response.status_code == 200
    assert _title_list(response.text) == ["Neu", "Mittel", "Alt"]


def test_index_paginates_with_real_links(client, news_index):
    for number in range(1, 24):
        NewsPageFactory(
            parent=news_index, title=f"Meldung {number:02}", date=datetime.date(2024, 1, number)
        )
    first = client.get(news_index.url).text
    assert len(_titles(first)) == 10
    assert _title_list(first)[0] == "Meldung 23"
    assert f'href="{news_index.url}?page=2" rel="next"' in first
    page_3 = german("Page %(number)s", number=3)
    assert f'href="{news_index.url}?page=3" aria-label="{page_3}"' in first

    last = client.get(news_index.url, {"page": 3}).text
    assert _title_list(last) == ["Meldung 03", "Meldung 02", "Meldung 01"]
    assert f'href="{news_index.url}?page=2" rel="prev"' in last
    assert 'rel="next"' not in last


@pytest.mark.parametrize("number", ["abc", "0", "-1", "1.5", "4", "99999", "9" * 40])
def test_bad_or_out_of_range_page_is_not_found(client, news_index, number, monkeypatch):
    monkeypatch.setattr(NewsIndexPage, "per_page", 1)
    for _ in range(3):
        NewsPageFactory(parent=news_index)
    response = client.get(news_index.url, {"page": number})
    assert response.status_code == 404
    assert 'class="news-list"' not in response.text
    assert escape(german(NO_PAGE, value=number)) in response.text
    assert f'<a href="{news_index.url}">{german("Show all news")}</a>' in response.text


def test_bad_page_is_explained_in_the_visitors_language(client, demo_index):
    response = client.get(demo_index["ar"].url, {"page": "99"})
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in response.text
    with translation.override("ar"):
        explanation = gettext(NO_PAGE) % {"value": "99"}
        link = f'<a href="{demo_index["ar"].url}">{gettext("Show all news")}</a>'
    assert escape(explanation) in response.text
    assert link in response.text


def test_empty_page_parameter_means_first_page(client, news_index):
    NewsPageFactory(parent=news_index, title="Einzige Meldung")
    response = client.get(news_index.url, {"page": ""})
    assert response.status_code == 200
    assert _title_list(response.text) == ["Einzige Meldung"]


def test_empty_index_says_so(client, news_index):
    response = client.get(news_index.url)
    assert response.status_code == 200
    assert german("There is no news yet.") in response.text


def test_filters_by_category_tag_and_year_with_plain_links(client, news_index):
    verein = NewsCategoryFactory(name="Verein", slug="verein-test")
    kultur = NewsCategoryFactory(name="Kultur", slug="kultur-test")
    a = NewsPageFactory(
        parent=news_index, title="A", category=verein, date=datetime.date(2023, 6, 1)
    )
    a.tags.add("Schule")
    publish(a)
    NewsPageFactory(parent=news_index, title="B", category=kultur, date=datetime.date(2024, 6, 1))
    c = NewsPageFactory(
        parent=news_index, title="C", category=verein, date=datetime.date(2024, 2, 1)
    )
    c.tags.add("Schule")
    publish(c)

    html = client.get(news_index.url).text
    assert f'href="{news_index.url}?category=verein-test"' in html
    assert f'href="{news_index.url}?tag=schule"' in html
    assert f'href="{news_index.url}?year=2023"' in html

    assert _title_list(client.get(news_index.url, {"category": "verein-test"}).text) == ["C", "A"]
    assert _title_list(client.get(news_index.url, {"tag": "schule"}).text) == ["C", "A"]
    assert _title_list(client.get(news_index.url, {"year": "2024"}).text) == ["B", "C"]
    combined = client.get(news_index.url, {"category": "verein-test", "year": "2024"}).text
    assert _title_list(combined) == ["C"]
    assert german_plural(SINGULAR, PLURAL, 1) in combined
    # Each filter link keeps the other filters and drops the page number.
    assert f'href="{news_index.url}?category=verein-test&amp;year=2023"' in combined


@pytest.mark.parametrize(
    ("params", "msgid"),
    [
        ({"category": "gibt-es-nicht"}, NO_CATEGORY),
        ({"tag": "unbekannt"}, NO_TAG),
        ({"year": "abc"}, NO_YEAR),
        ({"year": "1999"}, NO_YEAR),
        ({"year": "9" * 5000}, NO_YEAR),
        ({"category": "<script>x</script>"}, NO_CATEGORY),
    ],
    ids=["category", "tag", "year-not-a-number", "year-without-news", "year-huge", "markup"],
)
def test_unknown_filter_value_is_explained_with_404(client, news_index, params, msgid):
    NewsPageFactory(parent=news_index, date=datetime.date(2024, 1, 1))
    response = client.get(news_index.url, params)
    assert response.status_code == 404
    (value,) = params.values()
    assert escape(german(msgid, value=value)) in response.text
    assert f'<a href="{news_index.url}">{german("Show all news")}</a>' in response.text
    assert "<script>x" not in response.text


def test_index_lists_only_live_public_current_items(client, news_index, locales):
    NewsPageFactory(parent=news_index, title="Sichtbar")
    NewsPageFactory(parent=news_index, title="Entwurf", live=False)
    private = NewsPageFactory(parent=news_index, title="Intern")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    expired = NewsPageFactory(parent=news_index, title="Abgelaufen")
    expired.expire_at = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    expired.save()
    assert _title_list(client.get(news_index.url).text) == ["Sichtbar"]


def test_index_shows_only_its_own_locale(client, demo_index, locales):
    german_item = NewsPageFactory(parent=demo_index["de"], title="Nur auf Deutsch")
    NewsPageFactory(parent=demo_index["fr"], title="Seulement en français")
    german_item.copy_for_translation(locales["fr"], alias=True)

    german_titles = _title_list(client.get(demo_index["de"].url).text)
    french_titles = _title_list(client.get(demo_index["fr"].url).text)
    assert "Nur auf Deutsch" in german_titles
    assert "Seulement en français" not in german_titles
    assert "Seulement en français" in french_titles
    assert "Nur auf Deutsch" not in french_titles  # the alias shows German text: left out
    assert "Förderverein Düsseldorf–Marrakesch gegründet" not in french_titles
    assert "Fondation de l’association Düsseldorf–Marrakech" in french_titles


def test_index_advertises_feeds_and_canonical(client, demo_index):
    html = client.get(demo_index["fr"].url, {"page": "1", "utm": "x"}).text
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Actualités (RSS)" '
        'href="http://testserver/fr/actualites/rss/">'
    ) in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Actualités (Atom)" '
        'href="http://testserver/fr/actualites/atom/">'
    ) in html
    assert '<link rel="canonical" href="http://testserver/fr/actualites/">' in html
