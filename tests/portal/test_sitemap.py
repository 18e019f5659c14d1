import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory, publish

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_pages_of_every_locale_with_alternates(client):
    entries = _sitemap(client)
    for url in ["/de/ueber-uns/", "/fr/a-propos/", "/ar/man-nahnu/", "/en/about-us/"]:
        assert f"http://testserver{url}" in entries
    alternates = entries["http://testserver/fr/a-propos/"]
    assert alternates == {
        "de": "http://testserver/de/ueber-uns/",
        "fr": "http://testserver/fr/a-propos/",
        "ar": "http://testserver/ar/man-nahnu/",
        "en": "http://testserver/en/about-us/",
        "x-default": "http://testserver/de/ueber-uns/",
    }


def test_sitemap_leaves_out_private_pages_and_aliases(client, home, locales):
    private = publish(StandardPageFactory(parent=home, slug="intern"))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    untranslated = publish(StandardPageFactory(parent=home, slug="nur-deutsch"))
    untranslated.copy_for_translation(locales["fr"], alias=True)

    entries = _sitemap(client)
    assert "http://testserver/de/intern/" not in entries
    assert "http://testserver/de/nur-deutsch/" in entries
    assert "http://testserver/fr/nur-deutsch/" not in entries
    assert set(entries["http://testserver/de/nur-deutsch/"]) == {"de", "x-default"}


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_sitemap_leaves_out_pages_past_their_expiry_date(client, home):
    expired = publish(StandardPageFactory(parent=home, slug="abgelaufen"))
    expired.expire_at = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    expired.save()
    assert expired.live  # publish_scheduled has not run yet
    entries = _sitemap(client)
    assert "http://testserver/de/abgelaufen/" not in entries
    assert "http://testserver/de/ueber-uns/" in entries
