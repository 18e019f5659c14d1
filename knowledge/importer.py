"""Bulk import of archive entries from a folder with a ``manifest.csv``.

Columns: ``file,title,document_type,date,language,summary,topics,private``. Rows with the
same title become one entry with several language versions (e.g. a declaration signed in
German, French and Arabic). Re-importing is idempotent: a file is recognised by its
SHA-256 checksum, and the entry that links it is updated instead of duplicated.

Every row is checked before anything is stored (:mod:`.import_checks`: cells, lengths,
dates; :mod:`.import_privacy`: rows that contradict each other) and applied in its own
transaction, so a bad row is reported with its reason and leaves nothing behind - no
page, no document, no stored file - while the good rows are still imported.
"""

import csv
import datetime
import hashlib
import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Collection, Locale

from knowledge import import_checks as checks
from knowledge import import_privacy as privacy
from knowledge.extraction import ExtractionError, validate_upload
from knowledge.textnorm.slugs import readable_slug

from .import_checks import RowError

logger = logging.getLogger(__name__)

COLUMNS = ("file", "title", "document_type", "date", "language", "summary", "topics", "private")
# The outcomes a row can have, in the order the summary names them (a dry run announces
# what it would do instead). Shown through the command's translated labels.
ACTIONS = ("created", "updated", "unchanged", "failed")
DRY_RUN_ACTIONS = ("would create", "would update", "unchanged", "failed")


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
    private: bool | None  # None: keep the entry's setting
    checksum: str = ""


@dataclass
class Outcome:
    line: int
    file: str
    action: str  # created, updated, unchanged, failed (and "would …" in a dry run)
    message: str = ""
    changes: list = field(default_factory=list)  # e.g. "becomes public"


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Document types that --create-types created (or would create, in a dry run), in order.
    created_types: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.action == "failed"]

    def counts(self) -> dict[str, int]:
        """Every action with its count, always the four of :data:`ACTIONS` (of
        :data:`DRY_RUN_ACTIONS` in a dry run)."""
        dry_run = any(outcome.action.startswith("would ") for outcome in self.outcomes)
        counts = dict.fromkeys(DRY_RUN_ACTIONS if dry_run else ACTIONS, 0)
        for outcome in self.outcomes:
            counts[outcome.action] = counts.get(outcome.action, 0) + 1
        return counts

    def failure_reasons(self) -> dict[str, int]:
        """How many rows failed for each reason: the message without the row's values
        (what follows the first colon, semicolon, parenthesis or quote)."""
        reasons: dict[str, int] = {}
        for outcome in self.failed:
            reason = _VALUES.split(outcome.message, maxsplit=1)[0].strip().rstrip(".")
            reasons[reason] = reasons.get(reason, 0) + 1
        return reasons


# Where a message's values begin: "File not found: x.pdf", "Invalid date '1.1.2020'".
_VALUES = re.compile(r"[:;(]| '|, not ")


@dataclass
class Manifest:
    rows: list[dict]
    extra_columns: list[str]


def read_manifest(folder: Path) -> Manifest:
    manifest = folder / "manifest.csv"
    if not manifest.is_file():
        raise ManifestError(_("No manifest.csv in %(folder)s.") % {"folder": folder})
    previous_limit = csv.field_size_limit(checks.READ_CELL_LIMIT)
    try:
        with manifest.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            found = [name.strip() for name in reader.fieldnames or []]
            _check_header(found)
            reader.fieldnames = found
            extra = [name for name in found if name not in COLUMNS]
            return Manifest(rows=list(reader), extra_columns=extra)
    except (UnicodeDecodeError, csv.Error) as error:
        raise ManifestError(_("manifest.csv is not readable UTF-8 CSV: %s") % error) from error
    finally:
        csv.field_size_limit(previous_limit)


def _check_header(found: list[str]) -> None:
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
            f"{message} " + _("The first line must be: %(header)s") % {"header": ",".join(COLUMNS)}
        )
    twice = sorted({name for name in found if found.count(name) > 1 and name in COLUMNS})
    if twice:
        raise ManifestError(
            _("manifest.csv has the column(s) %(columns)s more than once.")
            % {"columns": ", ".join(twice)}
        )


