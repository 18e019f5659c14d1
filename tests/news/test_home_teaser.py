import datetime

import pytest

from tests.news.factories import NewsPageFactory
from tests.news.i18n import german

pytestmark = pytest.mark.django_db


def _teaser(html):
    return html.split('class="news-teaser"')[1].split("</section>")[0]


def test_home_page_shows_the_three_latest_news_of_its_locale(client, demo_index):
    for day in (1, 2, 3, 4):
        NewsPageFactory(
            parent=demo_index["de"], title=f"Tag {day}", date=datetime.date(2030, 1, day)
        )
    NewsPageFactory(parent=demo_index["fr"], title="Demain", date=datetime.date(2031, 1, 1))
    teaser = _teaser(client.get("/de/").text)
    assert teaser.count('class="news-card"') == 3
    assert teaser.index("Tag 4") < teaser.index("Tag 3") < teaser.index("Tag 2")
    assert "Tag 1" not in teaser and "Demain" not in teaser
    assert f'href="{demo_index["de"].url}">{german("All news")}</a>' in teaser


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Appel : échange de jeunes Düsseldorf–Marrakech"),
        ("ar", "نداء: تبادل الشباب بين دوسلدورف ومراكش"),
        ("en", "Call: Düsseldorf–Marrakesh youth exchange"),
    ],
)
def test_demo_news_appear_on_each_home_page(client, language, title):
    teaser = _teaser(client.get(f"/{language}/").text)
    assert title in teaser
    assert "Aufruf: Jugendaustausch Düsseldorf–Marrakesch" not in teaser
