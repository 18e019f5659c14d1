"""The excerpt shown under a search result, with the query's words marked.

Matching mirrors the search loosely: a word of the text is marked when its folded form
starts with the folded query word minus a short ending, which covers the plural and
inflected forms the stemmers match ("workshops" marks "Workshop", "Partnerschaften"
marks "Partnerschaft"). Only the first part of a long text is scanned, so a result page
costs the same for a 3-page and a 300-page document.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .folding import fold_word

_WORD_RE = re.compile(r"\w+", re.UNICODE)
SCAN_CHARS = 60_000


def _prefix(term: str) -> str:
    return term if len(term) <= 4 else term[: max(4, len(term) - 3)]


def make_snippet(text: str, terms: list[str], width: int = 240):
    """HTML-safe excerpt of *text* around the first match, matches in ``<mark>``."""
    if not text:
        return ""
    prefixes = [_prefix(term) for term in terms]
    scanned = text[:SCAN_CHARS]
    first = None
    if prefixes:
        for match in _WORD_RE.finditer(scanned):
            if fold_word(match.group()).startswith(tuple(prefixes)):
                first = match.start()
                break
    start = 0 if first is None else max(0, first - width // 3)
    if start:
        space = scanned.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(scanned), start + width)
    if end < len(scanned):
        space = scanned.rfind(" ", start, end)
        end = space if space > start else end
    excerpt = scanned[start:end]
    html = []
    position = 0
    for match in _WORD_RE.finditer(excerpt):
        word = match.group()
        if prefixes and fold_word(word).startswith(tuple(prefixes)):
            html.append(escape(excerpt[position : match.start()]))
            html.append(f"<mark>{escape(word)}</mark>")
            position = match.end()
    html.append(escape(excerpt[position:]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(html).strip() + suffix)  # noqa: S308 (escaped above)


def mark_terms(text: str, terms: list[str]):
    """HTML-safe *text* whole, with the words of *terms* in ``<mark>`` (the entry page's
    metadata when it is reached from a search)."""
    if not text or not terms:
        return escape(text or "")
    prefixes = tuple(_prefix(term) for term in terms)
    html, position = [], 0
    for match in _WORD_RE.finditer(text):
        if fold_word(match.group()).startswith(prefixes):
            html.append(escape(text[position : match.start()]))
            html.append(f"<mark>{escape(match.group())}</mark>")
            position = match.end()
    html.append(escape(text[position:]))
    return mark_safe("".join(html))  # noqa: S308 (escaped above)
