"""The roles and the workflow come from an idempotent data migration."""

import importlib

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from portal.roles import (
    FREIGABE,
    MITGLIEDER,
    REDAKTION,
    ROLES,
    TRANSLATOR_LOCALES,
    ensure_roles,
    translator_collection,
    translator_group,
)

MIGRATION = "0002_roles_and_workflow"


def counts():
    return {
        "groups": Group.objects.count(),
        "group permissions": Group.permissions.through.objects.count(),
        "page permissions": GroupPagePermission.objects.count(),
        "collection permissions": GroupCollectionPermission.objects.count(),
        "workflows": Workflow.objects.count(),
        "tasks": Task.objects.count(),
        "workflow tasks": WorkflowTask.objects.count(),
        "workflow pages": WorkflowPage.objects.count(),
    }


def test_the_migration_runs_twice_without_duplicates(db):
    migration = importlib.import_module(f"portal.migrations.{MIGRATION}")
    historical_apps = MigrationLoader(connection).project_state(("portal", MIGRATION)).apps
    before = counts()
    migration.create_roles_and_workflow(historical_apps, None)
    migration.create_roles_and_workflow(historical_apps, None)
    assert counts() == before
    assert Group.objects.filter(name__in=[role.name for role in ROLES]).count() == len(ROLES)


def test_the_workflow_has_two_steps_for_the_right_groups(db):
    workflow = Workflow.objects.get(name="Redaktionelle Freigabe")
    steps = [(task.name, [g.name for g in task.specific.groups.all()]) for task in workflow.tasks]
    assert steps == [("Redaktionsprüfung", [REDAKTION]), ("Freigabe Vorstand", [FREIGABE])]
    assert {type(task.specific).__name__ for task in workflow.tasks} == {"FourEyesApprovalTask"}


def test_only_the_board_may_publish_and_members_have_no_admin(db):
    def codenames(name):
        group = Group.objects.get(name=name)
        return set(group.permissions.values_list("codename", flat=True)) | set(
            group.page_permissions.values_list("permission__codename", flat=True)
        )

    assert "publish_page" in codenames(FREIGABE)
    assert "publish_page" not in codenames(REDAKTION)
    assert "access_admin" in codenames(REDAKTION)
    assert codenames(MITGLIEDER) == set()


def test_apps_arriving_later_get_their_snippet_permissions(db, monkeypatch):
    """What the news and knowledge migrations rely on: a listed model is granted once it exists."""
    monkeypatch.setitem(
        __import__("portal.roles", fromlist=["EDITORIAL_MODELS"]).EDITORIAL_MODELS,
        "wagtailcore.locale",
        ("change",),
    )
    ensure_roles(django_apps)
    permission = Permission.objects.get(codename="change_locale")
    assert Group.objects.get(name=REDAKTION).permissions.filter(pk=permission.pk).exists()


@pytest.mark.postgres
def test_the_migration_is_idempotent_on_postgres_too(db):
    test_the_migration_runs_twice_without_duplicates(db)


def test_translator_media_migration_runs_twice_without_duplicates(db):
    name = "0004_translator_snippets_and_collections"
    migration = importlib.import_module(f"portal.migrations.{name}")
    historical_apps = MigrationLoader(connection).project_state(("portal", name)).apps
    before = counts() | {"collections": Collection.objects.count()}
    migration.grant(historical_apps, None)
    migration.grant(historical_apps, None)
    assert counts() | {"collections": Collection.objects.count()} == before
    assert not any(Collection.find_problems())


@pytest.mark.parametrize("code", TRANSLATOR_LOCALES)
def test_each_translator_group_has_its_own_collection_only(db, code):
    group = Group.objects.get(name=translator_group(code))
    grants = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection__name", "permission__codename"
        )
    )
    assert grants == {
        (translator_collection(code), f"{action}_{model}")
        for action in ("add", "change", "choose")
        for model in ("document", "image")
    }
    snippet_permissions = set(group.permissions.values_list("codename", flat=True))
    assert {"change_footer", "change_newscategory", "change_documenttype"} <= snippet_permissions
    assert not {"add_newscategory", "delete_newscategory", "publish_footer"} & snippet_permissions
