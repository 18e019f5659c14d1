"""Bulk import of archive entries from a folder with a ``manifest.csv``.

Columns: ``file,title,document_type,date,language,summary,topics,private``. Rows with the
same title become one entry with several language versions (e.g. a declaration signed in
German, French and Arabic). Re-importing is idempotent: a file is recognised by its
SHA-256 checksum, and the entry that links it is updated instead of duplicated. A bad
row is reported with its reason and skipped; the good rows are still imported.
"""

import csv
import datetime
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, Locale, PageViewRestriction

from knowledge.extraction import ExtractionError, validate_upload

COLUMNS = ("file", "title", "document_type", "date", "language", "summary", "topics", "private")
YES = {"yes", "ja", "oui", "true", "1"}
NO = {"no", "nein", "non", "false", "0", ""}


class ManifestError(Exception):
    """The manifest as a whole is unusable (missing, unreadable, wrong columns)."""


@dataclass
class Row:
    line: int
    file: Path
    title: str
    document_type: object  # a DocumentType of the default locale, or None
    date: datetime.date
    language: str
    summary: str
    topics: list[str]
    private: bool
    checksum: str = ""


@dataclass
class Outcome:
    line: int
    file: str
    action: str  # created, updated, failed (and "would …" in a dry run)
    message: str = ""


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    # Document types that --create-types created (or would create, in a dry run), in order.
    created_types: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.action == "failed"]

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for outcome in self.outcomes:
            counts[outcome.action] = counts.get(outcome.action, 0) + 1
        return counts


def read_manifest(folder: Path) -> list[dict]:
    manifest = folder / "manifest.csv"
    if not manifest.is_file():
        raise ManifestError(_("No manifest.csv in %(folder)s.") % {"folder": folder})
    try:
        with manifest.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            found = [name.strip() for name in reader.fieldnames or []]
            missing = [column for column in COLUMNS if column not in found]
            if missing:
                unexpected = [name for name in found if name and name not in COLUMNS]
                message = _("manifest.csv lacks the column(s): %(columns)s.") % {
                    "columns": ", ".join(missing)
                }
                if unexpected:
                    message += " " + _("Unexpected column(s): %(columns)s.") % {
                        "columns": ", ".join(unexpected)
                    }
                raise ManifestError(
                    f"{message} "
                    + _("The first line must be: %(header)s") % {"header": ",".join(COLUMNS)}
                )
            reader.fieldnames = found
            return list(reader)
    except (UnicodeDecodeError, csv.Error) as error:
        raise ManifestError(_("manifest.csv is not readable UTF-8 CSV: %s") % error) from error


def parse_row(folder: Path, line: int, raw: dict, new_types: dict | None = None) -> Row:
    """A validated row, or ValueError with a message for people.

    With *new_types* (a dict, ``--create-types``) an unknown document type is not an error:
    the row's type name is recorded there, and the type is created in :func:`import_folder`.
    """
    name = (raw.get("file") or "").strip()
    if not name:
        raise ValueError(_("The file column is empty."))
    path = (folder / name).resolve()
    if folder.resolve() not in path.parents:
        raise ValueError(_("The file must be inside the import folder."))
    if not path.is_file():
        raise ValueError(_("File not found: %(name)s") % {"name": name})
    title = (raw.get("title") or "").strip()
    if not title:
        raise ValueError(_("The title is empty."))
    try:
        date = datetime.date.fromisoformat((raw.get("date") or "").strip())
    except ValueError:
        raise ValueError(
            _("Invalid date %(value)r (expected YYYY-MM-DD).") % {"value": raw.get("date")}
        ) from None
    language = (raw.get("language") or "").strip().lower()
    if language not in dict(settings.LANGUAGES):
        raise ValueError(
            _("Unknown language %(value)r (use one of: %(codes)s).")
            % {"value": language, "codes": ", ".join(dict(settings.LANGUAGES))}
        )
    private = (raw.get("private") or "").strip().lower()
    if private not in YES | NO:
        raise ValueError(
            _("The private column must be yes or no, not %(value)r.") % {"value": private}
        )
    type_name = (raw.get("document_type") or "").strip()
    try:
        document_type = find_document_type(type_name)
    except ValueError:
        if new_types is None:
            raise
        document_type = new_types.setdefault(type_name.casefold(), type_name)
    try:
        validate_upload(path, path.name, max_bytes=settings.KNOWLEDGE_MAX_UPLOAD_BYTES)
    except ExtractionError as error:
        raise ValueError(" ".join(str(message) for message in error.messages)) from None
    return Row(
        line=line,
        file=path,
        title=title,
        document_type=document_type,
        date=date,
        language=language,
        summary=(raw.get("summary") or "").strip(),
        topics=[topic.strip() for topic in (raw.get("topics") or "").split(";") if topic.strip()],
        private=private in YES,
        checksum=_sha256(path),
    )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def archive_index(locale=None):
    from knowledge.models import ArchiveIndexPage

    locale = locale or Locale.get_default()
    return ArchiveIndexPage.objects.filter(locale=locale).order_by("path").first()


