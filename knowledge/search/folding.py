"""Fold text for archive matching; the same functions run at index and at query time.

Gender-inclusive spellings are folded to the base word first ("Unterstützer*innen",
"Kassenprüferinnen" -> "Unterstützer", "Kassenprüfer"; see :mod:`knowledge.textnorm.gender`).
On top of :func:`knowledge.textnorm.normalise_for_search` (NFKC, case folding, Latin
accents, Arabic letter variants) Arabic words are light-stemmed: the article ال and the
clitics in front of it (و، ب، ك، ف، ل), a leading و, and one of each common suffix (ها، ان،
ات، ون، ين، يه، ه، ي) come off, as in Larkey's "light10" stemmer, which is also what
Lucene's and so Elasticsearch's ``arabic`` stemmer does. "والشراكة", "الشراكة", "شراكة" and
"الشراكات" all become "شراك".

Why not PostgreSQL's ``arabic`` text-search configuration (Snowball, present in 15): it
expects unnormalised text. After the normalisation the issue requires (taa marbuta → heh) it
reads the final ه as a pronoun: "شراكه" becomes "شرا" but "شراكات" becomes "شراكا", so
singular and plural stop matching; and it keeps "و" + "ال" ("والتعليم" stays as it is).
Stemming here, in Python, gives the same result on PostgreSQL, SQLite and in snippets.
"""

import re
from functools import lru_cache

from knowledge.textnorm import normalise_for_search
from knowledge.textnorm.gender import fold_gender_forms

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
# Longest first: "وال" must win over "ال"; "و" alone only before three or more letters.
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
# Light10's suffixes after normalisation (ة is already ه, ى already ي), in its order.
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_MIN_STEM = 2


def strip_arabic_prefix(word: str) -> str:
    """Light10 stemming of one normalised Arabic word (prefix, then suffixes)."""
    if not _ARABIC_RE.match(word):
        return word
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_STEM:
            word = word[len(prefix) :]
            break
    else:
        if word.startswith("و") and len(word) >= 4:
            word = word[1:]
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            word = word[: -len(suffix)]
    return word


def fold(text: str, *, for_index: bool = False) -> str:
    """The comparison form of a whole text (``for_index``: of text being indexed, which
    keeps a few more forms, see :mod:`knowledge.textnorm.gender`)."""
    normalised = normalise_for_search(fold_gender_forms(text, for_index=for_index))
    if not _ARABIC_RE.search(normalised):
        return normalised
    return _WORD_RE.sub(lambda match: strip_arabic_prefix(match.group()), normalised)


@lru_cache(maxsize=200_000)
def fold_word(word: str) -> str:
    return strip_arabic_prefix(normalise_for_search(fold_gender_forms(word)))


def query_terms(query: str, limit: int = 12) -> list[str]:
    """The folded words of a query, without duplicates, at most *limit* of them."""
    return list(dict.fromkeys(_WORD_RE.findall(fold(query))))[:limit]
