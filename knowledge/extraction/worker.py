"""The child-process side of extraction: parse, clean, detect language, report.

Everything that touches untrusted bytes runs here, in a process that the parent can
kill. The parent sends a header ``(format, memory_limit, ocr options)`` followed by the raw
bytes (the limit is applied before the bytes arrive, so they count against it); the worker
may send ``("progress",)`` while it reads pages by OCR (each renews the deadline) and ends
with a plain tuple ``(status, pages, page_count, language, reason_code, ocr, ocr_waiting,
thumbnail)`` so nothing but builtins crosses the pipe.

This module imports all parsers at import time on purpose: the pool pre-loads it in
the fork server, so every worker starts with the libraries already in memory. Tesseract
runs as a child of the worker and inherits its memory limit.
"""

from multiprocessing.connection import Connection

from knowledge.textnorm import clean_extracted_text, detect_language

from . import reasons
from .formats import Job, ParseFailure, docx, html, image, odt, pdf, text
from .ocr import OcrOptions
from .result import DONE, FAILED, NO_TEXT_LAYER

try:
    import resource
except ImportError:  # not on Windows; the wall-clock timeout still applies there
    resource = None

_PARSERS = {
    "pdf": pdf.parse,
    "image": image.parse,
    "docx": docx.parse,
    "odt": odt.parse,
    "text": text.parse,
    "html": html.parse,
}
# Formats whose parser reads page images (OCR, thumbnails) and so takes the job.
_PAGED = {"pdf", "image"}
PROGRESS = ("progress",)

Reply = tuple


def limit_memory(limit: int | None) -> None:
    """Cap this process's address space at *limit* bytes (RLIMIT_AS); no *limit* lifts
    the cap again.

    Only the soft limit is set, so the next task may set a different one (a worker is
    reused, so a limit must never outlive the file it was meant for). Allocations
    beyond it fail: Python raises MemoryError, C libraries get NULL from malloc.
    """
    if resource is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = hard  # no limit: lift the cap as far as allowed
    if limit:
        soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def failed(code: str) -> Reply:
    return (FAILED, [], None, "", code, [], [], b"")


def run(fmt: str, data: bytes, job: Job | None = None) -> Reply:
    """Extract one file; every failure becomes a reply, nothing propagates."""
    job = job or Job()
    try:
        parse = _PARSERS[fmt]
        parsed = parse(data, job) if fmt in _PAGED else parse(data)
        pages = [clean_extracted_text(page) for page in parsed.page_texts]
    except ParseFailure as failure:
        return failed(failure.code)
    except MemoryError:
        return failed(reasons.MEMORY_LIMIT)
    except Exception:  # noqa: BLE001 - any parser error on bad input means "corrupt"
        return failed(reasons.CORRUPT)
    ocr, waiting = list(parsed.ocr), list(parsed.ocr_waiting)
    if not any(pages):
        if fmt in _PAGED and parsed.page_count:
            code = parsed.ocr_code or reasons.NO_TEXT_LAYER
            return (
                NO_TEXT_LAYER,
                pages,
                parsed.page_count,
                "",
                code,
                ocr,
                waiting,
                parsed.thumbnail,
            )
        return (DONE, [], parsed.page_count, "", "", ocr, waiting, parsed.thumbnail)
    language = detect_language("\n\n".join(page for page in pages if page))
    return (
        DONE,
        pages,
        parsed.page_count,
        language,
        parsed.ocr_code,
        ocr,
        waiting,
        parsed.thumbnail,
    )


def serve(connection: Connection) -> None:
    """Answer extraction requests until the parent closes the pipe."""
    while True:
        try:
            fmt, memory_limit, ocr_options = connection.recv()
            limit_memory(memory_limit)
            data = connection.recv_bytes()
        except (EOFError, OSError):
            return
        except MemoryError:
            # The file alone exceeds the limit; the pipe is out of step now, so stop
            # after answering and let the parent start a fresh worker.
            connection.send(failed(reasons.MEMORY_LIMIT))
            return
        job = Job(OcrOptions(**ocr_options), progress=lambda: connection.send(PROGRESS))
        connection.send(run(fmt, data, job))
