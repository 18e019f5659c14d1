"""Go-live and expiry dates take effect through Wagtail's `publish_scheduled` command."""

import datetime
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from news.models import NewsPage

pytestmark = pytest.mark.django_db


def _listed(client, index, title):
    return title in client.get(index.url).text


def test_item_with_future_go_live_date_appears_once_due(client, news_index):
    now = timezone.now()
    page = NewsPage(title="Geplante Meldung", slug="geplant", intro="Kommt bald.", live=False)
    news_index.add_child(instance=page)
    page.go_live_at = now + datetime.timedelta(hours=1)
    page.save_revision().publish()
    page.refresh_from_db()
    assert not page.live
    assert not _listed(client, news_index, "Geplante Meldung")

    call_command("publish_scheduled", stdout=StringIO())  # not due yet
    assert not _listed(client, news_index, "Geplante Meldung")

    with time_machine.travel(now + datetime.timedelta(hours=2), tick=False):
        call_command("publish_scheduled", stdout=StringIO())
        assert _listed(client, news_index, "Geplante Meldung")
        feed = client.get(news_index.url + "rss/").text
        assert "Geplante Meldung" in feed


def test_expired_item_leaves_the_list(client, news_index):
    now = timezone.now()
    page = NewsPage(title="Befristete Meldung", slug="befristet", intro="Nur kurz.")
    news_index.add_child(instance=page)
    page.expire_at = now + datetime.timedelta(hours=1)
    page.save_revision().publish()
    assert _listed(client, news_index, "Befristete Meldung")

    with time_machine.travel(now + datetime.timedelta(hours=2), tick=False):
        # Hidden from lists as soon as it is due, before the command has run …
        assert not _listed(client, news_index, "Befristete Meldung")
        call_command("publish_scheduled", stdout=StringIO())
    page.refresh_from_db()
    # … and unpublished by it.
    assert not page.live and page.expired
