"""OCR of page images and first-page thumbnails, shared by the PDF and image formats."""

import io
import math

from . import reasons
from .ocr import OcrUnavailable, read_image

THUMBNAIL_WIDTH = 240


def scale_for(width: float, height: float, dpi: int, max_pixels: int) -> float:
    """Pixels per unit for a page of *width* × *height* points (1/72 inch) at *dpi*, scaled
    down so that the image stays within *max_pixels*."""
    scale = dpi / 72
    if width * height * scale * scale > max_pixels:
        scale = math.sqrt(max_pixels / (width * height))
    return scale


def thumbnail_png(image) -> bytes:
    """A PNG of *image* (Pillow) at the thumbnail width."""
    from PIL import Image

    image = image.convert("L") if image.mode not in ("L", "RGB") else image
    height = max(1, round(image.height * THUMBNAIL_WIDTH / image.width))
    small = image.resize((THUMBNAIL_WIDTH, height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()


class PageReader:
    """Collects OCR results page by page and remembers why a page was left unread."""

    def __init__(self, job):
        self.job = job
        self.read: list[tuple[int, float]] = []
        self.waiting: list[int] = []
        self.code = ""

    def ocr(self, number: int, render) -> str:
        """The text of page *number* (1-based) read from the image ``render()`` returns, or ""
        with the page marked as waiting (unavailable, beyond the page limit, timed out)."""
        from pytesseract import TesseractError

        options = self.job.ocr
        if len(self.read) >= options.max_pages:
            return self._wait(number, reasons.OCR_PAGE_LIMIT)
        try:
            page = read_image(render(), options)
        except OcrUnavailable:
            return self._wait(number, reasons.OCR_UNAVAILABLE)
        except (RuntimeError, TesseractError):  # "Tesseract process timeout", or it failed
            return self._wait(number, reasons.OCR_TIMEOUT)
        finally:
            self.job.progress()
        self.read.append((number, page.confidence))
        return page.text

    def parsed(self, pages: list[str], thumbnail: bytes):
        """The parser's result: *pages* (texts, OCR pages included) and what OCR did."""
        from .formats import ParsedText

        return ParsedText(
            "\n\n".join(pages),
            page_count=len(pages),
            pages=tuple(pages),
            ocr=tuple(self.read),
            ocr_waiting=tuple(self.waiting),
            ocr_code=self.code,
            thumbnail=thumbnail,
        )

    def _wait(self, number: int, code: str) -> str:
        self.waiting.append(number)
        # The first reason that applies to every later page too: not installed wins.
        if code == reasons.OCR_UNAVAILABLE or not self.code:
            self.code = code
        return ""
