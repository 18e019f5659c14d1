"""The child-process side of extraction: parse, clean, detect language, report.

Everything that touches untrusted bytes runs here, in a process that the parent can
kill. The parent sends a header ``(format, memory_limit)`` followed by the raw bytes (the
limit is applied before the bytes arrive, so they count against it);
the worker answers with a plain tuple ``(status, text, page_count, language,
reason_code)`` so nothing but builtins crosses the pipe.

This module imports all parsers at import time on purpose: the pool pre-loads it in
the fork server, so every worker starts with the libraries already in memory.
"""

from multiprocessing.connection import Connection

from knowledge.textnorm import clean_extracted_text, detect_language

from . import reasons
from .formats import ParseFailure, docx, html, odt, pdf, text
from .result import DONE, FAILED, NO_TEXT_LAYER

try:
    import resource
except ImportError:  # not on Windows; the wall-clock timeout still applies there
    resource = None

_PARSERS = {
    "pdf": pdf.parse,
    "docx": docx.parse,
    "odt": odt.parse,
    "text": text.parse,
    "html": html.parse,
}

Reply = tuple[str, str, int | None, str, str]


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


def run(fmt: str, data: bytes) -> Reply:
    """Extract one file; every failure becomes a reply, nothing propagates."""
    try:
        parsed = _PARSERS[fmt](data)
        cleaned = clean_extracted_text(parsed.text)
    except ParseFailure as failure:
        return (FAILED, "", None, "", failure.code)
    except MemoryError:
        return (FAILED, "", None, "", reasons.MEMORY_LIMIT)
    except Exception:  # noqa: BLE001 - any parser error on bad input means "corrupt"
        return (FAILED, "", None, "", reasons.CORRUPT)
    if not cleaned:
        status = NO_TEXT_LAYER if fmt == "pdf" and parsed.page_count else DONE
        code = reasons.NO_TEXT_LAYER if status == NO_TEXT_LAYER else ""
        return (status, "", parsed.page_count, "", code)
    return (DONE, cleaned, parsed.page_count, detect_language(cleaned), "")


def serve(connection: Connection) -> None:
    """Answer extraction requests until the parent closes the pipe."""
    while True:
        try:
            fmt, memory_limit = connection.recv()
            limit_memory(memory_limit)
            data = connection.recv_bytes()
        except (EOFError, OSError):
            return
        except MemoryError:
            # The file alone exceeds the limit; the pipe is out of step now, so stop
            # after answering and let the parent start a fresh worker.
            connection.send((FAILED, "", None, "", reasons.MEMORY_LIMIT))
            return
        connection.send(run(fmt, data))
