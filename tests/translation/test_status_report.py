import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

from tests.home.factories import StandardPageFactory, publish
from tests.translation.conftest import make_translator, start_translation
from translation.permissions import target_locales
from translation.status import status_table

pytestmark = pytest.mark.django_db

REPORT = reverse("translation_status_report")


def _cells(user, page):
    locales = target_locales(user)
    (row,) = [row for row in status_table(user, locales) if row.page.pk == page.pk]
    return {cell.locale.language_code: cell for cell in row.cells}


def test_superuser_sees_every_target_language(superuser):
    assert [locale.language_code for locale in target_locales(superuser)] == ["fr", "ar", "en"]


def test_translator_sees_only_their_languages(django_user_model):
    translator = make_translator(django_user_model, "fr", "ar")
    assert [locale.language_code for locale in target_locales(translator)] == ["fr", "ar"]


def test_demo_pages_are_published_in_every_language(superuser, home):
    cells = _cells(superuser, home)
    assert {code: cell.status for code, cell in cells.items()} == {
        "fr": "published",
        "ar": "published",
        "en": "published",
    }
    french_home = home.get_translation(cells["fr"].locale)
    assert cells["fr"].url == reverse("wagtailadmin_pages:edit", args=[french_home.pk])


def test_status_follows_the_translation_lifecycle(
    superuser, german_page, django_capture_on_commit_callbacks
):
    cells = _cells(superuser, german_page)
    assert cells["fr"].status == "missing"  # only an alias showing German text
    assert cells["fr"].url == reverse(
        "wagtail_localize:submit_page_translation", args=[german_page.pk]
    )

    translation = start_translation(german_page, "fr")
    assert _cells(superuser, german_page)["fr"].status == "draft"

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        translation.save_target(publish=True)
    assert _cells(superuser, german_page)["fr"].status == "published"

    german_page.intro = "Neue Brunnen für mehr Dörfer."
    publish(german_page)
    cells = _cells(superuser, german_page)
    assert cells["fr"].status == "outdated"
    assert cells["ar"].status == "missing"

    translation.source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert _cells(superuser, german_page)["fr"].status == "published"


def test_translation_in_a_workflow_is_in_review(superuser, german_page, django_user_model):
    translator = make_translator(django_user_model, "fr")
    translation = start_translation(german_page, "fr")
    french = translation.get_target_instance()
    workflow = Workflow.objects.create(name="Übersetzung prüfen")
    task = GroupApprovalTask.objects.create(name="Lektorat")
    task.groups.add(Group.objects.create(name="Lektorat"))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    french.save_revision(user=translator)
    workflow.start(french, translator)
    assert _cells(superuser, german_page)["fr"].status == "in_review"


def test_query_count_does_not_grow_with_the_number_of_pages(superuser, home):
    locales = target_locales(superuser)

    def count():
        with CaptureQueriesContext(connection) as queries:
            rows = status_table(superuser, locales)
        return len(queries), len(rows)

    before, rows_before = count()
    for number in range(6):
        start_translation(publish(StandardPageFactory(parent=home, title=f"Neu {number}")), "fr")
    after, rows_after = count()
    assert rows_after == rows_before + 6
    assert after == before <= 6


def test_report_shows_the_table_with_editor_links(client, superuser, german_page):
    client.force_login(superuser)
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.text
    assert "Wasserprojekt" in html
    for language in ("French", "Arabic", "English"):
        assert f">{language}</th>" in html
    submit = reverse("wagtail_localize:submit_page_translation", args=[german_page.pk])
    assert f'<a href="{submit}">Missing</a>' in html


def test_report_for_a_translator_has_only_their_columns(client, django_user_model, german_page):
    translator = make_translator(django_user_model, "ar")
    client.force_login(translator)
    html = client.get(REPORT).text
    assert ">Arabic</th>" in html
    assert ">French</th>" not in html
    assert ">English</th>" not in html
    alias = german_page.get_translation(target_locales(translator)[0])
    # Translators cannot submit translations; the alias's page leads them to the editor.
    assert reverse("wagtailadmin_pages:edit", args=[alias.pk]) in html


def test_report_filters_by_language_and_status(client, superuser, german_page):
    client.force_login(superuser)
    html = client.get(REPORT, {"locale": "fr", "status": "missing"}).text
    assert "Wasserprojekt" in html
    assert ">Arabic</th>" not in html.split('class="listing translation-status"')[1]
    assert "Über uns" not in html  # published everywhere


def test_report_ignores_invalid_filters_with_a_message(client, superuser):
    client.force_login(superuser)
    response = client.get(REPORT, {"locale": "xx", "status": "<script>", "p": "zzz"})
    assert response.status_code == 200
    assert "Some filters were not valid and have been ignored" in response.text
    assert "<script>" not in response.text


def test_report_is_forbidden_without_translation_languages(client, django_user_model):
    editor = make_translator(django_user_model, username="redakteur")
    client.force_login(editor)
    response = client.get(REPORT, follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert "Translation status" not in client.get(reverse("wagtailadmin_home")).text


def test_dashboard_panel_summarises_the_translators_languages(client, django_user_model):
    translator = make_translator(django_user_model, "fr")
    client.force_login(translator)
    html = client.get(reverse("wagtailadmin_home")).text
    panel = html.split('id="translation-status-section"')[1].split("</section>")[0]
    assert ">French</th>" in panel
    assert ">Arabic</th>" not in panel
    assert REPORT in panel


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("Übersetzung fr", ["fr"]),
        ("Übersetzung ar", ["ar"]),
        ("Übersetzung en", ["en"]),
        ("Redaktion", ["fr", "ar", "en"]),
        ("Mitglieder", []),
    ],
)
def test_locales_of_the_portals_groups(django_user_model, group, expected):
    user = django_user_model.objects.create_user("person", "person@example.invalid", "pw")
    user.groups.add(Group.objects.get(name=group))
    assert [locale.language_code for locale in target_locales(user)] == expected
