"""PDF via pypdfium2: Google's PDFium engine, fast and memory-frugal.

PDFium opens the document lazily, so pages are loaded, read and closed one at a time
and a 50 MB file never sits in memory as a parsed tree. Its text extraction keeps
reading order on the page and returns right-to-left runs in logical order.
"""

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from .. import reasons
from . import ParsedText, ParseFailure

# PDFium marks a hyphen that it judged to end a line with U+FFFE and drops the line
# break; turning it back into "-\n" lets the cleanup decide whether to join the word.
_LINE_END_HYPHEN = "\ufffe"


_ALEFS = "اأإآ"
_LAM = "ل"


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


def _page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return unswap_ligatures(textpage, textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


def parse(data: bytes) -> ParsedText:
    """Return the text of all pages, pages separated by a blank line.

    A document whose pages hold no text at all is returned with empty text; the caller
    reports it as "no text layer" (a scan that needs OCR).
    """
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if getattr(error, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ParseFailure(reasons.ENCRYPTED) from error
        raise ParseFailure(reasons.CORRUPT) from error
    try:
        pages = [_page_text(document, index) for index in range(len(document))]
    finally:
        document.close()
    text = "\n\n".join(pages).replace(_LINE_END_HYPHEN, "-\n")
    return ParsedText(text if text.strip() else "", page_count=len(pages))
