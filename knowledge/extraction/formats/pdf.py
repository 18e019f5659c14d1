"""PDF via pypdfium2: Google's PDFium engine, fast and memory-frugal.

PDFium opens the document lazily, so pages are loaded, read and closed one at a time
and a 50 MB file never sits in memory as a parsed tree. Its text extraction keeps
reading order on the page and returns right-to-left runs in logical order.

A page whose text layer is missing or unusable (see :mod:`..quality`) is rendered and read
by OCR (:mod:`..ocr`); the first page is also rendered small, as the document's thumbnail.
"""

from functools import partial

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import reasons
from ..pages import PageReader, scale_for, thumbnail_png
from ..quality import needs_ocr
from . import Job, ParsedText, ParseFailure

# PDFium marks a hyphen that it judged to end a line with U+FFFE and drops the line
# break; turning it back into "-\n" lets the cleanup decide whether to join the word.
_LINE_END_HYPHEN = "\ufffe"
_ALEFS = "اأإآ"
_LAM = "ل"
_THUMBNAIL_DPI = 48


def unswap_ligatures(textpage: pdfium.PdfTextPage, text: str) -> str:
    """Put the letters of lam-alef ligatures back in logical order.

    Lam followed by alef is drawn as one glyph. Some producers map that glyph to "لا"
    and PDFium, re-ordering the right-to-left run, hands the two letters back as "ال":
    "إعلان" comes out as "إعالن". The two letters of one glyph share its box on the page,
    while a genuine alef-lam ("العالمي") are two glyphs side by side - so only pairs with
    the same box are swapped, exactly where the damage is.
    """
    if len(text) != textpage.count_chars():  # characters outside the BMP: indexes differ
        return text
    chars = list(text)
    index = 0
    while index < len(chars) - 1:
        if (
            chars[index] in _ALEFS
            and chars[index + 1] == _LAM
            and textpage.get_charbox(index) == textpage.get_charbox(index + 1)
        ):
            chars[index], chars[index + 1] = _LAM, chars[index]
            index += 1
        index += 1
    return "".join(chars)


def _unmapped(textpage: pdfium.PdfTextPage, count: int) -> int:
    """Characters whose glyph has no Unicode mapping in its font."""
    return sum(1 for index in range(count) if pdfium_c.FPDFText_HasUnicodeMapError(textpage, index))


def _has_image(page: pdfium.PdfPage) -> bool:
    return (
        next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=3), None) is not None
    )


def _render(page: pdfium.PdfPage, dpi: int, max_pixels: int):
    width, height = page.get_size()
    scale = scale_for(width, height, dpi, max_pixels)
    return page.render(scale=scale, grayscale=True).to_pil()


def _page_text(page: pdfium.PdfPage) -> tuple[str, bool]:
    """The page's text layer and whether it is unusable (needs OCR)."""
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        count = textpage.count_chars()
        unusable = needs_ocr(raw, has_image=_has_image(page), unmapped=_unmapped(textpage, count))
        return unswap_ligatures(textpage, raw), unusable
    finally:
        textpage.close()


def parse(data: bytes, job: Job | None = None) -> ParsedText:
    """Return the text of every page; unusable pages read by OCR where possible.

    A document whose pages hold no text at all (and could not be read by OCR) is returned
    with empty text; the caller reports it as "no text layer".
    """
    job = job or Job()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ParseFailure(reasons.ENCRYPTED) from error
        raise ParseFailure(reasons.CORRUPT) from error
    reader = PageReader(job)
    dpi, max_pixels = job.ocr.dpi, job.ocr.max_pixels
    pages, thumbnail = [], b""
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                text, unusable = _page_text(page)
                if unusable:
                    text = reader.ocr(index + 1, partial(_render, page, dpi, max_pixels))
                if index == 0:
                    thumbnail = thumbnail_png(_render(page, _THUMBNAIL_DPI, 10**7))
            finally:
                page.close()
            pages.append(text.replace(_LINE_END_HYPHEN, "-\n"))
    finally:
        document.close()
    return reader.parsed(pages, thumbnail)
