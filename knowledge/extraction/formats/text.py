"""Plain text: decode bytes whose encoding nobody declared.

Uploaded ``.txt`` files come from Windows editors as often as from anywhere else, so
after byte-order marks and UTF-8 we try cp1252 (the Windows Western European code page,
a superset of Latin-1's printable range with "€", "œ", typographic quotes) and finally
Latin-1, which decodes any byte sequence.
"""

import codecs

from . import ParsedText

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """Return the encoding announced by a byte-order mark, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode *data*: BOM, then *declared* (e.g. an HTML meta charset), UTF-8, cp1252,
    Latin-1 - the first that decodes without error wins."""
    candidates = [bom_encoding(data), declared, "utf-8", "cp1252"]
    for encoding in filter(None, candidates):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1")


def parse(data: bytes) -> ParsedText:
    return ParsedText(decode_text(data))
