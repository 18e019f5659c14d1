"""Gender-inclusive spellings folded to the base word, for matching only.

German public texts write "Kassenprüferinnen", "Unterstützer*innen", "Akteur:innen",
"Kolleg_innen", "Bürger·innen" or "UnterstützerInnen" (Binnen-I); French texts write
"élu·e·s". A visitor types any of these or the plain word, so each is folded to the base
word on both sides of a match: "Unterstützer*innen", "UnterstützerInnen" and "Unterstützer"
all become "Unterstützer"; "Kassenprüferin" and "Kassenprüferinnen" become "Kassenprüfer";
"élu·e·s" becomes "élus" (and, in indexed text, "élues" as well, so that a search for the
feminine plural finds it too).

What is folded, and why only that:

* A gender mark (``*``, ``:``, ``_``, ``·``, ``/-``) before "in"/"innen", and a Binnen-I
  after a lower-case letter, are unambiguous: always folded.
* An unmarked "-in"/"-innen" is folded only after the endings of agent nouns (``-er``,
  ``-eur``, ``-ent``, ``-ant``, ``-ist``, ``-or``): "Bürgerin", "Akteurinnen",
  "Präsidentin", "Journalistinnen", "Autorin". Words that merely end in "in" or "innen"
  keep it: "Berlin", "Termin", "Medizin", "Benzin", "beginnen", "gewinnen", "innen".
  The fold is the same on both sides, so the rare casualty ("Valentin" -> "Valent") still
  finds itself.

The rules are regular expressions written so that Python's ``re`` and Java's (Elasticsearch's
``pattern_replace`` character filter, see :mod:`search.analysis`) read them alike:
plain character classes, no ``\\w`` or ``\\b`` (ASCII-only in Java), ``$1`` replacements.
They run before case folding, which the Binnen-I needs.
"""

import re
from dataclasses import dataclass

# Latin letters (ASCII and Latin-1, as German and French texts use them).
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_LOWER = "a-zß-öø-ÿ"
_MIDDLE_DOTS = "·‧•"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    replacement: str  # "$1" style, as Java writes it
    # Indexed text only: a replacement that keeps more forms (None: the same as above).
    index_replacement: str | None = None


RULES = (
    # Unterstützer*innen, Akteur:innen, Kolleg_innen, Bürger·innen, Schüler*in.
    Rule(
        "gender_mark",
        f"(?<=[{_LETTER}])[*:_{_MIDDLE_DOTS}](?:innen|Innen|in|In)(?![{_LETTER}])",
        "",
    ),
    # Lehrer/innen, Lehrer/-innen (the plural only: "in" after a slash is a word of its own).
    Rule("gender_slash", f"(?<=[{_LETTER}])/-?(?:innen|Innen)(?![{_LETTER}])", ""),
    # UnterstützerInnen, BürgerIn.
    Rule("binnen_i", f"(?<=[{_LOWER}])In(?:nen)?(?![{_LETTER}])", ""),
    # Kassenprüferin, Kassenprüferinnen, Akteurin, Präsidentinnen, Journalistin, Autorin.
    Rule(
        "feminine_suffix",
        f"(?<![{_LETTER}])([{_LETTER}]{{2,}}(?:er|eur|ent|ant|ist|or))in(?:nen)?(?![{_LETTER}])",
        "$1",
    ),
    # élu·e·s, élu.e.s, conseiller·ère·s: the masculine plural (indexed: the feminine too).
    Rule(
        "point_median_plural",
        f"([{_LETTER}]+)[{_MIDDLE_DOTS}.]([{_LETTER}]{{1,4}})[{_MIDDLE_DOTS}.]s(?![{_LETTER}])",
        "$1s",
        "$1s $1$2s",
    ),
    # élu·e, étudiant·e: the masculine (indexed: the feminine too).
    Rule(
        "point_median",
        f"([{_LETTER}]+)[{_MIDDLE_DOTS}]([{_LETTER}]{{1,4}})(?![{_LETTER}{_MIDDLE_DOTS}])",
        "$1",
        "$1 $1$2",
    ),
)

_GROUP_RE = re.compile(r"\$(\d)")


def _python(replacement: str) -> str:
    return _GROUP_RE.sub(r"\\g<\1>", replacement)


_COMPILED = [
    (
        re.compile(rule.pattern),
        _python(rule.replacement),
        _python(rule.index_replacement if rule.index_replacement is not None else rule.replacement),
    )
    for rule in RULES
]
# Cheap test first: most texts have no candidate at all for most rules.
_ANY_CANDIDATE_RE = re.compile(f"in|In|[{_MIDDLE_DOTS}]|\\.[{_LETTER}]{{1,4}}\\.s")


def fold_gender_forms(text: str, *, for_index: bool = False) -> str:
    """*text* with gender-inclusive forms replaced by the base word (see the module doc).

    ``for_index`` keeps the feminine French forms next to the masculine ones.
    """
    if not _ANY_CANDIDATE_RE.search(text):
        return text
    for pattern, replacement, index_replacement in _COMPILED:
        text = pattern.sub(index_replacement if for_index else replacement, text)
    return text


def elasticsearch_char_filters() -> dict:
    """The rules as Elasticsearch ``pattern_replace`` character filters, by name."""
    return {
        f"portal_{rule.name}": {
            "type": "pattern_replace",
            "pattern": rule.pattern,
            "replacement": rule.replacement,
        }
        for rule in RULES
    }
