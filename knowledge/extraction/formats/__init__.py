"""One module per supported format. Each ``parse(data, job)`` returns :class:`ParsedText`
and raises :class:`ParseFailure` with a reason code for files it cannot read."""

from collections.abc import Callable
from dataclasses import dataclass, field

from ..ocr import OcrOptions


@dataclass(frozen=True)
class ParsedText:
    """Raw text as the parser found it, before cleanup.

    ``pages`` holds the text per page for formats with pages (PDF, multi-page TIFF); the
    others have one page, ``text``. ``ocr`` lists ``(page number, confidence)`` of the pages
    read by OCR; ``ocr_waiting`` the pages that need OCR it could not do (not installed, over
    the page limit, timed out); ``thumbnail`` a PNG of the first page.
    """

    text: str = ""
    page_count: int | None = None
    pages: tuple[str, ...] | None = None
    ocr: tuple[tuple[int, float], ...] = ()
    ocr_waiting: tuple[int, ...] = ()
    ocr_code: str = ""
    thumbnail: bytes = b""

    @property
    def page_texts(self) -> tuple[str, ...]:
        return self.pages if self.pages is not None else (self.text,)


@dataclass
class Job:
    """What a parser may use besides the bytes: OCR settings and a callback that tells the
    pool the worker is still making progress (each OCR page renews its deadline)."""

    ocr: OcrOptions = field(default_factory=OcrOptions)
    progress: Callable[[], None] = lambda: None


class ParseFailure(Exception):
    """A parser recognised why it cannot read the file (``code`` from ``reasons``)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code
