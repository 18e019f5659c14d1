"""Text normalisation shared by indexing and querying of the knowledge base.

* :func:`clean_extracted_text` - repairs parser output before it is stored.
* :func:`normalise_for_search` - the comparison form used on both sides of a search.
* :func:`normalise_arabic`, :func:`fold_accents` - the folding steps on their own.
* :func:`detect_language` - de/fr/ar/en guess for a document.
"""

from .arabic import normalise_arabic, repair_lam_alef, repair_visual_order
from .cleanup import clean_extracted_text, collapse_whitespace
from .language import detect_language
from .search import fold_accents, normalise_for_search

__all__ = [
    "clean_extracted_text",
    "collapse_whitespace",
    "detect_language",
    "fold_accents",
    "normalise_arabic",
    "normalise_for_search",
    "repair_lam_alef",
    "repair_visual_order",
]
