"""Isolate Latin-script runs inside right-to-left text, and mark German names in other languages.

Arabic pages quote Latin-script names, addresses, e-mail addresses and URLs. Left to the
Unicode bidi algorithm, the neutral characters next to such a run (full stops, commas,
brackets, slashes) attach to the wrong side and the run comes out scrambled, e.g. a trailing
"/" or "." jumps to the other end. Wrapping each run in ``<bdi dir="ltr">`` isolates it.

This happens when rendering, on text nodes only, so editors and translators need no markup.
Markup would not survive translation anyway: wagtail-localize only keeps a few inline tags
in its segments, none with attributes, and splits a sentence at any other element.

German names in a page of another language get ``lang="de"`` (WCAG 3.1.2), so that screen
readers pronounce them as German. Which names are German cannot be guessed reliably from the
text ("Düsseldorf" is a proper name in every language), so they are listed in GERMAN_NAMES.
"""

import re
from functools import lru_cache

from bs4 import BeautifulSoup, NavigableString

# Names the portal keeps in German in every language. Add a name here when content in French,
# Arabic or English starts quoting it in German.
GERMAN_NAMES = ("Förderverein für kommunale Entwicklungspolitische Zusammenarbeit",)
# A German name may continue with a quoted part, e.g. „Düsseldorf-Marrakesch“.
_QUOTED_SUFFIX = r"(?:\s*[„\"“][^„\"“”]{1,80}[“”\"])?"

_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_WORD = rf"[{_LATIN}0-9][{_LATIN}0-9\u0300-\u036f]*"
# Characters that join words into one token without a space: e-mail addresses, URLs,
# hyphenated names.
_TOKEN = rf"{_WORD}(?:[-.@/:_+&'’#%?=~]+{_WORD})*/?"
# What may stand between two Latin tokens of the same run.
_SEPARATOR = r"[\s,;:()\[\]„“”\"«»‹›–—&+.!?]+"
LATIN_RUN = re.compile(rf"{_TOKEN}(?:{_SEPARATOR}{_TOKEN})*")
_LATIN_LETTER = re.compile(rf"[{_LATIN}]")
_OPENERS = '([„“«‹"'
_CLOSERS = ')]“”»›"’'
# A quick test on raw HTML: is there a Latin letter in some text node?
_LATIN_IN_TEXT = re.compile(rf">[^<]*[{_LATIN}]")

# Text in these elements is left alone: already isolated, code, or not rendered as text.
_SKIPPED = frozenset({"bdi", "script", "style", "textarea", "code", "pre", "kbd", "samp"})


@lru_cache(maxsize=1)
def _german_names():
    names = sorted(GERMAN_NAMES, key=len, reverse=True)
    return re.compile("|".join(rf"{re.escape(name)}{_QUOTED_SUFFIX}" for name in names))


def isolate(html, language_code, rtl):
    """`html` with German names marked (outside German) and Latin runs isolated (in RTL).

    Returns the input unchanged when there is nothing to do, so that pages without mixed
    text are not re-serialised.
    """
    mark_german = language_code != "de" and any(name in html for name in GERMAN_NAMES)
    isolate_latin = rtl and _LATIN_IN_TEXT.search(">" + html) is not None
    if not (mark_german or isolate_latin):
        return html
    soup = BeautifulSoup(html, "html.parser")
    changed = False
    for node in soup.find_all(string=True):
        if type(node) is not NavigableString or _is_isolated(node):
            continue
        pieces = _pieces(str(node), mark_german, isolate_latin)
        if len(pieces) == 1 and isinstance(pieces[0], str):
            continue
        node.replace_with(*(_node(soup, piece, rtl) for piece in pieces))
        changed = True
    return str(soup) if changed else html


def _is_isolated(node):
    return any(
        parent.name in _SKIPPED or parent.has_attr("dir")
        for parent in node.parents
        if parent.name != "[document]"
    )


def _pieces(text, mark_german, isolate_latin):
    """Split `text` into plain strings and ("de" | "ltr", run) pairs."""
    parts = [text]
    if mark_german:
        parts = _split(parts, _german_name_spans, "de")
    if isolate_latin:
        parts = _split(parts, _latin_runs, "ltr")
    return [part for part in parts if part]


def _split(parts, find, kind):
    result = []
    for part in parts:
        if not isinstance(part, str):
            result.append(part)
            continue
        position = 0
        for start, end in find(part):
            result.append(part[position:start])
            result.append((kind, part[start:end]))
            position = end
        result.append(part[position:])
    return result


def _german_name_spans(text):
    return (match.span() for match in _german_names().finditer(text))


def _latin_runs(text):
    """Runs with at least one Latin letter; a closing bracket or quote opened inside joins."""
    for match in LATIN_RUN.finditer(text):
        run = match.group()
        if not _LATIN_LETTER.search(run):
            continue  # digits alone stay in the surrounding text
        end = match.end()
        if any(char in _OPENERS for char in run):
            while end < len(text) and text[end] in _CLOSERS:
                end += 1
        yield match.start(), end


def _node(soup, piece, rtl):
    if isinstance(piece, str):
        return NavigableString(piece)
    kind, text = piece
    if kind == "ltr":
        tag = soup.new_tag("bdi", attrs={"dir": "ltr"})
    elif rtl:
        tag = soup.new_tag("bdi", attrs={"dir": "ltr", "lang": kind})
    else:
        tag = soup.new_tag("span", attrs={"lang": kind})
    tag.string = text
    return tag
