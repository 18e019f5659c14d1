import datetime
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.knowledge.factories import make_entry
from tests.privacy.factories import restrict

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


def test_sitemap_leaves_out_every_language_version_of_a_restricted_page(client, home):
    german = publish(StandardPageFactory(parent=home, slug="vorstand"))
    translate_page(german, "fr", slug="bureau")
    public = publish(StandardPageFactory(parent=home, slug="verein"))
    translate_page(public, "fr", slug="association")
    restrict(german)

    entries = _sitemap(client)
    assert "http://testserver/de/vorstand/" not in entries
    assert "http://testserver/fr/bureau/" not in entries
    assert entries["http://testserver/fr/association/"]["de"] == "http://testserver/de/verein/"


def test_sitemap_leaves_out_translations_of_restricted_archive_entries(client):
    entry = make_entry(title="Limettenplan", slug="limettenplan")
    translate_page(entry, "fr", slug="plan-des-limes")
    restrict(entry)
    xml = client.get("/sitemap.xml").text
    assert "plan-des-limes" not in xml and "limettenplan" not in xml


def test_sitemap_leaves_out_password_protected_pages(client, home):
    page = publish(StandardPageFactory(parent=home, slug="passwort"))
    translate_page(page, "en", slug="password")
    restrict(page, PageViewRestriction.PASSWORD, password="geheim")
    xml = client.get("/sitemap.xml").text
    assert "/de/passwort/" not in xml and "/en/password/" not in xml
