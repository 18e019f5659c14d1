"""Text extraction for the knowledge base: PDF, DOCX, ODT, TXT and HTML in, clean text
out, with bad or hostile files turned into a "failed" result instead of an exception.

Typical use::

    validate_upload(upload, upload.name)          # in the form: refuse early
    result = extract(path, "erklaerung.pdf")      # in the background task
    with Extractor() as extractor:                # many files: reuse worker processes
        for result in extractor.extract_many((p, p.name) for p in paths): ...

The package is plain Python: no models, no settings needed to import it. Messages in
``ExtractionResult.reason`` and ``ExtractionError`` are lazy translations.
"""

from .errors import ExtractionError
from .pool import DEFAULT_MEMORY_LIMIT, DEFAULT_TIMEOUT, Extractor
from .result import DONE, FAILED, NO_TEXT_LAYER, ExtractionResult
from .validation import ALLOWED_EXTENSIONS, DEFAULT_MAX_BYTES, Source, validate_upload


def extract(
    path_or_file: Source,
    filename: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
) -> ExtractionResult:
    """Extract the text of one file in a fresh, limited worker process.

    *filename* decides the expected format (its extension); the content must match it.
    Never raises for bad input: see ``status``, ``reason`` and ``reason_code``. For more
    than a handful of files use :class:`Extractor`, which keeps its workers.
    """
    with Extractor(
        workers=1, max_bytes=max_bytes, timeout=timeout, memory_limit=memory_limit
    ) as extractor:
        return extractor.extract(path_or_file, filename)


__all__ = [
    "ALLOWED_EXTENSIONS",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MEMORY_LIMIT",
    "DEFAULT_TIMEOUT",
    "DONE",
    "FAILED",
    "NO_TEXT_LAYER",
    "ExtractionError",
    "ExtractionResult",
    "Extractor",
    "extract",
    "validate_upload",
]
