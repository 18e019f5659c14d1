"""The interface catalogs are complete in all four languages, and the checker that CI runs
(`compile_catalogs --check`) rejects what would break or leak untranslated text."""

from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.utils import translation

from portal.catalog_check import catalog_problems

LANGUAGES = ("de", "fr", "ar", "en")
ARABIC_HEADER = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Language: ar\\n"\n'
    '"Plural-Forms: nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : '
    'n%100>=3 && n%100<=10 ? 3 : n%100>=11 && n%100<=99 ? 4 : 5;\\n"\n\n'
)


def catalog(code):
    return polib.pofile(str(Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_catalog_is_complete_and_valid(code):
    po = catalog(code)
    assert po.metadata["Language"] == code
    assert po.percent_translated() == 100
    assert not [entry.msgid for entry in po.fuzzy_entries()]
    assert catalog_problems(po) == []


def test_the_catalogs_hold_the_same_messages():
    ids = {
        code: {(e.msgctxt, e.msgid) for e in catalog(code) if not e.obsolete} for code in LANGUAGES
    }
    assert ids["fr"] == ids["de"] == ids["ar"] == ids["en"]


def test_the_check_passes_and_writes_nothing(tmp_path, settings):
    folder = tmp_path / "ar" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        ARABIC_HEADER + 'msgid "Hello"\nmsgstr "مرحبا"\n', encoding="utf-8"
    )
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile_catalogs", "--check", stdout=StringIO())
    assert not (folder / "django.mo").exists()


BROKEN = {
    "fuzzy": '#, fuzzy\nmsgid "Hello"\nmsgstr "مرحبا"\n',
    "untranslated": 'msgid "Hello"\nmsgstr ""\n',
    "2 plural forms instead of 6": (
        '#, python-format\nmsgid "%(n)s page"\nmsgid_plural "%(n)s pages"\n'
        'msgstr[0] "%(n)s صفحة"\nmsgstr[1] "%(n)s صفحات"\n'
    ),
    "identical plural forms": (
        '#, python-format\nmsgid "%(n)s result"\nmsgid_plural "%(n)s results"\n'
        + "".join(f'msgstr[{index}] "%(n)s نتيجة"\n' for index in range(6))
    ),
    "placeholders differ": ('#, python-format\nmsgid "Hello %(name)s"\nmsgstr "مرحبا %(nom)s"\n'),
    "placeholders differ ": '#, python-format\nmsgid "%d pages"\nmsgstr "صفحات"\n',
}


@pytest.mark.parametrize("problem", BROKEN)
def test_the_check_rejects_a_broken_entry(tmp_path, settings, problem):
    folder = tmp_path / "ar" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(ARABIC_HEADER + BROKEN[problem], encoding="utf-8")
    settings.LOCALE_PATHS = [tmp_path]
    with translation.override("en"), pytest.raises(CommandError, match=problem.strip()):
        call_command("compile_catalogs", "--check")
    assert not (folder / "django.mo").exists()


def test_arabic_plurals_name_one_two_few_and_many_differently():
    with translation.override("ar"):
        counts = [
            translation.ngettext("%(counter)s result", "%(counter)s results", n)
            for n in (1, 2, 3, 11)
        ]
    assert len(set(counts)) == 4


def test_a_language_with_two_forms_may_repeat_a_form(tmp_path, settings):
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: fr\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        'msgid "%(n)s time"\nmsgid_plural "%(n)s times"\nmsgstr[0] "%(n)s fois"\n'
        'msgstr[1] "%(n)s fois"\n',
        encoding="utf-8",
    )
    settings.LOCALE_PATHS = [tmp_path]
    call_command("compile_catalogs", "--check", stdout=StringIO())
