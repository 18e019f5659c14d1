"""Tell a page's text layer that can be used from one that has to be read again by OCR.

A scan has no text at all, but many PDFs carry a text layer that is worse than none: a
font without a Unicode map gives ``(cid:12)(cid:34)`` runs, replacement characters or
private-use code points; a scanner's own OCR left two letters on a page full of print;
Arabic drawn glyph by glyph comes out as single letters that no re-ordering can join into
words. Indexed, such text matches nothing and spoils snippets, so the page is read from its
image instead. The checks only count characters - cheap next to parsing the page.
"""

import re
import unicodedata

# Fewer visible characters than this on a page that carries an image: a scan (or a scan with
# a page number or a stamp in text).
MIN_CHARACTERS = 40
# Share of the visible characters that may be unusable before the page is read again.
MAX_BAD_SHARE = 0.3
# Share of one-letter Arabic "words" above which Arabic text is glyphs, not words.
MAX_LONE_LETTER_SHARE = 0.5
_CID_RE = re.compile(r"\(cid:\d+\)")
_ARABIC_WORD_RE = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+")
_MIN_ARABIC_WORDS = 8


def _unusable(char: str) -> bool:
    """Private use, replacement, unassigned or control characters: no text a reader wrote."""
    if char in "\ufffd\ufffe\uffff":
        return True
    return unicodedata.category(char) in ("Co", "Cn", "Cc", "Cs")


def needs_ocr(text: str, *, has_image: bool = True, unmapped: int = 0) -> bool:
    """True when *text* (one page's raw text layer) is not worth indexing.

    *has_image*: the page draws an image (a page without one and without text is blank, not a
    scan). *unmapped*: characters the extractor reported as glyphs without a Unicode mapping.
    """
    visible = "".join(text.split())
    if len(visible) < MIN_CHARACTERS:
        return has_image
    cids = _CID_RE.findall(visible)
    if sum(map(len, cids)) > MAX_BAD_SHARE * len(visible):
        return True
    bad = unmapped + sum(1 for char in visible if _unusable(char))
    if bad > MAX_BAD_SHARE * len(visible):
        return True
    words = _ARABIC_WORD_RE.findall(text)
    if len(words) >= _MIN_ARABIC_WORDS:
        lone = sum(1 for word in words if len(word) == 1)
        if lone > MAX_LONE_LETTER_SHARE * len(words):
            return True
    return False
