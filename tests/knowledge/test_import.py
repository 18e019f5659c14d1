"""import_archive: manifest rows to entries, idempotent by checksum, errors per row."""

import csv
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from knowledge.models import ArchiveDocument, ArchiveEntryPage, DocumentType, ExtractionStatus

from .conftest import german_pdf_bytes
from .factories import DocumentTypeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Assertions read the English messages, whatever language a test left active."""
    with translation.override("en"):
        yield


HEADER = ["file", "title", "document_type", "date", "language", "summary", "topics", "private"]


def _folder(tmp_path, rows, files):
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with (tmp_path / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return tmp_path


def _run(folder, *args):
    out, err = StringIO(), StringIO()
    call_command("import_archive", str(folder), *args, stdout=out, stderr=err)
    return out.getvalue()


@pytest.fixture
def folder(tmp_path):
    DocumentTypeFactory(name="Vertrag")
    DocumentTypeFactory(name="Vermerk")
    return _folder(
        tmp_path,
        [
            [
                "pfirsich.pdf",
                "Pfirsichvertrag",
                "Vertrag",
                "2023-02-01",
                "de",
                "Über Pfirsiche",
                "Obst;Handel",
                "no",
            ],
            ["peche.txt", "Pfirsichvertrag", "Vertrag", "2023-02-01", "fr", "", "", "no"],
            ["intern.txt", "Pfirsich intern", "Vermerk", "2023-03-01", "de", "", "", "yes"],
        ],
        {
            "pfirsich.pdf": german_pdf_bytes(),
            "peche.txt": "Le contrat des pêches.".encode(),
            "intern.txt": b"Nur fuer Mitglieder.",
        },
    )


def test_import_creates_entries_with_files_text_and_privacy(folder):
    output = _run(folder, "--publish", "--sync")
    assert "created: 2" in output and "updated: 1" in output
    entry = ArchiveEntryPage.objects.get(title="Pfirsichvertrag")
    assert entry.live and entry.document_type.name == "Vertrag"
    assert sorted(link.language for link in entry.files.all()) == ["de", "fr"]
    assert set(entry.topics.names()) == {"Obst", "Handel"}
    document = ArchiveDocument.objects.get(entry_links__page=entry, entry_links__language="de")
    assert document.extraction_status == ExtractionStatus.DONE
    assert "Partnerschaft" in document.extracted_text
    private = ArchiveEntryPage.objects.get(title="Pfirsich intern")
    assert PageViewRestriction.objects.filter(page=private).exists()


def test_reimport_updates_instead_of_duplicating(folder):
    _run(folder, "--publish", "--sync")
    counts = (ArchiveEntryPage.objects.count(), ArchiveDocument.objects.count())
    output = _run(folder, "--publish", "--sync")
    assert "unchanged: 3" in output
    assert (ArchiveEntryPage.objects.count(), ArchiveDocument.objects.count()) == counts


def test_dry_run_changes_nothing(folder):
    counts = (ArchiveEntryPage.objects.count(), ArchiveDocument.objects.count())
    output = _run(folder, "--dry-run")
    assert "would create: 2, would update: 1" in output
    assert (ArchiveEntryPage.objects.count(), ArchiveDocument.objects.count()) == counts


def test_bad_rows_are_reported_and_the_good_ones_imported(tmp_path):
    folder = _folder(
        tmp_path,
        [
            ["gut.txt", "Guter Eintrag Aprikose", "", "2020-01-01", "de", "", "", "no"],
            ["fehlt.pdf", "Fehlt", "", "2020-01-01", "de", "", "", "no"],
            ["gut2.txt", "Schlechtes Datum", "", "01.01.2020", "de", "", "", "no"],
            ["bild.pdf", "Falscher Inhalt", "", "2020-01-01", "de", "", "", "no"],
            ["gut3.txt", "Falsche Sprache", "", "2020-01-01", "xx", "", "", "no"],
            ["gut4.txt", "Falsches privat", "", "2020-01-01", "de", "", "", "vielleicht"],
            ["../aussen.txt", "Ausbruch", "", "2020-01-01", "de", "", "", "no"],
        ],
        {
            "gut.txt": b"Aprikosen",
            "gut2.txt": b"x",
            "gut3.txt": b"x",
            "gut4.txt": b"x",
            "bild.pdf": b"\x89PNG\r\n\x1a\n0000",
        },
    )
    out = StringIO()
    with pytest.raises(CommandError, match="6 row"):
        call_command("import_archive", str(folder), "--publish", stdout=out, stderr=StringIO())
    output = out.getvalue()
    assert "File not found" in output
    assert "Invalid date" in output
    assert "does not match its extension" in output
    assert "Unknown language" in output
    assert "must be yes, no or empty" in output
    assert "inside the import folder" in output
    assert ArchiveEntryPage.objects.filter(title="Guter Eintrag Aprikose", live=True).exists()


def test_missing_folder_or_manifest_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="not a folder"):
        call_command("import_archive", str(tmp_path / "nix"))
    with pytest.raises(CommandError, match="manifest.csv"):
        call_command("import_archive", str(tmp_path))
    (tmp_path / "manifest.csv").write_text("file,title\n")
    with pytest.raises(CommandError, match="lacks the column") as caught:
        call_command("import_archive", str(tmp_path))
    assert "document_type, date, language, summary, topics, private" in str(caught.value)


def test_misspelt_column_is_named(tmp_path):
    header = ",".join(HEADER).replace("title", "titel")
    (tmp_path / "manifest.csv").write_text(header + "\n")

    with pytest.raises(CommandError) as caught:
        call_command("import_archive", str(tmp_path))

    message = str(caught.value)
    assert "lacks the column(s): title." in message
    assert "Unexpected column(s): titel." in message
    assert "The first line must be: file,title,document_type," in message


def test_unknown_document_type_fails_the_row_and_creates_no_type(tmp_path):
    DocumentTypeFactory(name="Satzung-Test")
    folder = _folder(
        tmp_path,
        [
            ["a.txt", "Eintrag Quitte", "Satzung-Test", "2021-05-01", "de", "", "", "no"],
            ["b.txt", "Eintrag Mispel", "Satzungg-Test", "2021-05-01", "de", "", "", "no"],
        ],
        {"a.txt": b"Quitten im Garten.", "b.txt": b"Mispeln im Garten."},
    )
    out = StringIO()

    with pytest.raises(CommandError, match="1 row"):
        call_command("import_archive", str(folder), stdout=out, stderr=StringIO())

    output = out.getvalue()
    assert "b.txt: failed - Unknown document type 'Satzungg-Test' (known: " in output
    assert "Satzung-Test" in output.split("known:")[1]
    assert not DocumentType.objects.filter(name="Satzungg-Test").exists()
    assert ArchiveEntryPage.objects.get(title="Eintrag Quitte").document_type.name == (
        "Satzung-Test"
    )
    assert not ArchiveEntryPage.objects.filter(title="Eintrag Mispel").exists()


def test_document_type_may_be_named_in_another_language(tmp_path, locales):
    german = DocumentTypeFactory(name="Rundbrief-Test")
    DocumentTypeFactory(
        name="Newsletter-Test", locale=locales["en"], translation_key=german.translation_key
    )
    folder = _folder(
        tmp_path,
        [["n.txt", "Rundbrief Holunder", "newsletter-test", "2021-06-01", "de", "", "", "no"]],
        {"n.txt": b"Holunder im Rundbrief."},
    )

    _run(folder)

    assert ArchiveEntryPage.objects.get(title="Rundbrief Holunder").document_type == german


def test_dry_run_reports_bad_rows_too(tmp_path):
    folder = _folder(
        tmp_path,
        [["a.txt", "Trocken", "Gibt-es-nicht", "2021-05-01", "de", "", "", "no"]],
        {"a.txt": b"Text."},
    )
    out = StringIO()

    with pytest.raises(CommandError, match="1 row"):
        call_command("import_archive", str(folder), "--dry-run", stdout=out, stderr=StringIO())

    assert "Unknown document type 'Gibt-es-nicht'" in out.getvalue()
    assert not ArchiveEntryPage.objects.filter(title="Trocken").exists()


def test_progress_bar_and_summary(folder):
    out, err = StringIO(), StringIO()

    call_command("import_archive", str(folder), "--sync", stdout=out, stderr=err)

    progress = err.getvalue().splitlines()
    assert progress[:3] == [
        "[##########--------------------] 1/3",
        "[####################----------] 2/3",
        "[##############################] 3/3",
    ]
    lines = out.getvalue().splitlines()
    assert "  line 2 pfirsich.pdf: created" in lines
    assert "  line 3 peche.txt: updated" in lines
    assert "Summary: created: 2, updated: 1, unchanged: 0, failed: 0" in lines
    assert lines[-1] == "Import finished."


def test_sync_import_is_searchable_in_the_admin_when_the_command_returns(folder, admin_client):
    _run(folder, "--sync")

    response = admin_client.get(reverse("wagtaildocs:index"), {"q": "contrat"})

    assert ">Pfirsichvertrag (fr)</span>" in response.text
    assert ">Pfirsichvertrag (de)</span>" not in response.text
    assert not ArchiveDocument.objects.filter(extraction_status="pending").exists()


def test_imported_entries_get_slugs_with_umlauts_written_out(tmp_path):
    DocumentTypeFactory(name="Erklärung")
    folder = _folder(
        tmp_path,
        [
            [
                "erklaerung.txt",
                "Absichtserklärung über Straßenfeste",
                "",
                "2024-05-01",
                "de",
                "",
                "",
                "no",
            ]
        ],
        {"erklaerung.txt": "Absichtserklärung über Straßenfeste in Düsseldorf.".encode()},
    )
    _run(folder, "--publish", "--sync")
    entry = ArchiveEntryPage.objects.get(title="Absichtserklärung über Straßenfeste")
    assert entry.slug == "absichtserklaerung-ueber-strassenfeste"


def test_create_types_adds_unknown_types_in_the_default_locale_and_lists_them(tmp_path):
    DocumentTypeFactory(name="Satzung-Test")
    folder = _folder(
        tmp_path,
        [
            ["a.txt", "Eintrag Quitte", "Satzung-Test", "2021-05-01", "de", "", "", "no"],
            ["b.txt", "Eintrag Mispel", "Pressemitteilung-Test", "2021-05-01", "de", "", "", "no"],
            ["c.txt", "Eintrag Schlehe", "pressemitteilung-test", "2021-06-01", "de", "", "", "no"],
        ],
        {"a.txt": b"Quitten.", "b.txt": b"Mispeln.", "c.txt": b"Schlehen."},
    )

    dry = _run(folder, "--dry-run", "--create-types")
    assert "Would create document types: Pressemitteilung-Test" in dry
    assert not DocumentType.objects.filter(name__iexact="Pressemitteilung-Test").exists()

    output = _run(folder, "--create-types")

    assert "New document types: Pressemitteilung-Test" in output
    assert "created: 3" in output
    [created] = DocumentType.objects.filter(name__iexact="Pressemitteilung-Test")
    assert created.locale.language_code == "de"
    assert ArchiveEntryPage.objects.get(title="Eintrag Mispel").document_type == created
    assert ArchiveEntryPage.objects.get(title="Eintrag Schlehe").document_type == created
