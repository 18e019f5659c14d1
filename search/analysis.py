"""Language analysis for the Elasticsearch indexes.

Wagtail keeps all pages of all locales in one index per root model, and its mapping has no
notion of a document's language. Rather than one index per language (which the backend cannot
route to), every text field gets one sub-field per portal language (``title.de``,
``_all_text.fr``, …) analysed with that language's stemmer; the plain field keeps the
language-neutral analysis. A query searches the plain field and the sub-field of the language
the visitor is reading in, so "Partnerschaften" on /de/ finds "Partnerschaft" and
"déclarations" on /fr/ finds "déclaration", while exact words match in every language.

The analyzers are built from Elasticsearch's own token filters (no plugins needed), so a stock
single node or a hosted cluster accepts them.
"""

from copy import deepcopy

from knowledge.textnorm.gender import elasticsearch_char_filters

#: Gender-inclusive spellings folded to the base word before tokenising, the same rules the
#: archive's database search applies (knowledge.textnorm.gender): "Unterstützer*innen" and
#: "Kassenprüferinnen" are indexed and searched as "Unterstützer" and "Kassenprüfer".
GENDER_CHAR_FILTERS = elasticsearch_char_filters()

#: Portal language code -> name of the analyzer used for its sub-fields.
LANGUAGE_ANALYZERS = {
    "de": "portal_german",
    "fr": "portal_french",
    "en": "portal_english",
    "ar": "portal_arabic",
}

#: The analysis section merged into Wagtail's index settings (INDEX_SETTINGS).
ANALYSIS = {
    "char_filter": GENDER_CHAR_FILTERS,
    "filter": {
        "portal_german_stop": {"type": "stop", "stopwords": "_german_"},
        "portal_german_stemmer": {"type": "stemmer", "language": "light_german"},
        "portal_french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu"],
        },
        "portal_french_stop": {"type": "stop", "stopwords": "_french_"},
        "portal_french_stemmer": {"type": "stemmer", "language": "light_french"},
        "portal_english_stop": {"type": "stop", "stopwords": "_english_"},
        "portal_english_stemmer": {"type": "stemmer", "language": "english"},
        "portal_english_possessive": {"type": "stemmer", "language": "possessive_english"},
        "portal_arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
        "portal_arabic_stemmer": {"type": "stemmer", "language": "arabic"},
    },
    "analyzer": {
        # Umlauts may be omitted ("Dusseldorf"): german_normalization folds ä/ö/ü/ß.
        "portal_german": {
            "type": "custom",
            "char_filter": list(GENDER_CHAR_FILTERS),
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "portal_german_stop",
                "german_normalization",
                "portal_german_stemmer",
                "asciifolding",
            ],
        },
        # Accents may be omitted ("cooperation decentralisee"): asciifolding after stemming.
        "portal_french": {
            "type": "custom",
            "char_filter": list(GENDER_CHAR_FILTERS),
            "tokenizer": "standard",
            "filter": [
                "portal_french_elision",
                "lowercase",
                "portal_french_stop",
                "portal_french_stemmer",
                "asciifolding",
            ],
        },
        "portal_english": {
            "type": "custom",
            "char_filter": list(GENDER_CHAR_FILTERS),
            "tokenizer": "standard",
            "filter": [
                "portal_english_possessive",
                "lowercase",
                "portal_english_stop",
                "portal_english_stemmer",
                "asciifolding",
            ],
        },
        # arabic_normalization folds alef variants, alef maksura, taa marbuta and removes
        # tashkeel and tatweel; the light stemmer removes the article ال and common affixes.
        "portal_arabic": {
            "type": "custom",
            "char_filter": list(GENDER_CHAR_FILTERS),
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "decimal_digit",
                "portal_arabic_stop",
                "arabic_normalization",
                "portal_arabic_stemmer",
            ],
        },
        # The index's default analyzer, used by the plain (language-neutral) fields: case and
        # accents folded, so exact words match whatever the language.
        "default": {
            "type": "custom",
            "char_filter": list(GENDER_CHAR_FILTERS),
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "arabic_normalization"],
        },
    },
}


def index_settings():
    """The INDEX_SETTINGS fragment for Wagtail's Elasticsearch backend (a fresh copy)."""
    return {"settings": {"analysis": deepcopy(ANALYSIS)}}


def language_subfields():
    """The ``fields`` entry added to a text field's mapping: one sub-field per language."""
    return {
        code: {"type": "text", "analyzer": analyzer}
        for code, analyzer in LANGUAGE_ANALYZERS.items()
    }


def query_language(language_code):
    """The portal language whose analyzer applies to a query in ``language_code`` (or None)."""
    if not language_code:
        return None
    code = language_code.split("-")[0].lower()
    return code if code in LANGUAGE_ANALYZERS else None
