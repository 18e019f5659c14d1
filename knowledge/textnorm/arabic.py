"""Arabic-specific repairs and search folding.

Two different jobs live here, because both need the same knowledge of the script:

* *Repairs* undo damage done by PDF producers, so the stored text is what the author
  wrote: lines stored in visual order, and lam-alef ligatures whose two letters came
  out swapped. They only act when the text itself shows the damage.
* *Search folding* (:func:`normalise_arabic`) deliberately loses information - hamza
  carriers on alef, vowel marks, tatweel - because users type these inconsistently.
  It is applied identically to indexed text and to queries, never to stored text.
"""

import re

ARABIC_LETTER = r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]"
_ARABIC_RE = re.compile(ARABIC_LETTER)
_WORD_RE = re.compile(rf"{ARABIC_LETTER}+")

# Very frequent function words of Modern Standard Arabic. Reversed, none of them is a
# common word, which makes them good evidence for the reading direction of a line.
_COMMON_WORDS_TEXT = (
    "في من على إلى الى أن ان عن مع هذا هذه التي الذي التى بين كما قد لا ما هو هي أو او"
)
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())

# Strong left-to-right runs (Latin words, numbers, dates) that a visual-order producer
# keeps left-to-right inside the reversed line; they must not be reversed twice.
_LTR_CHAR = r"[0-9A-Za-z\u00c0-\u024f]"
_LTR_RUN_RE = re.compile(rf"{_LTR_CHAR}(?:[0-9A-Za-z\u00c0-\u024f.,:/%\-]*{_LTR_CHAR})?")
_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _direction_score(line: str) -> int:
    """Count tokens that look like logical-order Arabic: article-prefixed words and
    common function words."""
    score = 0
    for word in _WORD_RE.findall(line):
        if word in _COMMON_WORDS or (len(word) > 3 and word.startswith("ال")):
            score += 1
    return score


def reverse_visual_line(line: str) -> str:
    """Reverse a visual-order line, keeping embedded left-to-right runs readable and
    swapping mirrored brackets back."""
    reversed_line = line[::-1].translate(_MIRRORED)
    return _LTR_RUN_RE.sub(lambda match: match.group(0)[::-1], reversed_line)


