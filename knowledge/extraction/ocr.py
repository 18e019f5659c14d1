"""Reading page images with Tesseract, inside the extraction worker.

Why pytesseract and not OCRmyPDF: the portal needs text per page (for search and page
numbers), not a new PDF. OCRmyPDF's pipeline rewrites the whole file (Ghostscript, a PDF/A
conversion, an output file the size of the input) and OCRs every page it is given; here
PDFium already renders exactly the pages whose text layer is unusable, and pytesseract -
a thin, well-kept wrapper around the ``tesseract`` command - returns the words with their
confidence in one call. Tesseract runs as a child process of the worker: it inherits the
worker's address-space limit, and pytesseract kills it after the per-page timeout.

Debian packages: ``tesseract-ocr`` plus ``tesseract-ocr-deu``, ``-fra``, ``-ara``, ``-eng``.
Without them the worker reports the pages as waiting for OCR (``OCR_UNAVAILABLE``) and
``manage.py extract_text --pending-ocr`` reads them once Tesseract is installed.
"""

import os
import shutil
from dataclasses import dataclass
from functools import lru_cache

# Portal language → Tesseract's language data.
TESSERACT_LANGUAGES = {"de": "deu", "fr": "fra", "ar": "ara", "en": "eng"}
ALL_LANGUAGES = tuple(TESSERACT_LANGUAGES)
# One thread per Tesseract process: the pool already runs one worker per core, and
# Tesseract's OpenMP threads would only compete with them (and reserve memory per thread).
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@dataclass(frozen=True)
class OcrOptions:
    """What the caller (the task, from settings) decides about OCR; picklable builtins."""

    enabled: bool = True
    languages: tuple[str, ...] = ALL_LANGUAGES  # portal codes; empty: all four
    dpi: int = 300
    page_timeout: float = 60.0
    max_pages: int = 50
    # Rendered pages larger than this are scaled down (a poster-sized page at 300 dpi).
    max_pixels: int = 40_000_000
    command: str = "tesseract"

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence, 0-100


class OcrUnavailable(Exception):
    """Tesseract (or every language it would need) is not installed."""


@lru_cache(maxsize=8)
def installed_languages(command: str = "tesseract") -> frozenset[str]:
    """Tesseract's installed language data (``deu``, ``ara`` …); empty when it is missing."""
    import pytesseract

    if shutil.which(command) is None:
        return frozenset()
    pytesseract.pytesseract.tesseract_cmd = command
    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractError, pytesseract.TesseractNotFoundError, OSError):
        return frozenset()


def missing_languages(command: str = "tesseract") -> list[str]:
    """The Debian packages still needed for the four portal languages (all of them when
    Tesseract itself is missing), for the admin's installation hint."""
    installed = installed_languages(command)
    if not installed:
        return [
            "tesseract-ocr",
            *(f"tesseract-ocr-{code}" for code in TESSERACT_LANGUAGES.values()),
        ]
    return [
        f"tesseract-ocr-{code}" for code in TESSERACT_LANGUAGES.values() if code not in installed
    ]


def language_argument(options: OcrOptions) -> str:
    """Tesseract's ``-l`` value for *options*, e.g. ``deu+fra``; raises OcrUnavailable."""
    installed = installed_languages(options.command)
    wanted = [TESSERACT_LANGUAGES[code] for code in options.languages or ALL_LANGUAGES]
    usable = [code for code in wanted if code in installed]
    if not options.enabled or not usable:
        raise OcrUnavailable
    return "+".join(usable)


def read_image(image, options: OcrOptions) -> OcrPage:
    """OCR one page image (a Pillow image); words joined per line, lines per paragraph.

    Raises :class:`OcrUnavailable`, or ``RuntimeError`` when the page took longer than
    ``options.page_timeout``.
    """
    import pytesseract

    languages = language_argument(options)
    pytesseract.pytesseract.tesseract_cmd = options.command
    if image.mode in ("L", "RGB"):
        # pytesseract hands the image over as a file in ``image.format`` (PNG by default);
        # PNG's compression cost a fifth of a page's OCR time, an uncompressed PGM/PPM none.
        image.format = "PPM"
    data = pytesseract.image_to_data(
        image,
        lang=languages,
        timeout=options.page_timeout,
        output_type=pytesseract.Output.DICT,
    )
    return _assemble(data)


def _assemble(data: dict) -> OcrPage:
    """Text and mean confidence from Tesseract's word table (one row per layout element,
    words at level 5 with their block, paragraph and line numbers)."""
    paragraphs: dict[tuple, dict[tuple, list[str]]] = {}
    confidences = []
    for index, word in enumerate(data["text"]):
        word = word.strip()
        if data["level"][index] != 5 or not word:
            continue
        paragraph = (data["block_num"][index], data["par_num"][index])
        line = (*paragraph, data["line_num"][index])
        paragraphs.setdefault(paragraph, {}).setdefault(line, []).append(word)
        confidence = float(data["conf"][index])
        if confidence >= 0:
            confidences.append(confidence)
    text = "\n\n".join(
        "\n".join(" ".join(words) for words in lines.values()) for lines in paragraphs.values()
    )
    mean = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrPage(text, round(mean, 1))
