"""import_archive with bad cells: every row is checked and stored on its own, the summary
always prints, a failed row leaves no file behind."""

import csv
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import DatabaseError

from knowledge.models import ArchiveDocument, ArchiveEntryPage

from .test_import import HEADER, _folder, _run, english  # noqa: F401 - english: autouse

pytestmark = pytest.mark.django_db


def _row(name, title, *, date="2021-03-04", summary="", language="de"):
    return [name, title, "", date, language, summary, "", "no"]


def _run_failing(folder, *args):
    out = StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_archive", str(folder), *args, stdout=out, stderr=StringIO())
    return out.getvalue(), str(caught.value)


def _stored_documents():
    if not default_storage.exists("documents"):
        return []
    return default_storage.listdir("documents")[1]


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (_row("a.txt", "T" * 300), "The title cell has 300 characters; at most 250"),
        (_row("a.txt", "Mit\x00Null"), "The title cell contains a NUL byte"),
        (_row("a.txt", "Nullsumme", summary="A\x00B"), "The summary cell contains a NUL byte"),
        (_row("a.txt", "Riesig", summary="x" * 200_000), "The summary cell has 200000"),
        (_row("a.txt", "Jahr eins", date="0001-01-01"), "The date 0001-01-01 is before 1900"),
        (_row("a.txt", "Kein Datum", date="2021-02-30"), "Invalid date '2021-02-30'"),
    ],
)
def test_a_bad_cell_fails_its_row_and_the_next_rows_are_imported(tmp_path, bad_row, message):
    files = {"a.txt": b"Erste Datei.", "b.txt": b"Zweite Datei."}
    folder = _folder(tmp_path, [bad_row, _row("b.txt", "Danach importiert")], files)
    documents, stored = ArchiveDocument.objects.count(), len(_stored_documents())

    output, error = _run_failing(folder)

    assert f"line 2 a.txt: failed - {message}" in output
    assert "line 3 b.txt: created" in output
    assert "Summary: created: 1, updated: 0, unchanged: 0, failed: 1" in output
    assert "1 row(s) failed" in error
    assert ArchiveEntryPage.objects.filter(title="Danach importiert").exists()
    assert ArchiveDocument.objects.count() == documents + 1
    assert len(_stored_documents()) == stored + 1


def test_earlier_years_can_be_allowed(tmp_path):
    folder = _folder(
        tmp_path, [_row("a.txt", "Alte Urkunde", date="1776-07-04")], {"a.txt": b"Alt."}
    )

    _run(folder, "--min-year", "1700")

    assert ArchiveEntryPage.objects.get(title="Alte Urkunde").date.year == 1776


def test_a_row_that_fails_while_being_stored_leaves_no_file_behind(tmp_path, monkeypatch):
    folder = _folder(
        tmp_path,
        [_row("a.txt", "Scheitert beim Speichern"), _row("b.txt", "Gelingt")],
        {"a.txt": b"Erste Datei.", "b.txt": b"Zweite Datei."},
    )
    real_apply = __import__("knowledge.import_privacy", fromlist=["apply"]).apply

    def failing_apply(entry, wanted, user=None):
        if entry.title == "Scheitert beim Speichern":
            raise DatabaseError("value too long for type character varying(255)")
        real_apply(entry, wanted, user)

    monkeypatch.setattr("knowledge.import_privacy.apply", failing_apply)
    before = set(_stored_documents())

    output, _error = _run_failing(folder)

    assert "line 2 a.txt: failed - The row could not be stored (DatabaseError)" in output
    assert "Summary: created: 1, updated: 0, unchanged: 0, failed: 1" in output
    assert not ArchiveEntryPage.objects.filter(title="Scheitert beim Speichern").exists()
    assert not ArchiveDocument.objects.filter(title="Scheitert beim Speichern (de)").exists()
    assert ArchiveDocument.objects.filter(title="Gelingt (de)").exists()
    assert [name[0] for name in set(_stored_documents()) - before] == ["b"]


def test_unknown_columns_are_named_in_a_warning(tmp_path):
    with (tmp_path / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*HEADER, "bemerkung", "archivnummer"])
        writer.writerow([*_row("a.txt", "Mit Zusatzspalten"), "egal", "17"])
    (tmp_path / "a.txt").write_bytes(b"Text.")

    output = _run(tmp_path)

    assert "Warning: manifest.csv has column(s) the import does not know; they are ignored: " in (
        output
    )
    assert "bemerkung, archivnummer" in output
    assert ArchiveEntryPage.objects.filter(title="Mit Zusatzspalten").exists()


def test_a_short_row_is_reported_as_missing_cells_not_as_a_missing_file(tmp_path):
    (tmp_path / "manifest.csv").write_text(
        ",".join(HEADER) + "\na.txt,Kurze Zeile,\nb.txt,Lang,,2020-01-01,de,,,no,zu viel\n"
    )
    (tmp_path / "a.txt").write_bytes(b"Text.")
    (tmp_path / "b.txt").write_bytes(b"Text.")

    output, _error = _run_failing(tmp_path)

    assert (
        "line 2 a.txt: failed - The row has 3 of 8 cells; missing: date, language, summary, "
        "topics, private." in output
    )
    assert "line 3 b.txt: failed - The row has 1 cell(s) more than the header line." in output
    assert "File not found" not in output
    assert "Failed rows by reason: The row has 3 of 8 cells: 1;" in output
