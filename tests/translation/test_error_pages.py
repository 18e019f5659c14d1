"""Error pages speak the visitor's language: 400 and 403 in the site's frame, the static 500
page in all four languages (it must render even when templates or the database fail)."""

from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.views.defaults import server_error

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.translation.error_urls")]

EXPECTED = {
    "de": ("Zugriff verweigert", "Ungültige Anfrage"),
    "fr": ("Accès refusé", "Requête invalide"),
    "ar": ("تم رفض الوصول", "طلب غير صالح"),
    "en": ("Access denied", "Bad request"),
}


@pytest.mark.parametrize("code", EXPECTED)
def test_403_and_400_pages_in_the_visitors_language(client, code):
    denied, bad = EXPECTED[code]
    response = client.get("/forbidden/", headers={"accept-language": code})
    assert response.status_code == 403
    assert f'<html lang="{code}"' in response.text
    assert f"<h1>{denied}</h1>" in response.text
    assert 'class="site-footer"' in response.text

    response = client.get("/bad/", headers={"accept-language": code})
    assert response.status_code == 400
    assert f"<h1>{bad}</h1>" in response.text


def test_the_500_page_is_static_and_in_four_languages():
    source = (Path(settings.BASE_DIR) / "templates" / "500.html").read_text(encoding="utf-8")
    assert "{%" not in source and "{{" not in source
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    for marker in ("Serverfehler", 'lang="fr"', 'lang="ar" dir="rtl"', 'lang="en"'):
        assert marker in html
