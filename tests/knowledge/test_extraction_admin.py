"""Editors see documents stuck in "pending" (how long they have waited) and queue their
extraction again, as far as they may change them."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.users.models import UserProfile

from knowledge.models import ArchiveDocument
from tests.portal.factories import UserFactory

from .factories import ArchiveDocumentFactory

pytestmark = pytest.mark.django_db

BULK_URL = reverse("wagtail_bulk_action", args=("knowledge", "archivedocument", "extract_again"))


def _stuck(title, hours=5):
    """A document whose extraction task was lost: pending for hours."""
    document = ArchiveDocumentFactory(title=title, text="Ein Dattelhain.")
    ArchiveDocument.objects.filter(pk=document.pk).update(
        extraction_status="pending",
        extracted_at=None,
        created_at=timezone.now() - datetime.timedelta(hours=hours),
    )
    DBTaskResult.objects.all().delete()  # the task was lost (with the database queue)
    return document


def _english_user(**kwargs):
    """A user whose admin speaks English, as the assertions read."""
    user = UserFactory(**kwargs)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def _row(html, title):
    row = html[html.index(f">{title}</span>") :]
    return row[: row.index("</tr>")]


def test_the_listing_filters_pending_documents_and_shows_how_long_they_wait(admin_client):
    _stuck("Haengt seit Stunden")
    ArchiveDocumentFactory(title="Laengst fertig")

    html = admin_client.get(reverse("wagtaildocs:index"), {"extraction_status": "pending"}).text

    assert "waiting for 5" in _row(html, "Haengt seit Stunden")
    assert "Laengst fertig" not in html
    searched = admin_client.get(
        reverse("wagtaildocs:index"), {"extraction_status": "pending", "q": "Haengt"}
    )
    assert searched.status_code == 200 and "Haengt seit Stunden" in searched.text


def test_an_editor_extracts_a_stuck_document_again(client, task_queue):
    document = _stuck("Verlorene Aufgabe")
    editor = _english_user(groups=["Redaktion"])
    client.force_login(editor)

    confirm = client.get(BULK_URL, {"id": document.pk})
    assert confirm.status_code == 200
    assert "Verlorene Aufgabe" in confirm.text
    response = client.post(f"{BULK_URL}?id={document.pk}", {"next": "/admin/documents/"})

    assert response.status_code == 302
    queued = DBTaskResult.objects.ready().filter(task_path="knowledge.tasks.extract_document")
    assert list(queued.values_list("args_kwargs__args", flat=True)) == [[document.pk]]
    task_queue()
    document.refresh_from_db()
    assert document.extraction_status == "done"


def test_someone_who_may_not_change_the_document_cannot_queue_it(client, task_queue):
    document = _stuck("Fremdes Dokument")
    group = Group.objects.create(name="Nur hochladen")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupCollectionPermission.objects.create(
        group=group,
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="add_document"),
    )
    client.force_login(_english_user(groups=["Nur hochladen"]))

    confirm = client.get(BULK_URL, {"id": document.pk})
    client.post(f"{BULK_URL}?id={document.pk}", {"next": "/admin/documents/"})

    assert "You may not change this document" in confirm.text
    assert not DBTaskResult.objects.filter(task_path="knowledge.tasks.extract_document").exists()
