""" "Meinten Sie …?": a corrected query for a search that finds nothing or very little.

A query word that is not a word of the public vocabulary (:mod:`.vocabulary`) is replaced by
the closest word that is: on PostgreSQL by trigram similarity (``pg_trgm``, through a GIN
index on the vocabulary), elsewhere by :mod:`difflib`'s ratio over the words of about the
same length and the same first letter. The corrected query is offered only if it finds more
than the query did, in the visitor's own scope and filters.

With Elasticsearch the same vocabulary is used rather than its term suggester: Elasticsearch's
index holds members-only pages too (privacy is applied afterwards, in the database), so its
suggester could propose a word that only members-only content contains; the vocabulary only
ever holds words of content an anonymous visitor may see.
"""

import difflib
import re

from django.db import connection

from .folding import fold_word, query_terms

# A search that finds fewer entries gets a suggestion, if there is one. Only one that finds
# nothing: a word that found something is a word of the archive (or a stem of one), and
# asking the vocabulary about every small result would cost each of them a query.
FEW_RESULTS = 1
MIN_WORD = 4  # shorter query words are not corrected ("in", "und", "der")
MIN_TRIGRAM_SIMILARITY = 0.45
MIN_RATIO = 0.8
_WORD_RE = re.compile(r"\w+", re.UNICODE)


def suggest(query: str, terms: list[str], count: int, recount) -> str | None:
    """The corrected *query*, or None. *recount(terms)* counts the matches of other terms."""
    if not terms or count >= FEW_RESULTS:
        return None
    from knowledge.models import ArchiveWord

    known = set(ArchiveWord.objects.filter(word__in=terms).values_list("word", flat=True))
    replacements = {}
    for term in terms:
        if term not in known and len(term) >= MIN_WORD:
            spelling = closest(term)
            if spelling is not None:
                replacements[term] = spelling
    if not replacements:
        return None
    corrected = _WORD_RE.sub(
        lambda match: replacements.get(fold_word(match.group()), match.group()), query
    ).strip()
    if corrected.casefold() == query.strip().casefold():
        return None
    if recount(query_terms(corrected)) <= count:
        return None
    return corrected


def closest(term: str) -> str | None:
    """The spelling of the vocabulary word closest to the folded *term*, or None."""
    if connection.vendor == "postgresql":
        return _closest_by_trigrams(term)
    return _closest_by_ratio(term)


def _closest_by_trigrams(term: str) -> str | None:
    with connection.cursor() as cursor:
        # "word % term" is the trigram match the GIN index answers (similarity above
        # pg_trgm's threshold, 0.3); the stricter minimum is applied to those few.
        cursor.execute(
            "SELECT display FROM knowledge_archiveword "
            "WHERE word %% %s AND similarity(word, %s) >= %s "
            "ORDER BY similarity(word, %s) DESC, entries DESC, word LIMIT 1",
            [term, term, MIN_TRIGRAM_SIMILARITY, term],
        )
        found = cursor.fetchone()
    return found[0] if found else None


def _closest_by_ratio(term: str) -> str | None:
    from django.db.models.functions import Length

    from knowledge.models import ArchiveWord

    candidates = (
        ArchiveWord.objects.annotate(length=Length("word"))
        .filter(word__startswith=term[0], length__gte=len(term) - 2, length__lte=len(term) + 2)
        .values_list("word", "display", "entries")
    )
    best, best_key = None, None
    matcher = difflib.SequenceMatcher(b=term, autojunk=False)
    for word, display, entries in candidates.iterator():
        matcher.set_seq1(word)
        if matcher.real_quick_ratio() < MIN_RATIO or matcher.quick_ratio() < MIN_RATIO:
            continue
        ratio = matcher.ratio()
        key = (ratio, entries)
        if ratio >= MIN_RATIO and (best_key is None or key > best_key):
            best, best_key = display, key
    return best
