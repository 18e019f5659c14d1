"""Probe ``import_archive`` with hostile import folders and count what goes wrong.

Each probe is one folder: a manifest with one or more hostile rows (huge cells, NUL bytes,
bad dates, year 0001, duplicate and conflicting rows, missing cells, extra columns, missing
files, one file in two rows, symbolic links and path traversal in file names, a DOCX that
unpacks to 200 MB) followed by one good control row. The command runs on each folder, then
once more on the same folder (a re-import). Counted:

* tries: import runs;
* errors reported: rows the command failed with a message;
* tracebacks: runs that ended in an exception other than the command's own error (what a
  web request would answer with a 500);
* rows lost: control rows that did not become an entry;
* bad rows accepted: hostile rows that were imported anyway (e.g. a date of year 1);
* made public: members-only entries that lost their restriction on a re-import with an
  empty private cell;
* files orphaned: files in MEDIA_ROOT/documents that no document row points to.

Runs on a throw-away database (in-memory SQLite, or ``--database-url postgres://…``, whose
test database it creates and drops) with files in a temporary MEDIA_ROOT.
Usage: python bench/import_probe.py [--database-url URL]
"""

import argparse
import csv
import os
import shutil
import sys
import tempfile
import zipfile
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = ["file", "title", "document_type", "date", "language", "summary", "topics", "private"]


def row(name, title, *, date="2021-03-04", summary="", private="no", topics="", language="de"):
    return [name, title, "", date, language, summary, topics, private]


def docx_bomb(path: Path) -> None:
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as inflating:
            for _ in range(200):
                inflating.write(chunk)


def probes(outside: Path):
    """(name, rows, files, extra header columns, titles that must stay private).

    Files are name -> bytes; a value of ("symlink", target) makes a symbolic link."""
    text = b"Hostile probe file %d."
    counter = iter(range(10_000))

    def content():
        return text % next(counter)

    return [
        ("huge title", [row("a.txt", "T" * 300_000)], {"a.txt": content()}, [], []),
        ("long title", [row("a.txt", "L" * 300)], {"a.txt": content()}, [], []),
        (
            "huge summary",
            [row("a.txt", "Gross", summary="x" * 2_000_000)],
            {"a.txt": content()},
            [],
            [],
        ),
        ("NUL in title", [row("a.txt", "Null\x00Titel")], {"a.txt": content()}, [], []),
        ("NUL in summary", [row("a.txt", "Null", summary="a\x00b")], {"a.txt": content()}, [], []),
        (
            "NUL in topics",
            [row("a.txt", "Nullthema", topics="a\x00b")],
            {"a.txt": content()},
            [],
            [],
        ),
        ("NUL in file name", [row("a\x00.txt", "Nulldatei")], {}, [], []),
        ("long topic", [row("a.txt", "Thema", topics="t" * 500)], {"a.txt": content()}, [], []),
        ("bad date", [row("a.txt", "Datum", date="2021-02-30")], {"a.txt": content()}, [], []),
        ("german date", [row("a.txt", "Datum2", date="31.12.2020")], {"a.txt": content()}, [], []),
        ("empty date", [row("a.txt", "Datum3", date="")], {"a.txt": content()}, [], []),
        ("year 0001", [row("a.txt", "Jahr eins", date="0001-01-01")], {"a.txt": content()}, [], []),
        (
            "duplicate rows",
            [row("a.txt", "Doppelt"), row("a.txt", "Doppelt")],
            {"a.txt": content()},
            [],
            [],
        ),
        (
            "conflicting privacy",
            [
                row("a.txt", "Widerspruch", private="yes"),
                row("b.txt", "Widerspruch", private="no", language="fr"),
            ],
            {"a.txt": content(), "b.txt": content()},
            [],
            [],
        ),
        ("missing cells", [["a.txt", "Kurz"]], {"a.txt": content()}, [], []),
        ("surplus cells", [[*row("a.txt", "Lang"), "zu", "viel"]], {"a.txt": content()}, [], []),
        (
            "extra columns",
            [[*row("a.txt", "Zusatz"), "egal"]],
            {"a.txt": content()},
            ["bemerkung"],
            [],
        ),
        ("missing file", [row("fehlt.pdf", "Fehlt")], {}, [], []),
        (
            "one file in two rows",
            [row("a.txt", "Erste Verwendung", private="yes"), row("b.txt", "Zweite Verwendung")],
            {"a.txt": b"same bytes", "b.txt": b"same bytes"},
            [],
            [],
        ),
        (
            "symlink outside",
            [row("link.txt", "Link")],
            {"link.txt": ("symlink", "/etc/passwd")},
            [],
            [],
        ),
        ("path traversal", [row("../../" + outside.name, "Ausbruch")], {}, [], []),
        ("absolute path", [row(str(outside), "Absolut")], {}, [], []),
        ("zip bomb", [row("bomb.docx", "Bombe")], {"bomb.docx": ("bomb",)}, [], []),
        ("not a pdf", [row("bild.pdf", "Bild")], {"bild.pdf": b"\x89PNG\r\n\x1a\n0000"}, [], []),
        (
            "empty private keeps members-only",
            [row("p.txt", "Intern", private="yes")],
            {"p.txt": content()},
            [],
            ["Intern"],
        ),
    ]