def repair_visual_order(text: str) -> str:
    """Put Arabic lines that were stored in visual order back into logical order.

    Some PDF producers write right-to-left text as the glyphs appear on the page, from
    left to right, so every Arabic line comes out reversed. There is no flag telling
    which producer did this, so each line is judged on its own: the definite article
    "ال" starts a large share of Arabic words and a handful of function words ("في",
    "من", "على", ...) make up much of any sentence. In a reversed line the article shows
    up as "لا" at word *ends* and the function words vanish. We score the line and its
    reversal by counting article-initial words and function words, and keep the
    reversal only when it scores strictly higher - so ambiguous lines stay untouched.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not _ARABIC_RE.search(line):
            continue
        candidate = reverse_visual_line(line)
        if _direction_score(candidate) > _direction_score(line):
            lines[index] = candidate
    return "\n".join(lines)


_ALEFS = "اأإآ"
_PROCLITICS = "وفبك"


def _unswap_word(word: str) -> str:
    """Turn every alef + lam of *word* that cannot be the article into lam + alef.

    The article sits at the start of the word, or right after a one-letter proclitic
    (و ف ب ك) when a noun follows. A bare two- or three-letter word ("ال", "وال") is no
    article: it is the particle "لا" ("ولا"). Alef-lam before alef maksura is always
    genuine ("إلى"): no word continues lam-alef with it. So is a final alef-lam of a
    longer word: "مجال", "أعمال", "اتصال" are far more common in formal texts than
    adverbs like "مثلا".
    """
    letters = list(word)
    for index in range(len(letters) - 1):
        if letters[index] not in _ALEFS or letters[index + 1] != "ل":
            continue
        if word[index + 2 : index + 3] == "ى" or (len(word) > 3 and index == len(word) - 2):
            continue
        is_article = len(word) > 3 and (
            index == 0 or (index == 1 and letters[0] in _PROCLITICS and len(word) > 4)
        )
        if not is_article:
            letters[index], letters[index + 1] = "ل", letters[index]
    return "".join(letters)


# A lam-alef pair that a damaged text still shows: a lam right before a swapped ligature
# ("ل" + "ال" from "للا", as in "اللامركزي" → "الالمركزي") looks like an intact "لا" followed
# by a lam. Only a lam-alef *not* followed by lam is evidence of an intact text.
_INTACT_LAM_ALEF_RE = re.compile(f"ل[{_ALEFS}](?!ل)")
# Evidence needed before a single line is judged on its own (see repair_lam_alef).
_MIN_LETTERS = 40


def _is_damaged(text: str) -> bool:
    """No intact lam-alef in *text*, and a word with an alef-lam that cannot be the article.

    Lam followed by alef is always drawn as one ligature glyph. When a producer (or the
    extractor, when it re-orders right-to-left runs) flips the two-letter expansion of
    that glyph, every "لا" becomes "ال". Because the ligature is mandatory, a damaged text
    then has no lam-alef of its own ("لا", "إلا", "ولاية", "إعلان" are everywhere in a real
    text) - only the look-alikes a lam in front of a swapped ligature makes.
    """
    if _INTACT_LAM_ALEF_RE.search(text):
        return False
    return any(_unswap_word(word) != word for word in _WORD_RE.findall(text))


def has_swapped_lam_alef(text: str) -> bool:
    """Tell whether the lam-alef ligatures of *text* came out as alef + lam: at least
    40 Arabic letters and :func:`_is_damaged`."""
    return len(_ARABIC_RE.findall(text)) >= _MIN_LETTERS and _is_damaged(text)


def _repair_words(line: str) -> str:
    return _WORD_RE.sub(lambda match: _unswap_word(match.group(0)), line)


def repair_lam_alef(text: str) -> str:
    """Swap alef-lam back to lam-alef, word by word, where the text shows the damage.

    A whole text that :func:`has_swapped_lam_alef` judges damaged is repaired in every
    word. Otherwise each line of 40 Arabic letters or more is judged on its own, so a
    damaged passage (a page or paragraph from another producer) is repaired even when the
    rest of the document is intact; shorter lines are left alone, they are too little
    evidence.

    Known limitations in a damaged passage: a genuine alef-lam in the middle of a word
    ("رسالة") or at the end of a three-letter word ("قال") is swapped too, a final "لا" of a
    long word ("مثلا") is not repaired, and "والية" stays as it is (it reads as proclitic +
    article). The damage this repairs ("إعالن" for "إعلان") is far more frequent in the
    partnership documents this is meant for, and intact text is never touched.
    """
    if not _ARABIC_RE.search(text):
        return text
    if has_swapped_lam_alef(text):
        return _repair_words(text)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if len(_ARABIC_RE.findall(line)) >= _MIN_LETTERS and _is_damaged(line):
            lines[index] = _repair_words(line)
    return "\n".join(lines)


# A vowel mark (harakat, shadda, sukun, superscript alef) written before its letter, with a
# space: "تل ّخص" for "تلخّص". Extractors place a mark by its drawn position, which in
# right-to-left text can lie before the letter it belongs to; no real text puts a mark
# after a space (it needs a letter to sit on).
_DETACHED_MARK_RE = re.compile(rf" ([\u064b-\u0652\u0670]+)({ARABIC_LETTER})")


def repair_detached_marks(text: str) -> str:
    """Put vowel marks that an extractor placed before their letter back after it."""
    return _DETACHED_MARK_RE.sub(lambda match: match.group(2) + match.group(1), text)


_CLOSING_FIRST_RE = re.compile(
    rf"([\])}}])([^\[\](){{}}\n]*{ARABIC_LETTER}[^\[\](){{}}\n]*)([\[({{])"
)
_PAIRS = {"]": "[", ")": "(", "}": "{"}


def repair_mirrored_brackets(text: str) -> str:
    """Turn "]بيان تجريبي[" back into "[بيان تجريبي]".

    In right-to-left text a bracket is a *mirrored* character: the logical opening "["
    is drawn as "]". Extractors that take the glyph's shape instead of its meaning give a
    closing bracket before the Arabic words it encloses and an opening one after them.
    Only a closing-then-opening pair of the same kind around Arabic letters is swapped,
    so Latin text, formulas and intact brackets stay as they are.
    """

    def swap(match: re.Match[str]) -> str:
        closing, inner, opening = match.groups()
        if _PAIRS[closing] != opening:
            return match.group(0)
        return f"{opening}{inner}{closing}"

    return _CLOSING_FIRST_RE.sub(swap, text)


_SEARCH_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "\u0640": None,  # tatweel: a stretching character with no meaning
        "\u0670": None,  # superscript alef
        **{chr(code): None for code in range(0x064B, 0x0653)},  # tanwin, harakat, shadda, sukun
    }
)


def normalise_arabic(text: str) -> str:
    """Fold Arabic spelling variants that users type inconsistently.

    Alef with hamza/madda/wasla becomes bare alef, alef maksura becomes ya, taa marbuta
    becomes ha, and vowel marks (U+064B-U+0652, U+0670) and tatweel are removed. The
    result is for matching only: it is not correct Arabic orthography.
    """
    return text.translate(_SEARCH_TABLE)
