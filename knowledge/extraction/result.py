"""The value :func:`knowledge.extraction.extract` returns for every file, good or bad."""

from dataclasses import dataclass, field

from django.utils.functional import Promise

DONE = "done"
FAILED = "failed"
NO_TEXT_LAYER = "no_text_layer"


@dataclass(frozen=True)
class ExtractionResult:
    """Outcome of extracting one file.

    ``status`` is "done", "failed" or "no_text_layer" (a scan that OCR could not read). ``reason``
    is a translatable message for people, ``reason_code`` the stable code behind it
    (see :mod:`.reasons`) for programs. ``checksum`` is the SHA-256 of the raw bytes,
    empty when the file was not read completely (over the size limit). ``pages`` is the
    cleaned text per page (one page for formats without pages), ``text`` all of them;
    ``ocr`` lists ``(page number, mean confidence)`` of the pages read by OCR, ``ocr_waiting``
    the pages that still need it; ``thumbnail`` is a PNG of the first page (PDF, images).
    """

    status: str
    text: str = ""
    page_count: int | None = None
    language: str = ""
    checksum: str = ""
    # Left out of repr: rendering a lazy translation needs configured settings.
    reason: str | Promise = field(default="", repr=False)
    reason_code: str = ""
    pages: tuple[str, ...] = ()
    ocr: tuple[tuple[int, float], ...] = ()
    ocr_waiting: tuple[int, ...] = ()
    thumbnail: bytes = field(default=b"", repr=False)
