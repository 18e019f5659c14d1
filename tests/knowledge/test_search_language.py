"""Language-aware matching: folding everywhere, stemming on PostgreSQL."""

import pytest

from knowledge.search.folding import fold, query_terms
from knowledge.search.snippets import make_snippet

from .factories import ArchiveDocumentFactory, make_entry

pytestmark = pytest.mark.django_db

TEXTS = {
    "de": "Die Partnerschaft der Städte Düsseldorf und Marrakesch wird vertieft.",
    "fr": "Déclaration d’intention sur la coopération décentralisée entre les villes.",
    "en": "The results of the workshop on youth exchange and sustainable tourism.",
    "ar": "إعلان نوايا بشأن الشراكة بين مدينتي دوسلدورف ومراكش في مجال التعليم.",
}


def test_arabic_article_and_clitics_are_folded_away():
    assert fold("الشراكة") == fold("شراكة") == fold("والشراكة") == "شراك"
    assert fold("بالمدرسة") == fold("مدرسة")


def test_arabic_suffixes_are_light_stemmed_like_elasticsearch():
    # Plural and feminine endings (light10, as Lucene's arabic stemmer).
    assert fold("الشراكات") == fold("شراكة") == "شراك"
    assert fold("المعلمون") == fold("معلمين") == fold("معلم")
    assert fold("الاتفاقيات") == fold("اتفاقية")
    # A stem keeps at least two letters.
    assert fold("هو") == "هو" and fold("بها") == "بها"
    assert fold("ال") == "ال"  # too short to be an article


def test_latin_accents_and_case_are_folded():
    assert fold("Coopération DÉCENTRALISÉE") == "cooperation decentralisee"
    assert query_terms("Düsseldorf düsseldorf, Marrakesch") == ["dusseldorf", "marrakesch"]


def test_snippet_marks_inflected_forms_and_escapes_html():
    snippet = make_snippet("<b>Workshop</b> über Partnerschaft", query_terms("workshops"))
    assert "&lt;b&gt;<mark>Workshop</mark>&lt;/b&gt;" in snippet


@pytest.fixture
def language_entries():
    entries = {}
    for code, text in TEXTS.items():
        document = ArchiveDocumentFactory(text=text, filename=f"{code}.txt")
        entries[code] = make_entry(title=f"Sprachtest {code}", files=[(document, code)])
    return entries


def _titles(client, query):
    response = client.get("/de/archiv/", {"q": query, "format": "json"})
    return {result["title"] for result in response.json()["results"]}


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("dusseldorf", "de"),
        ("cooperation decentralisee", "fr"),
        ("شراكة", "ar"),
        ("الشراكات", "ar"),
    ],
)
def test_folding_matches_on_every_database(client, language_entries, query, code):
    assert f"Sprachtest {code}" in _titles(client, query)


@pytest.mark.postgres
@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Partnerschaften", "de"),
        ("Städte", "de"),
        ("déclarations", "fr"),
        ("coopérations décentralisées", "fr"),
        ("workshops", "en"),
        ("result", "en"),
        ("الشراكة", "ar"),
        ("شراكة", "ar"),
        ("والتعليم", "ar"),
    ],
)
def test_stems_match_on_postgresql(client, language_entries, query, code):
    assert f"Sprachtest {code}" in _titles(client, query)


@pytest.mark.postgres
def test_all_words_must_match_on_postgresql(client, language_entries):
    assert (
        _titles(client, "Partnerschaften workshops")
        & {
            "Sprachtest de",
            "Sprachtest en",
        }
        == set()
    )


@pytest.mark.postgres
def test_the_vector_is_gin_indexed(django_db_blocker):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'knowledge_archivesearchentry'"
        )
        definitions = " ".join(row[0] for row in cursor.fetchall())
    assert "USING gin (vector)" in definitions
