"""Saving and publishing only enqueue work; the `tasks` service (db_worker) does it.

The test settings run tasks immediately; here the production queue (the database) is used,
to show why compose needs the worker: without it a published page never reaches the search.
"""

import pytest
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from tests.home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _found(word):
    return [page.title for page in Page.objects.live().search(word)]


def test_a_published_page_is_searchable_only_after_the_worker_ran(home, task_queue):
    page = StandardPageFactory(parent=home, title="Zitronenbaumschule")
    page.save_revision().publish()

    waiting = DBTaskResult.objects.ready()
    assert waiting.filter(task_path__startswith="modelsearch.").exists()
    assert _found("Zitronenbaumschule") == []

    task_queue()

    assert not DBTaskResult.objects.ready().exists()
    assert _found("Zitronenbaumschule") == ["Zitronenbaumschule"]
