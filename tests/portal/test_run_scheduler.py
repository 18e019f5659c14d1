from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_scheduler_publishes_pages_that_are_due(home):
    page = StandardPageFactory(parent=home, title="Termin")
    page.unpublish()
    page.go_live_at = timezone.now() + timedelta(hours=1)
    page.save_revision().publish()  # scheduled, not live yet
    page.refresh_from_db()
    assert not page.live

    out = StringIO()
    later = timezone.now() + timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=later), translation.override("en"):
        call_command("run_scheduler", "--runs", "1", "--interval", "1", stdout=out)

    page.refresh_from_db()
    assert page.live
    assert "after 1 runs" in out.getvalue()


@pytest.mark.parametrize(("option", "value"), [("--interval", "0"), ("--runs", "-1")])
def test_scheduler_rejects_bad_arguments(option, value):
    with pytest.raises(CommandError):
        call_command("run_scheduler", option, value)
