"""Fold text for matching: the same function runs on indexed text and on queries.

Whatever is folded here must be folded identically on both sides, otherwise a query
can never match. Folding loses information on purpose (case, Latin accents, Arabic
spelling variants), so its output is for comparison only and is never shown or stored
as the document text.
"""

import re
import unicodedata

from .arabic import normalise_arabic

# Letters that carry no combining mark in NFD but that users type without the accent.
_LATIN_LETTERS_WITHOUT_DECOMPOSITION = str.maketrans(
    {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d"}
)
_SPACES_RE = re.compile(r"\s+")


def _is_latin_base(char: str) -> bool:
    """Latin letters live in U+0041-U+024F and U+1E00-U+1EFF (Latin Extended Additional)."""
    code = ord(char)
    return 0x41 <= code <= 0x24F or 0x1E00 <= code <= 0x1EFF


def fold_accents(text: str) -> str:
    """Strip diacritics from Latin letters: "Düsseldorf" -> "Dusseldorf",
    "coopération décentralisée" -> "cooperation decentralisee".

    Only combining marks that follow a Latin base letter are dropped. Arabic marks are
    combining marks too (and NFD splits "أ" into alef + hamza above), so a blanket
    "remove category Mn" would change Arabic letters; here they survive and are
    recomposed by the final NFC. Arabic folding is :func:`normalise_arabic`'s job.
    """
    kept: list[str] = []
    base_is_latin = False
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if not base_is_latin:
                kept.append(char)
            continue
        base_is_latin = _is_latin_base(char)
        kept.append(char)
    folded = unicodedata.normalize("NFC", "".join(kept))
    return folded.translate(_LATIN_LETTERS_WITHOUT_DECOMPOSITION)


def normalise_for_search(text: str, *, keep_accents: bool = False) -> str:
    """Return the comparison form of *text*: NFKC, case-folded, Arabic variants
    unified, Latin accents removed (unless *keep_accents*) and whitespace collapsed.

    Case folding (not lower-casing) makes "Straße" match "STRASSE". Accents are folded
    by default because queries are often typed on keyboards without them.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = normalise_arabic(text)
    if not keep_accents:
        text = fold_accents(text)
    return _SPACES_RE.sub(" ", text).strip()
