"""Which pages of an entry's files hold the query's words.

The archive's search row keeps the snippet text of an entry - its summary, then each public
file page by page - with two control characters as boundaries (``FILE_MARK`` before each
file, ``PAGE_MARK`` between pages), so a result page can name the matching pages and take
its snippet from the best one from the row it already reads: no query more, on every
engine (PostgreSQL, SQLite, Elasticsearch all match on entries; pages are found here).

A page matches a word as a snippet marks it (:mod:`.snippets`): a word of the page starts
with the folded query word minus a short ending, ignoring case, Latin accents, Arabic alef
and yaa/taa marbuta variants and the Arabic article with its clitics. Pages are ranked by
how many of the query's words they hold, then by how often, then by their number.

Why a pattern per word instead of folding the pages: folding (NFD, a large regular
expression over combining marks, NFC) costs about a millisecond per kilobyte, so folding
the pages of twenty results took longer than the search itself; a pattern that accepts
every spelling of the folded word runs over the raw text in C.
"""

import re
import unicodedata
from functools import lru_cache

from knowledge.textnorm import fold_accents

from .snippets import _prefix

FILE_MARK = "\x1d"  # ASCII group separator
PAGE_MARK = "\x0c"  # form feed
MAX_PAGES = 5
# Characters of one page scanned for the words: a result page costs the same for a
# dense 300-page file as for a leaflet.
SCAN_CHARS = 20_000
_MARKS = str.maketrans({FILE_MARK: "\n\n", PAGE_MARK: "\n\n"})


def mark_files(summary: str, files: list[list[str]]) -> str:
    """The snippet text of an entry: *summary*, then every file's pages with their marks."""
    return (summary or "") + "".join(FILE_MARK + PAGE_MARK.join(pages) for pages in files)


def split_marked(text: str) -> tuple[str, list[list[str]]]:
    """(summary, pages per file) of a text written by :func:`mark_files`."""
    summary, *files = text.split(FILE_MARK)
    return summary, [part.split(PAGE_MARK) for part in files]


def plain(text: str) -> str:
    """The marked text as readers see it: boundaries become paragraph breaks."""
    return text.translate(_MARKS).strip()


def _spellings() -> dict[str, str]:
    """Folded Latin letter → every letter that folds to it (accented, both cases), and the
    Arabic letters that search folding unifies."""
    variants: dict[str, set[str]] = {}
    for code in range(0x41, 0x250):
        char = chr(code)
        if not char.isalpha():
            continue
        folded = fold_accents(unicodedata.normalize("NFKC", char).casefold())
        if len(folded) == 1:
            variants.setdefault(folded, {folded}).update({char, char.casefold()})
    variants.update({"ا": set("اأإآٱ"), "ي": set("يى"), "ه": set("هة")})
    return {
        letter: "[" + re.escape("".join(sorted(chars))) + "]" for letter, chars in variants.items()
    }


_SPELLINGS = _spellings()
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
# Proclitics and article that Arabic search folding strips (see folding.strip_arabic_prefix).
_ARABIC_START = "(?:وال|بال|كال|فال|لل|ال|و)?"


@lru_cache(maxsize=1024)
def term_pattern(term: str) -> re.Pattern:
    """A pattern for the raw words whose folded form starts like the folded *term*."""
    prefix = _prefix(term)
    body = "".join(_SPELLINGS.get(char, re.escape(char)) for char in prefix)
    start = _ARABIC_START if _ARABIC_RE.match(prefix) else ""
    return re.compile(rf"(?<!\w){start}{body}", re.IGNORECASE)


def page_scores(pages: list[str], terms: list[str]) -> list[tuple[int, int, int]]:
    """(page number, words found, occurrences) of the pages holding any of *terms*, best
    first."""
    patterns = [term_pattern(term) for term in terms]
    scores = []
    for number, page in enumerate(pages, start=1):
        if not page:
            continue
        scanned = page[:SCAN_CHARS]
        counts = [len(pattern.findall(scanned)) for pattern in patterns]
        found = sum(1 for count in counts if count)
        if found:
            scores.append((number, found, sum(counts)))
    scores.sort(key=lambda score: (-score[1], -score[2], score[0]))
    return scores


def best_pages(files: list[list[str]], terms: list[str]) -> tuple[list[int], str | None, int]:
    """The page numbers (best first, at most five) of the best-matching file, the text of
    its best page and the file's position; ``([], None, 0)`` when no file holds a word (a
    hit in the metadata only)."""
    best, best_key, best_index = [], None, None
    for index, pages in enumerate(files):
        scores = page_scores(pages, terms) if terms else []
        if not scores:
            continue
        key = (scores[0][1], sum(score[2] for score in scores))
        if best_key is None or key > best_key:
            best, best_key, best_index = scores, key, index
    if best_index is None:
        return [], None, 0
    numbers = [number for number, _found, _count in best[:MAX_PAGES]]
    return numbers, files[best_index][best[0][0] - 1], best_index


def pages_of(document, terms: list[str]) -> list[int]:
    """The matching page numbers of one document (the entry page lists them per file)."""
    if not terms:
        return []
    return [number for number, _found, _count in page_scores(document.page_texts, terms)][
        :MAX_PAGES
    ]