def parse_row(
    folder: Path,
    line: int,
    raw: dict,
    *,
    earliest_year: int | None = None,
    new_types: dict | None = None,
) -> Row:
    """A validated row, or :class:`RowError` (a ValueError) with a message for people.

    With *new_types* (a dict, ``--create-types``) an unknown document type is not an error:
    the row's type name is recorded there, and the type is created in :func:`import_folder`.
    """
    checks.check_cells(raw, COLUMNS)
    name = raw["file"].strip()
    if not name:
        raise RowError(_("The file column is empty."))
    checks.check_length(name, checks.MAX_FILE_NAME_CHARS, "file")
    path = _file_in(folder, name)
    title = checks.check_length(raw["title"].strip(), checks.title_limit(), "title")
    if not title:
        raise RowError(_("The title is empty."))
    date = checks.parse_date(raw["date"], checks.min_year(earliest_year))
    language = raw["language"].strip().lower()
    if language not in dict(settings.LANGUAGES):
        raise RowError(
            _("Unknown language %(value)r (use one of: %(codes)s).")
            % {"value": language[:20], "codes": ", ".join(dict(settings.LANGUAGES))}
        )
    private = privacy.parse(raw["private"][:20])
    summary = checks.check_length(raw["summary"].strip(), checks.MAX_SUMMARY_CHARS, "summary")
    topics = [topic.strip() for topic in raw["topics"].split(";") if topic.strip()]
    for topic in topics:
        checks.check_length(topic, checks.topic_limit(), "topics")
    type_name = checks.check_length(raw["document_type"].strip(), 255, "document_type")
    try:
        document_type = find_document_type(type_name)
    except ValueError:
        if new_types is None:
            raise
        document_type = new_types.setdefault(type_name.casefold(), type_name)
    try:
        validate_upload(path, path.name, max_bytes=settings.KNOWLEDGE_MAX_UPLOAD_BYTES)
    except ExtractionError as error:
        raise RowError(" ".join(str(message) for message in error.messages)) from None
    return Row(
        line=line,
        file=path,
        title=title,
        document_type=document_type,
        date=date,
        language=language,
        summary=summary,
        topics=topics,
        private=private,
        checksum=_sha256(path),
    )


def _file_in(folder: Path, name: str) -> Path:
    """The row's file: a regular file inside the folder (symbolic links are followed,
    and must stay inside too)."""
    try:
        path = (folder / name).resolve()
        inside = folder.resolve() in path.parents
        exists = inside and path.is_file()
    except OSError as error:
        raise RowError(
            _("The file name %(name)r cannot be used: %(error)s")
            % {"name": name[:80], "error": error.strerror or error}
        ) from None
    if not inside:
        raise RowError(_("The file must be inside the import folder."))
    if not exists:
        raise RowError(_("File not found: %(name)s") % {"name": name})
    return path


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
    earliest_year=None,
    create_types=False,
) -> Report:
    """Import every row of ``folder/manifest.csv``; `progress(done, total)` is called after
    each row. Raises :class:`ManifestError` if the manifest itself is unusable.

    With *create_types*, document types the manifest names but the archive lacks are
    created in the default locale (listed in ``Report.created_types``) instead of failing
    their rows; translators translate them like any other type.
    """
    folder = Path(folder)
    manifest = read_manifest(folder)
    report = Report()
    if manifest.extra_columns:
        report.warnings.append(
            _("manifest.csv has column(s) the import does not know; they are ignored: %(columns)s")
            % {"columns": ", ".join(manifest.extra_columns)}
        )
    index = archive_index()
    if index is None and not dry_run:
        raise ManifestError(_("There is no archive page in the default locale; create one first."))
    new_types = {} if create_types else None
    rows, errors = _parse_all(folder, manifest.rows, earliest_year, new_types)
    for row in rows.values():
        if isinstance(row.document_type, str):
            row.document_type = _new_type(row.document_type, report, dry_run)
    errors.update(privacy.conflicts(rows.values()))
    state = _ImportState(index=index, privacy=privacy.group_values(rows.values()))
    total = len(manifest.rows)
    for number, raw in enumerate(manifest.rows, start=2):  # line 1 is the header
        if number in errors:
            name = (raw.get("file") or "").strip()[:80]
            report.outcomes.append(Outcome(number, name, "failed", errors[number]))
        else:
            report.outcomes.append(_run_row(rows[number], state, publish, dry_run, sync, user))
        if progress:
            progress(number - 1, total)
    if state.to_extract:
        from knowledge.tasks import extract_all_now

        extract_all_now({document.pk: document for document in state.to_extract}.values())
    return report


def _parse_all(folder, raw_rows, earliest_year, new_types=None):
    rows, errors = {}, {}
    for number, raw in enumerate(raw_rows, start=2):
        try:
            rows[number] = parse_row(
                folder, number, raw, earliest_year=earliest_year, new_types=new_types
            )
        except ValueError as error:  # RowError, and a ValueError of a check it calls
            errors[number] = str(error)
    return rows, errors


@dataclass
class _ImportState:
    index: object
    privacy: dict  # title -> the privacy its rows ask for
    entries_by_title: dict = field(default_factory=dict)
    planned: set = field(default_factory=set)  # titles a dry run has seen
    to_extract: list = field(default_factory=list)


def _run_row(row, state, publish, dry_run, sync, user) -> Outcome:
    """One row's outcome; any failure is reported on the row, never raised."""
    name = row.file.name
    try:
        if dry_run:
            action, changes = _plan_row(row, state, publish)
            return Outcome(row.line, name, action, changes=changes)
        with _removing_stored_files_on_error() as stored:
            action, changes, document = _import_row(row, state, publish, sync, user, stored)
        # New files, and a retry for files whose extraction failed before.
        if sync and document.extraction_status in ("pending", "failed"):
            state.to_extract.append(document)
        return Outcome(row.line, name, action, changes=changes)
    except (ValueError, ValidationError) as error:
        messages = getattr(error, "messages", None) or [str(error)]
        return Outcome(row.line, name, "failed", " ".join(str(m) for m in messages))
    except Exception as error:  # a row boundary: the next rows and the summary go on
        logger.error("Row %s of the import could not be stored: %r", row.line, error)
        logger.debug("Details", exc_info=True)
        return Outcome(
            row.line,
            name,
            "failed",
            _("The row could not be stored (%(error)s); nothing of it was kept.")
            % {"error": type(error).__name__},
        )