def import_folder(
    folder,
    *,
    publish=False,
    dry_run=False,
    sync=False,
    progress=None,
    user=None,
    create_types=False,
) -> Report:
    """Import every row of ``folder/manifest.csv``; `progress(done, total)` is called after
    each row. Raises :class:`ManifestError` if the manifest itself is unusable.

    With *create_types*, document types the manifest names but the archive lacks are
    created in the default locale (listed in ``Report.created_types``) instead of failing
    their rows; translators translate them like any other type.
    """
    folder = Path(folder)
    raw_rows = read_manifest(folder)
    report = Report()
    index = archive_index()
    if index is None and not dry_run:
        raise ManifestError(_("There is no archive page in the default locale; create one first."))
    entries_by_title = {}
    to_extract = []
    new_types = {} if create_types else None
    for number, raw in enumerate(raw_rows, start=2):  # line 1 is the header
        try:
            row = parse_row(folder, number, raw, new_types)
            if isinstance(row.document_type, str):
                row.document_type = _new_type(row.document_type, report, dry_run)
            if dry_run:
                exists = _existing_document(row.checksum) is not None
                action = "would update" if exists else "would create"
                report.outcomes.append(Outcome(number, row.file.name, action))
            else:
                action, document = _import_row(row, index, entries_by_title, publish, sync, user)
                report.outcomes.append(Outcome(number, row.file.name, action))
                # New files, and a retry for files whose extraction failed before.
                if sync and document.extraction_status in ("pending", "failed"):
                    to_extract.append(document)
        except ValueError as error:
            report.outcomes.append(Outcome(number, raw.get("file") or "", "failed", str(error)))
        if progress:
            progress(number - 1, len(raw_rows))
    if to_extract:
        from knowledge.tasks import extract_all_now

        extract_all_now({document.pk: document for document in to_extract}.values())
    return report


def _new_type(name, report, dry_run):
    """The document type *name* that ``--create-types`` adds (once per import), or ``None``
    in a dry run, which only lists it."""
    from knowledge.models import DocumentType

    if name not in report.created_types:
        report.created_types.append(name)
    if dry_run:
        return None
    default = Locale.get_default()
    found = DocumentType.objects.filter(locale=default, name=name).first()
    return found or DocumentType.objects.create(locale=default, name=name)


def _existing_document(checksum):
    from knowledge.models import ArchiveDocument

    return ArchiveDocument.objects.filter(checksum=checksum).order_by("pk").first()


def find_document_type(name):
    """The document type called *name* (in any locale, case-insensitive) as the
    default-locale snippet; ``None`` for an empty name; ValueError for an unknown one.

    Types are not created here: they are snippets that go through the editorial review,
    and a typo in a manifest must not add a new facet to the archive.
    """
    from knowledge.models import DocumentType

    if not name:
        return None
    default = Locale.get_default()
    found = DocumentType.objects.filter(name__iexact=name).order_by("pk").first()
    if found is None:
        known = DocumentType.objects.filter(locale=default).values_list("name", flat=True)
        if not known:
            raise ValueError(
                _("Unknown document type %(value)r: no document types exist yet.") % {"value": name}
            )
        raise ValueError(
            _("Unknown document type %(value)r (known: %(names)s).")
            % {"value": name, "names": ", ".join(known)}
        )
    if found.locale_id == default.pk:
        return found
    return (
        DocumentType.objects.filter(translation_key=found.translation_key, locale=default).first()
        or found
    )


def _import_row(row, index, entries_by_title, publish, sync, user):
    from knowledge.models import ArchiveDocument, ArchiveEntryFile, ArchiveEntryPage

    with transaction.atomic():
        document = _existing_document(row.checksum)
        created = document is None
        if created:
            document = ArchiveDocument(
                title=f"{row.title} ({row.language})",
                collection=Collection.get_first_root_node(),
                checksum=row.checksum,
                uploaded_by_user=user,
            )
            document._extract_inline = sync
            with row.file.open("rb") as handle:
                document.file.save(row.file.name, File(handle), save=False)
            document._set_document_file_metadata()
            document.save()
        link = (
            ArchiveEntryFile.objects.filter(document=document, page__locale=index.locale)
            .select_related("page")
            .first()
        )
        entry = entries_by_title.get(row.title)
        if entry is None and link is not None:
            entry = ArchiveEntryPage.objects.get(pk=link.page_id)
        if entry is None:  # a file added to an entry whose new version is still a draft
            entry = ArchiveEntryPage.objects.child_of(index).filter(title=row.title).first()
        if entry is None:
            entry = ArchiveEntryPage(
                title=row.title, slug=_free_slug(index, row.title), date=row.date
            )
            _fill(entry, row)
            entry.live = False
            index.add_child(instance=entry)
            created_entry = True
        else:
            _fill(entry, row)
            created_entry = False
        if not any(existing.document_id == document.pk for existing in entry.files.all()):
            entry.files.add(ArchiveEntryFile(document=document, language=row.language))
        if row.topics:
            entry.topics.add(*row.topics)
        if not entry.live:
            entry.save()  # a draft-only entry: commit its files so a re-import finds them
        revision = entry.save_revision(user=user)
        if publish:
            revision.publish(user=user)
        _set_privacy(entry, row.private)
        entries_by_title[row.title] = entry
    return ("created" if created and created_entry else "updated"), document


def _fill(entry, row):
    entry.title = entry.draft_title = row.title
    entry.date = row.date
    entry.summary = row.summary or entry.summary
    entry.document_type = row.document_type or entry.document_type


def _free_slug(index, title):
    base = slugify(title, allow_unicode=False)[:70] or "eintrag"
    slug, number = base, 1
    while index.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _set_privacy(entry, private):
    restrictions = PageViewRestriction.objects.filter(page=entry)
    if private and not restrictions.exists():
        PageViewRestriction.objects.create(page=entry, restriction_type=PageViewRestriction.LOGIN)
    elif not private:
        restrictions.filter(restriction_type=PageViewRestriction.LOGIN).delete()
