"""import_archive and members-only entries: privacy changes only when a row says so."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import PageLogEntry, PageViewRestriction

from knowledge.models import ArchiveEntryPage

from .test_import import _folder, _run, english  # noqa: F401 - english: autouse fixture

pytestmark = pytest.mark.django_db


def _row(name, title, private, language="de", date="2022-05-14"):
    return [name, title, "", date, language, "", "", private]


def _restricted(title):
    entry = ArchiveEntryPage.objects.get(title=title)
    return PageViewRestriction.objects.filter(page=entry).exists()


def _run_failing(folder, *args):
    out = StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_archive", str(folder), *args, stdout=out, stderr=StringIO())
    return out.getvalue(), str(caught.value)


@pytest.fixture
def members_only(tmp_path):
    """A published members-only entry, imported from `protokoll.txt`."""
    files = {"protokoll.txt": b"Protokoll der Gruendungsversammlung."}
    folder = _folder(tmp_path, [_row("protokoll.txt", "Gruendungsprotokoll", "yes")], files)
    _run(folder, "--publish")
    assert _restricted("Gruendungsprotokoll")
    return folder


def test_an_empty_private_cell_keeps_a_members_only_entry_private(members_only):
    _folder(members_only, [_row("protokoll.txt", "Gruendungsprotokoll", "")], {})

    output = _run(members_only)

    assert _restricted("Gruendungsprotokoll")
    assert "public" not in output


def test_dry_run_says_an_explicit_no_makes_the_entry_public(members_only):
    _folder(members_only, [_row("protokoll.txt", "Gruendungsprotokoll", "no")], {})

    output = _run(members_only, "--dry-run")

    assert "line 2 protokoll.txt: would update (becomes public)" in output
    assert _restricted("Gruendungsprotokoll")


def test_an_explicit_no_makes_it_public_reports_and_logs_it(members_only):
    _folder(members_only, [_row("protokoll.txt", "Gruendungsprotokoll", "no")], {})

    output = _run(members_only)

    assert "line 2 protokoll.txt: updated (becomes public)" in output
    assert not _restricted("Gruendungsprotokoll")
    entry = ArchiveEntryPage.objects.get(title="Gruendungsprotokoll")
    actions = PageLogEntry.objects.filter(page=entry).values_list("action", flat=True)
    assert "wagtail.view_restriction.delete" in actions


def test_making_an_entry_members_only_is_reported_and_logged(tmp_path):
    folder = _folder(tmp_path, [_row("a.txt", "Offener Vermerk", "no")], {"a.txt": b"Text."})
    _run(folder, "--publish")
    _folder(folder, [_row("a.txt", "Offener Vermerk", "ja")], {})

    output = _run(folder)

    assert "line 2 a.txt: updated (becomes members-only)" in output
    entry = ArchiveEntryPage.objects.get(title="Offener Vermerk")
    assert PageLogEntry.objects.filter(
        page=entry, action="wagtail.view_restriction.create"
    ).exists()


def test_a_new_entry_needs_an_explicit_privacy(tmp_path):
    folder = _folder(tmp_path, [_row("a.txt", "Ohne Angabe", "")], {"a.txt": b"Text."})

    output, error = _run_failing(folder)

    assert "line 2 a.txt: failed - The private column is empty" in output
    assert not ArchiveEntryPage.objects.filter(title="Ohne Angabe").exists()


def test_rows_of_one_entry_share_its_privacy(tmp_path):
    files = {"de.txt": b"Deutsch.", "fr.txt": b"Francais."}
    folder = _folder(
        tmp_path,
        [_row("de.txt", "Zweisprachig", "yes"), _row("fr.txt", "Zweisprachig", "", "fr")],
        files,
    )

    _run(folder, "--publish")

    assert _restricted("Zweisprachig")


def test_one_title_with_yes_and_no_is_a_row_error_and_nothing_becomes_public(tmp_path):
    files = {"de.txt": b"Intern.", "fr.txt": b"Interne."}
    folder = _folder(
        tmp_path,
        [_row("de.txt", "Widerspruch", "yes"), _row("fr.txt", "Widerspruch", "no", "fr")],
        files,
    )

    output, error = _run_failing(folder, "--publish")

    assert "line 2 de.txt: failed - Lines 2 and 3 give the entry" in output
    assert "line 3 fr.txt: failed - Lines 2 and 3 give the entry" in output
    assert "2 row(s) failed" in error
    assert not ArchiveEntryPage.objects.filter(title="Widerspruch").exists()


def test_one_file_in_two_rows_is_a_row_error(tmp_path):
    folder = _folder(
        tmp_path,
        [_row("a.txt", "Erster Titel", "yes"), _row("b.txt", "Zweiter Titel", "no")],
        {"a.txt": b"Derselbe Inhalt.", "b.txt": b"Derselbe Inhalt."},
    )

    output, error = _run_failing(folder)

    assert "line 3 b.txt: failed - The same file (by its content) is used in lines 2 and 3" in (
        output
    )
    assert not ArchiveEntryPage.objects.filter(title="Zweiter Titel").exists()


def test_a_row_reusing_a_file_cannot_rename_or_unprotect_another_entry(members_only):
    (members_only / "kopie.txt").write_bytes(b"Protokoll der Gruendungsversammlung.")
    _folder(members_only, [_row("kopie.txt", "Oeffentliche Kopie", "no")], {})

    output, error = _run_failing(members_only, "--publish")

    assert "line 2 kopie.txt: failed - This file belongs to the entry 'Gruendungsprotokoll'" in (
        output
    )
    assert _restricted("Gruendungsprotokoll")
    assert not ArchiveEntryPage.objects.filter(title="Oeffentliche Kopie").exists()
