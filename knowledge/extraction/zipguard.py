"""Refuse ZIP containers (DOCX, ODT) that would unpack to something unreasonable.

A "zip bomb" is a small upload that inflates to gigabytes once a parser reads it.
The central directory at the end of a ZIP lists every member with its compressed and
uncompressed size, so the bomb can be recognised *before* anything is inflated.
Declared sizes can lie; the memory limit of the worker process is the second line of
defence for that case.
"""

import zipfile

from . import reasons
from .errors import ExtractionError

# Real documents: a few dozen members, XML compressing about 5-20:1, images hardly at all.
MAX_MEMBERS = 2_000
MAX_TOTAL_UNCOMPRESSED = 100 * 1024 * 1024
MAX_RATIO = 100
# Tiny members compress extremely well without being dangerous; judge ratio above this.
RATIO_THRESHOLD_BYTES = 1024 * 1024


def check_archive(archive: zipfile.ZipFile) -> None:
    """Raise :class:`ExtractionError` (``archive_bomb``) for too many members, too much
    uncompressed data in total, or a large member with a suspicious compression ratio."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ExtractionError(reasons.ARCHIVE_BOMB)
    total = 0
    for member in members:
        total += member.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ExtractionError(reasons.ARCHIVE_BOMB)
        large = member.file_size > RATIO_THRESHOLD_BYTES
        if large and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ExtractionError(reasons.ARCHIVE_BOMB)
