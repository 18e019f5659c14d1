"""What makes a translation catalog unusable, found without GNU gettext.

`compile_catalogs --check` (CI, `make lint`) reports these problems; polib alone only knows
whether an entry is translated. The rules follow `msgfmt --check-format`:

* untranslated or fuzzy entries (a fuzzy translation is a guess that nobody checked);
* a plural entry with a different number of forms than the catalog's `nplurals` (Arabic has
  six), or with an empty form;
* a plural entry whose forms are the same text where the language tells them apart: Arabic
  says "مستند واحد", "مستندان", "3 مستندات", "11 مستندًا", so its forms one, two, few and
  many must differ (`DISTINCT_FORMS`; copying one form into all six passes every other rule);
* python-format placeholders: a translation may not use a named placeholder the original
  lacks (Django would raise KeyError), a singular translation must keep every named
  placeholder, and positional ones (`%s`, `%d`) must match exactly in every form (else
  TypeError);
* python-brace-format placeholders (`{name}`), likewise.
"""

import re

from django.utils.translation import gettext as _

PERCENT = re.compile(r"%(?:\((?P<name>\w+)\))?[#0 +-]*\d*(?:\.\d+)?(?P<type>[diouxXeEfFgGcrsa%])")
BRACE = re.compile(r"(?<!\{)\{(?P<name>[^{}:!]*)(?:[:!][^{}]*)?\}(?!\})")
NPLURALS = re.compile(r"nplurals\s*=\s*(\d+)")
# Plural forms (indexes into msgstr[]) that a language always words differently. Arabic:
# 0 zero, 1 one, 2 two, 3 few (3–10), 4 many (11–99), 5 other (100+, may equal zero).
DISTINCT_FORMS = {"ar": (1, 2, 3, 4)}


def _percent(text):
    named, positional = set(), []
    for match in PERCENT.finditer(text):
        if match["type"] == "%":
            continue
        if match["name"]:
            named.add(match["name"])
        else:
            positional.append(match["type"])
    return named, positional


def _brace(text):
    return {match["name"] for match in BRACE.finditer(text)}


def nplurals(catalog):
    match = NPLURALS.search(catalog.metadata.get("Plural-Forms", ""))
    return int(match[1]) if match else None


def _identical_forms(forms, language):
    indexes = [index for index in DISTINCT_FORMS.get(language, ()) if index < len(forms)]
    texts = [forms[index] for index in indexes]
    return len(set(texts)) < len(texts)


def entry_problems(entry, plural_count, language=None):
    """Problems of one (non-obsolete) catalog entry, as messages."""
    if entry.obsolete:
        return []
    problems = []
    label = entry.msgid[:60]
    if "fuzzy" in entry.flags:
        problems.append(_("fuzzy: %(msgid)s") % {"msgid": label})
    if entry.msgid_plural:
        forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
        if plural_count is not None and len(forms) != plural_count:
            problems.append(
                _("%(found)d plural forms instead of %(expected)d: %(msgid)s")
                % {"found": len(forms), "expected": plural_count, "msgid": label}
            )
    else:
        forms = [entry.msgstr]
    if not all(forms):
        problems.append(_("untranslated: %(msgid)s") % {"msgid": label})
        return problems
    if entry.msgid_plural and _identical_forms(forms, language):
        problems.append(_("identical plural forms: %(msgid)s") % {"msgid": label})
    if "python-format" in entry.flags:
        problems += _format_problems(entry, forms, label, _percent)
    if "python-brace-format" in entry.flags:
        problems += _format_problems(entry, forms, label, lambda text: (_brace(text), []))
    return problems


def _format_problems(entry, forms, label, parse):
    names, positional = parse(entry.msgid)
    if entry.msgid_plural:
        plural_names, _plural_positional = parse(entry.msgid_plural)
        names |= plural_names
    for form in forms:
        form_names, form_positional = parse(form)
        unknown = form_names - names
        missing = names - form_names if not entry.msgid_plural else set()
        if unknown or missing or form_positional != positional:
            return [_("placeholders differ from the original: %(msgid)s") % {"msgid": label}]
    return []


def catalog_problems(catalog):
    count = nplurals(catalog)
    language = catalog.metadata.get("Language", "").split("_")[0].lower() or None
    return [problem for entry in catalog for problem in entry_problems(entry, count, language)]