@contextmanager
def _removing_stored_files_on_error():
    """A transaction for one row that also takes back the files the row stored: a rolled
    back row must not leave an orphaned file in MEDIA_ROOT."""
    stored = []
    try:
        with transaction.atomic():
            yield stored
    except BaseException:
        for storage, name in stored:
            try:
                storage.delete(name)
            except OSError:
                logger.warning("Could not remove %s after a failed row", name)
        raise


def _existing_document(checksum):
    from knowledge.models import ArchiveDocument

    return ArchiveDocument.objects.filter(checksum=checksum).order_by("pk").first()


def _target(row, state):
    """(document or None, entry or None) that the row updates; RowError if the file
    belongs to an entry of another title (a row may not rename or open another entry)."""
    from knowledge.models import ArchiveEntryFile, ArchiveEntryPage

    document = _existing_document(row.checksum)
    link = None
    if document is not None and state.index is not None:
        link = (
            ArchiveEntryFile.objects.filter(document=document, page__locale=state.index.locale)
            .select_related("page")
            .first()
        )
    if link is not None and link.page.title != row.title:
        raise RowError(
            _(
                "This file belongs to the entry %(entry)r (page %(id)d); a row may not give it "
                "another title. Use that title, or change the entry in the admin."
            )
            % {"entry": link.page.title, "id": link.page_id}
        )
    entry = state.entries_by_title.get(row.title)
    if entry is None and link is not None:
        entry = ArchiveEntryPage.objects.get(pk=link.page_id)
    if entry is None and state.index is not None:  # a file added to an existing entry
        entry = ArchiveEntryPage.objects.child_of(state.index).filter(title=row.title).first()
    return document, entry


def _plan_row(row, state, publish):
    """What importing the row would do, without changing anything (``--dry-run``)."""
    document, entry = _target(row, state)
    if entry is None and row.title in state.planned:  # created by an earlier row
        return "would update", []
    state.planned.add(row.title)
    change = privacy.change(entry, state.privacy[row.title])
    changes = [change] if change else []
    if entry is None:
        return ("would create" if document is None else "would update"), changes
    if document is None or changes or _differs(entry, row, publish):
        return "would update", changes
    return "unchanged", changes


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


def _import_row(row, state, publish, sync, user, stored):
    from knowledge.models import ArchiveDocument, ArchiveEntryFile, ArchiveEntryPage

    index = state.index
    document, entry = _target(row, state)
    wanted = state.privacy[row.title]
    change = privacy.change(entry, wanted)
    if (
        document is not None
        and entry is not None
        and not change
        and not _differs(entry, row, publish)
    ):
        state.entries_by_title[row.title] = entry
        return "unchanged", [], document
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
        stored.append((document.file.storage, document.file.name))
        document._set_document_file_metadata()
        document.save()
    created_entry = entry is None
    if created_entry:
        entry = ArchiveEntryPage(title=row.title, slug=_free_slug(index, row.title), date=row.date)
        _fill(entry, row)
        entry.live = False
        index.add_child(instance=entry)
    else:
        _fill(entry, row)
    if not any(existing.document_id == document.pk for existing in entry.files.all()):
        entry.files.add(ArchiveEntryFile(document=document, language=row.language))
    if row.topics:
        entry.topics.add(*row.topics)
    if not entry.live:
        entry.save()  # a draft-only entry: commit its files so a re-import finds them
    revision = entry.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    privacy.apply(entry, wanted, user)
    state.entries_by_title[row.title] = entry
    action = "created" if created and created_entry else "updated"
    return action, [change] if change else [], document


def _differs(entry, row, publish) -> bool:
    """Whether importing *row* would change *entry* (which already links the row's file)."""
    if not any(link.document.checksum == row.checksum for link in entry.files.all()):
        return True
    if (entry.title, entry.date) != (row.title, row.date):
        return True
    if row.summary and entry.summary != row.summary:
        return True
    if row.document_type is not None and entry.document_type_id != row.document_type.pk:
        return True
    if not set(row.topics) <= set(entry.topics.names()):
        return True
    return publish and (not entry.live or entry.has_unpublished_changes)


def _fill(entry, row):
    entry.title = entry.draft_title = row.title
    entry.date = row.date
    entry.summary = row.summary or entry.summary
    entry.document_type = row.document_type or entry.document_type


def _free_slug(index, title):
    base = readable_slug(title, 70) if title.strip() else "eintrag"
    slug, number = base, 1
    while index.get_children().filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug
