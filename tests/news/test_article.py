import datetime
import json
import re

import pytest
import wagtail_factories

from news.models import NewsPageRelatedNews
from tests.home.factories import publish
from tests.news.factories import NewsCategoryFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def _json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD"
    return json.loads(match.group(1))


def test_article_shows_its_content(client, news_index):
    category = NewsCategoryFactory(name="Verein", slug="verein-x")
    page = NewsPageFactory(
        parent=news_index,
        title="Gründung",
        intro="Der Verein ist gegründet.",
        date=datetime.date(2022, 5, 14),
        category=category,
        body=[("paragraph", "<p>Ein Absatz.</p>")],
    )
    page.tags.add("Düsseldorf")
    publish(page)
    html = client.get(page.url).text
    assert "<h1>Gründung</h1>" in html
    assert '<time datetime="2022-05-14">14. Mai 2022</time>' in html
    assert f'<a href="{news_index.url}?category=verein-x">Verein</a>' in html
    tag_link = f'<a href="{news_index.url}?tag=d%C3%BCsseldorf" rel="tag" dir="auto">Düsseldorf</a>'
    assert tag_link in html
    assert "Ein Absatz." in html


def test_article_has_canonical_opengraph_and_news_article_json_ld(client, news_index):
    image = wagtail_factories.ImageFactory(width=1600, height=900)
    page = NewsPageFactory(
        parent=news_index,
        title="Titel mit </script><script>alert(1)</script> & mehr",
        intro='Lead mit "Anführungszeichen" <b>und</b> &',
        date=datetime.date(2022, 5, 14),
        image=image,
        image_alt="Gruppenfoto",
    )
    html = client.get(page.url).text
    url = f"http://testserver{page.url}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert (
        '<meta property="og:title" content="Titel mit &lt;/script&gt;&lt;script&gt;alert(1)'
        '&lt;/script&gt; &amp; mehr">'
    ) in html
    assert '<meta property="og:locale" content="de_DE">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/media/[^"]+">', html)
    assert '<meta property="og:image:alt" content="Gruppenfoto">' in html
    assert "<script>alert(1)" not in html

    data = _json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert data["description"] == page.intro
    assert data["inLanguage"] == "de"
    assert data["datePublished"] == "2022-05-14T00:00:00+02:00"
    assert data["mainEntityOfPage"] == url
    assert data["image"][0].startswith("http://testserver/media/")


def test_arabic_article_metadata_is_arabic(client, demo_index):
    article = demo_index["ar"].get_children().live().specific().get(slug="tasis-al-jamiya")
    html = client.get(article.url).text
    assert '<meta property="og:locale" content="ar_MA">' in html
    data = _json_ld(html)
    assert data["inLanguage"] == "ar"
    assert data["headline"] == "تأسيس جمعية دوسلدورف–مراكش"


def test_related_news_follow_the_visitors_language(client, demo_index):
    english = demo_index["en"].get_children().specific().get(slug="association-founded")
    html = client.get(english.url).text
    related = html.split('id="news-related-heading"')[1].split("</section>")[0]
    assert "Looking back: the 2019 Morocco Roundtable" in related
    assert 'href="/en/news/morocco-roundtable-2019/"' in related
    assert "Rückblick" not in related


def test_related_news_leave_out_unpublished_items(client, news_index):
    hidden = NewsPageFactory(parent=news_index, title="Unveröffentlicht", live=False)
    shown = NewsPageFactory(parent=news_index, title="Veröffentlicht")
    page = NewsPageFactory(parent=news_index, title="Hauptmeldung")
    page.related_news = [NewsPageRelatedNews(news=hidden), NewsPageRelatedNews(news=shown)]
    publish(page)
    related = client.get(page.url).text.split('id="news-related-heading"')[1]
    assert "Veröffentlicht" in related and "Unveröffentlicht" not in related
