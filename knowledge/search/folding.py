"""Fold text for archive matching; the same functions run at index and at query time.

On top of :func:`knowledge.textnorm.normalise_for_search` (NFKC, case folding, Latin
accents, Arabic letter variants) Arabic words lose the article ال and the clitics that
attach in front of it (و، ب، ك، ف، ل): "والشراكة", "الشراكة" and "شراكة" all become
"شراكه". PostgreSQL ships no Arabic stemmer before version 16, and a light prefix
strip like this is what Arabic search engines do first anyway; suffixes are kept.
"""

import re
from functools import lru_cache

from knowledge.textnorm import normalise_for_search

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Longest first: "وال" must win over "ال".
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_MIN_STEM = 2


def strip_arabic_prefix(word: str) -> str:
    if not _ARABIC_RE.match(word):
        return word
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            return word[len(prefix) :]
    return word


def fold(text: str) -> str:
    """The comparison form of a whole text."""
    normalised = normalise_for_search(text)
    if not _ARABIC_RE.search(normalised):
        return normalised
    return _WORD_RE.sub(lambda match: strip_arabic_prefix(match.group()), normalised)


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    return strip_arabic_prefix(normalise_for_search(word))


def query_terms(query: str, limit: int = 12) -> list[str]:
    """The folded words of a query, without duplicates, at most *limit* of them."""
    return list(dict.fromkeys(_WORD_RE.findall(fold(query))))[:limit]
