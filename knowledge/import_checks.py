"""Checks of single manifest cells for ``import_archive``, before anything is stored.

A cell that the database would refuse (a title longer than the column, a NUL byte that
PostgreSQL cannot store in text, a date before any plausible document) must fail its row
with a message here, not as a ``DataError`` half-way through saving a page: that left a
traceback, no summary, and a stored file without a database row. The limits come from
the model fields, so they follow a migration that changes them.
"""

import datetime

from django.conf import settings
from django.utils.translation import gettext as _

# A summary is a few paragraphs; a longer cell is almost certainly a pasted document.
MAX_SUMMARY_CHARS = 20_000
# One path component, as most file systems allow.
MAX_FILE_NAME_CHARS = 255
# How many characters one cell may have while the manifest is read; longer ones fail
# their row by the limits below instead of stopping the whole file (csv's default: 128 KiB).
READ_CELL_LIMIT = 16 * 1024 * 1024


class RowError(ValueError):
    """A row that cannot be imported; the message is for the person running the import."""


def check_cells(raw: dict, columns: tuple[str, ...]) -> None:
    """Missing or surplus cells, and NUL bytes, in one row as ``csv.DictReader`` read it."""
    missing = [column for column in columns if raw.get(column) is None]
    if missing:
        present = len(columns) - len(missing)
        raise RowError(
            _("The row has %(present)d of %(total)d cells; missing: %(columns)s.")
            % {"present": present, "total": len(columns), "columns": ", ".join(missing)}
        )
    if raw.get(None):
        raise RowError(
            _("The row has %(count)d cell(s) more than the header line.")
            % {"count": len(raw[None])}
        )
    for column, value in raw.items():
        if column is not None and "\x00" in (value or ""):
            raise RowError(_("The %(column)s cell contains a NUL byte (\\0).") % {"column": column})


def check_length(value: str, limit: int, column: str) -> str:
    if len(value) > limit:
        raise RowError(
            _("The %(column)s cell has %(length)d characters; at most %(limit)d are allowed.")
            % {"column": column, "length": len(value), "limit": limit}
        )
    return value


def title_limit() -> int:
    """The longest entry title: the page's title column, and the document's title, which
    is the entry title with the language appended (" (de)")."""
    from knowledge.models import ArchiveDocument, ArchiveEntryPage

    page = ArchiveEntryPage._meta.get_field("title").max_length
    document = ArchiveDocument._meta.get_field("title").max_length
    return min(page, document - len(" (xx)"))


def topic_limit() -> int:
    from taggit.models import Tag

    return Tag._meta.get_field("name").max_length


def min_year(override: int | None = None) -> int:
    return override if override is not None else settings.KNOWLEDGE_IMPORT_MIN_YEAR


def parse_date(value: str, earliest: int) -> datetime.date:
    try:
        date = datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise RowError(
            _("Invalid date %(value)r (expected YYYY-MM-DD).") % {"value": value[:40]}
        ) from None
    if date.year < earliest:
        raise RowError(
            _(
                "The date %(value)s is before %(year)d; check it (or allow earlier years "
                "with --min-year)."
            )
            % {"value": date.isoformat(), "year": earliest}
        )
    return date
