"""Gender-inclusive spellings find the base word and each other, in both directions."""

import re

import pytest

from knowledge.search.folding import fold, query_terms
from knowledge.textnorm.gender import RULES, fold_gender_forms
from search.analysis import ANALYSIS, LANGUAGE_ANALYZERS

from .factories import ArchiveDocumentFactory, make_entry


@pytest.mark.parametrize(
    "forms",
    [
        ("Kassenprüferinnen", "Kassenprüferin", "Kassenprüfer"),
        ("Unterstützer*innen", "Unterstützer:innen", "UnterstützerInnen", "Unterstützer"),
        ("Akteur*innen", "Akteur_innen", "Akteur·innen", "Akteurinnen", "Akteurin", "Akteur"),
        ("Lehrer/innen", "Lehrer/-innen", "Lehrer*in", "LehrerIn", "Lehrer"),
        ("Präsidentinnen", "Präsidentin", "Präsident"),
        ("élu·e·s", "élu.e.s", "élus"),
        ("étudiant·e", "étudiant"),
    ],
)
def test_gender_forms_fold_to_the_same_query_word(forms):
    assert len({tuple(query_terms(form)) for form in forms}) == 1, [
        query_terms(form) for form in forms
    ]


@pytest.mark.parametrize(
    "word",
    ["Berlin", "Termin", "Medizin", "Benzin", "Kabine", "beginnen", "gewinnen", "innen", "Binnen"],
)
def test_words_that_merely_end_in_in_keep_it(word):
    assert fold(word) == fold(word, for_index=True) == word.casefold()


def test_indexed_french_text_keeps_the_feminine_plural_too():
    assert fold("les élu·e·s", for_index=True) == "les elus elues"
    assert query_terms("élu·e·s") == ["elus"]


def test_elasticsearch_analyzers_apply_the_same_rules_before_tokenising():
    filters = ANALYSIS["char_filter"]
    assert [filters[f"portal_{rule.name}"]["pattern"] for rule in RULES] == [
        rule.pattern for rule in RULES
    ]
    for name in [*LANGUAGE_ANALYZERS.values(), "default"]:
        assert ANALYSIS["analyzer"][name]["char_filter"] == list(filters)


@pytest.mark.parametrize(
    "text",
    [
        "Die Unterstützer*innen und Akteur:innen des Vereins",
        "Bericht der Kassenprüferinnen, der Kassenprüferin und der UnterstützerInnen",
        "Les élu·e·s et les étudiant·e·s de Marrakech, Termin in Berlin",
    ],
)
def test_the_elasticsearch_patterns_read_in_python_give_the_database_fold(text):
    """The character filters as Elasticsearch gets them, applied with Python's re (Java
    replacement syntax converted), give what the database search indexes as a query."""
    applied = text
    for definition in ANALYSIS["char_filter"].values():
        replacement = re.sub(r"\$(\d)", r"\\g<\1>", definition["replacement"])
        applied = re.sub(definition["pattern"], replacement, applied)
    assert applied == fold_gender_forms(text)


@pytest.fixture
def gender_entries(db):
    texts = {
        "plural": "Bericht der Kassenprüferinnen über das Jahr.",
        "singular": "Die Kassenprüferin prüfte die Kasse.",
        "base": "Die Kassenprüfer prüften die Kasse.",
        "star": "Dank an alle Unterstützer*innen des Vereins.",
        "plain": "Dank an alle Unterstützer des Vereins.",
        "median": "Les élu·e·s de Marrakech.",
        "masculine": "Les élus de Marrakech.",
    }
    for name, text in texts.items():
        document = ArchiveDocumentFactory(text=text)
        make_entry(title=f"Gendertest {name}", files=[(document, "de")])


def _found(client, query):
    data = client.get("/de/archiv/", {"q": query, "format": "json"}).json()
    titles = [result["title"] for result in data["results"]]
    # Only this module's entries (the demo archive has its own words).
    return {title.removeprefix("Gendertest ") for title in titles if title.startswith("Gender")}


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Kassenprüferinnen", "Kassenprüferin", "Kassenprüfer"])
def test_feminine_and_base_forms_find_each_other(client, gender_entries, query):
    assert _found(client, query) == {"plural", "singular", "base"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["Unterstützer", "Unterstützer*innen", "UnterstützerInnen", "Unterstützer:innen"]
)
def test_marked_forms_and_the_base_word_find_each_other(client, gender_entries, query):
    assert _found(client, query) == {"star", "plain"}


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("élu·e·s", {"median", "masculine"}),
        ("élus", {"median", "masculine"}),
        ("élues", {"median"}),
    ],
)
def test_point_median_matches_the_masculine_and_feminine_plural(
    client, gender_entries, query, found
):
    assert _found(client, query) == found


@pytest.mark.django_db
@pytest.mark.postgres
def test_a_word_ending_in_in_is_not_cut_on_postgresql(client):
    make_entry(title="Gendertest Terminplan", summary="Der Termin in Berlin steht.")
    assert _found(client, "Term") == set()
    assert _found(client, "Berl") == set()
    assert _found(client, "Termin") == {"Terminplan"}
