"""Keep the public vocabulary (:class:`knowledge.models.ArchiveWord`) in step with the index.

A row of the archive's index counts towards the vocabulary while an anonymous visitor may
see its entry: neither the entry nor any of its language versions lies at or below a view
restriction (files in restricted collections never reach the row's text at all). Every
change of a row - indexing, removal, a view restriction added or lifted - adds the words of
the rows that became countable and takes away those of the rows that stopped being so, so
the counts stay exact without recounting the archive; ``recount`` rebuilds them from scratch.

The words are those of the title, the summary and public file texts, and the metadata
(parties, topics, type names); each is keyed by its folded form (as a query is folded, see
:mod:`.folding`) and shown in the spelling it was first seen in ("Absichtserklärung").
"""

import re
from collections import Counter

from django.db import connection, transaction

from knowledge.textnorm.gender import fold_gender_forms

from .folding import fold_word

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
MIN_LENGTH, MAX_LENGTH = 3, 40
_COLUMNS = ("title", "text", "folded_metadata")


def words_of(*texts: str) -> dict:
    """{folded word: spelling} of the words in *texts* worth suggesting."""
    words = {}
    for text in texts:
        for token in _WORD_RE.findall(fold_gender_forms(text or "")):
            if not (MIN_LENGTH <= len(token) <= MAX_LENGTH) or not _HAS_LETTER_RE.search(token):
                continue
            key = fold_word(token)
            if MIN_LENGTH <= len(key) <= MAX_LENGTH and key not in words:
                words[key] = token
    return words


def row_words(row) -> dict:
    """The words of an index row (model instance or dict of its columns)."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    return words_of(*(get(name) for name in _COLUMNS))


def hidden_keys() -> set:
    """Translation keys of the entries an anonymous visitor may not see (one query)."""
    from wagtail.models import Page

    from privacy.restrictions import restricted

    return set(Page.objects.filter(restricted()).values_list("translation_key", flat=True))


def change(added: list[dict], removed: list[dict]) -> None:
    """Count the words of *added* rows' word dicts and uncount those of *removed*."""
    counts, spellings = Counter(), {}
    for words in added:
        counts.update(words.keys())
        for key, spelling in words.items():
            spellings.setdefault(key, spelling)
    for words in removed:
        counts.subtract(words.keys())
    changed = [(key, spellings.get(key, key), n) for key, n in counts.items() if n]
    if not changed:
        return
    table = "knowledge_archiveword"
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (word, display, entries) VALUES (%s, %s, %s) "
            f"ON CONFLICT (word) DO UPDATE SET entries = {table}.entries + excluded.entries",
            changed,
        )
        if any(n < 0 for _key, _spelling, n in changed):
            cursor.execute(f"DELETE FROM {table} WHERE entries <= 0")


def refresh_for_pages(pages_query) -> int:
    """Recount the rows of the entries in *pages_query* (pages, e.g. below a restriction
    that was added or lifted) and of their language versions; returns how many changed."""
    from knowledge.models import ArchiveSearchEntry

    keys = pages_query.values("translation_key")
    rows = ArchiveSearchEntry.objects.filter(translation_key__in=keys).only(
        "pk", "translation_key", "in_vocabulary", *_COLUMNS
    )
    hidden = hidden_keys()
    added, removed, now_in, now_out = [], [], [], []
    for row in rows:
        public = row.translation_key not in hidden
        if public == row.in_vocabulary:
            continue
        (added if public else removed).append(row_words(row))
        (now_in if public else now_out).append(row.pk)
    with transaction.atomic():
        change(added, removed)
        ArchiveSearchEntry.objects.filter(pk__in=now_in).update(in_vocabulary=True)
        ArchiveSearchEntry.objects.filter(pk__in=now_out).update(in_vocabulary=False)
    return len(now_in) + len(now_out)


def recount(report=None) -> int:
    """Rebuild the whole vocabulary from the index rows; returns the number of words."""
    from knowledge.models import ArchiveSearchEntry, ArchiveWord

    hidden = hidden_keys()
    with transaction.atomic():
        ArchiveWord.objects.all().delete()
        ArchiveSearchEntry.objects.update(in_vocabulary=False)
        ids = list(
            ArchiveSearchEntry.objects.exclude(translation_key__in=hidden).values_list(
                "pk", flat=True
            )
        )
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            rows = ArchiveSearchEntry.objects.filter(pk__in=batch).only(*_COLUMNS)
            change([row_words(row) for row in rows], [])
            ArchiveSearchEntry.objects.filter(pk__in=batch).update(in_vocabulary=True)
            if report:
                report(start + len(batch))
    return ArchiveWord.objects.count()
