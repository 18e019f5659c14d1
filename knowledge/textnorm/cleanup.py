"""Clean text that came out of a document parser before it is stored and indexed.

Parsers hand back text shaped by the page, not by the language: presentation-form
glyphs, ligatures, words split at line ends, Arabic lines in visual order, ragged
whitespace. :func:`clean_extracted_text` undoes that so that the stored text reads as
the author wrote it and a search for "Partnerschaft" finds "Partner-/schaft". It does
*not* fold case or accents - that is search-only work (see :mod:`.search`).
"""

import re
import unicodedata

from .arabic import (
    repair_detached_marks,
    repair_lam_alef,
    repair_mirrored_brackets,
    repair_visual_order,
)

# Characters that carry no text: soft hyphen (a hyphenation *hint*), byte-order marks
# left inside the text, and the zero-width space.
_INVISIBLE = str.maketrans({"\u00ad": None, "\ufeff": None, "\u200b": None})

# A word hyphenated at a line end: letter, hyphen, line break, next letter.
_LINE_END_HYPHEN_RE = re.compile(r"(\w)[-\u2010][ \t]*\n[ \t]*(\w)")
_SPACES_RE = re.compile(r"[^\S\n]+")
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n\s*")


def _join_hyphenated(match: re.Match[str]) -> str:
    """Join "Partner-\\nschaft" but keep "Düsseldorf-\\nMarrakesch" as a compound.

    After a line-end hyphen a lower-case letter means the word was merely split for
    typesetting; an upper-case letter starts a new noun of a real compound (German
    capitalises nouns, so "Düsseldorf-Marrakesch" keeps its hyphen). Scripts without
    case (Arabic) are not hyphenated, so the rule never bites there.
    """
    before, after = match.group(1), match.group(2)
    if after.islower():
        return before + after
    return f"{before}-{after}"


def collapse_whitespace(text: str) -> str:
    """Collapse runs of blanks to one space and single line breaks to a space, but keep
    paragraph breaks (a blank line) as exactly one blank line."""
    paragraphs = _PARAGRAPH_BREAK_RE.split(text.strip())
    collapsed = (_SPACES_RE.sub(" ", part.replace("\n", " ")).strip() for part in paragraphs)
    return "\n\n".join(part for part in collapsed if part)


def clean_extracted_text(text: str) -> str:
    """Return *text* in NFKC form, with hyphenation undone, Arabic line order, lam-alef
    ligatures, mirrored brackets and detached vowel marks repaired and whitespace collapsed.

    NFKC comes first: it turns Arabic presentation forms (U+FB50-U+FDFF,
    U+FE70-U+FEFF) and Latin ligatures ("ﬁ") into ordinary letters, which every
    later step relies on. The Arabic repairs run while the original line breaks still
    exist, because visual order is a property of a line.
    """
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = _LINE_END_HYPHEN_RE.sub(_join_hyphenated, text)
    text = repair_lam_alef(repair_visual_order(text))
    text = repair_detached_marks(repair_mirrored_brackets(text))
    return collapse_whitespace(text)