def write_folder(folder: Path, rows, files, extra_columns, control) -> None:
    folder.mkdir(parents=True)
    for name, data in files.items():
        path = folder / name
        if isinstance(data, tuple) and data[0] == "symlink":
            path.symlink_to(data[1])
        elif isinstance(data, tuple) and data[0] == "bomb":
            docx_bomb(path)
        else:
            path.write_bytes(data)
    (folder / "control.txt").write_bytes(f"Control {folder.name}".encode())
    write_manifest(folder, rows, extra_columns, control)


def run_import(folder):
    from django.core.management import CommandError, call_command
    from django.utils import translation

    translation.activate("en")  # the counts read the English report lines
    out = StringIO()
    try:
        call_command("import_archive", str(folder), stdout=out, stderr=StringIO())
    except CommandError:
        pass
    except Exception as error:  # what the probe counts: an unhandled error
        return out.getvalue(), error
    return out.getvalue(), None


def orphaned_files(media_root: Path) -> int:
    from knowledge.models import ArchiveDocument

    stored = {p.relative_to(media_root).as_posix() for p in (media_root / "documents").glob("*")}
    known = set(ArchiveDocument.objects.values_list("file", flat=True))
    return len(stored - known)


def probe(work: Path, media_root: Path) -> dict:
    from wagtail.models import PageViewRestriction

    from knowledge.models import ArchiveEntryPage

    work.mkdir(parents=True)
    outside = work.parent / "outside.txt"  # next to the folders, reached by ../../
    outside.write_text("Outside the import folder.")
    counts = dict.fromkeys(
        ["tries", "errors reported", "tracebacks", "rows lost", "bad rows accepted"], 0
    )
    counts["made public"] = 0
    bad_titles = set()
    for number, (name, rows, files, extra, private_titles) in enumerate(probes(outside)):
        control_title = f"Kontrolle {number}"
        folder = work / f"probe-{number}"
        write_folder(folder, rows, files, extra, row("control.txt", control_title))
        bad_titles |= {r[1] for r in rows if len(r) > 1 and name not in GOOD_ROWS}
        runs = [rows]
        if private_titles:  # the re-import leaves the private cell empty
            runs.append([[*r[:7], ""] for r in rows])
        for attempt, manifest_rows in enumerate([*runs, runs[-1]]):
            if attempt:
                write_manifest(folder, manifest_rows, extra, row("control.txt", control_title))
            output, error = run_import(folder)
            counts["tries"] += 1
            counts["errors reported"] += output.count(": failed - ")
            if error is not None:
                counts["tracebacks"] += 1
                print(f"  traceback in {name!r}: {type(error).__name__}: {str(error)[:100]}")
        if not ArchiveEntryPage.objects.filter(title=control_title).exists():
            counts["rows lost"] += 1
            print(f"  control row lost in {name!r}")
        for title in private_titles:
            entry = ArchiveEntryPage.objects.filter(title=title).first()
            if entry and not PageViewRestriction.objects.filter(page=entry).exists():
                counts["made public"] += 1
                print(f"  {title!r} became public in {name!r}")
    # Titles with NUL cannot even be looked up on PostgreSQL; SQLite may have stored them.
    counts["bad rows accepted"] = ArchiveEntryPage.objects.filter(title__contains="Null").count()
    counts["bad rows accepted"] += ArchiveEntryPage.objects.filter(
        title__in=[title[:255] for title in bad_titles if "Null" not in title]
    ).count()
    counts["files orphaned"] = orphaned_files(media_root)
    return counts


# Probes whose first rows are meant to be imported (they test what happens around them).
GOOD_ROWS = {"extra columns", "empty private keeps members-only", "one file in two rows"}


def write_manifest(folder, rows, extra_columns, control):
    with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER + extra_columns)
        writer.writerows(rows)
        writer.writerow(control + [""] * len(extra_columns))


def create_archive():
    from home.models import HomePage
    from knowledge.models import ArchiveIndexPage

    home = HomePage.objects.get(depth=2, locale__language_code="de")
    home.add_child(instance=ArchiveIndexPage(title="Archiv", slug="archiv"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="PostgreSQL URL (default: in-memory SQLite)")
    args = parser.parse_args()
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    work = Path(tempfile.mkdtemp(prefix="import-probe-"))
    media_root = work / "media"

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import override_settings

    # override_settings also resets the storages Django has already created.
    override_settings(
        MEDIA_ROOT=str(media_root),
        STORAGES={
            **settings.STORAGES,
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(media_root)},
            },
        },
    ).enable()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        create_archive()
        counts = probe(work / "folders", media_root)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        shutil.rmtree(work, ignore_errors=True)
    print(f"database: {connection.vendor}")
    for name, value in counts.items():
        print(f"{name:>20}: {value}")


if __name__ == "__main__":
    main()
