"""Run extractions in worker processes that may be killed, with limits per file.

Parsing untrusted documents can hang, eat memory or crash native code (PDFium is C++).
So parsing never happens in the caller's process: each file goes to a worker process
with an address-space limit (``RLIMIT_AS``) and a wall-clock deadline. A worker that
misses the deadline is killed, one that dies is noticed by its closed pipe, and either
way the file gets a "failed" result and the worker is replaced.

Starting a Python process with PDFium, lxml and python-docx costs far more than
extracting a ten-page PDF, so workers are kept and reused: :class:`Extractor` holds a
small pool and feeds it many files. Workers come from a fork server that has already
imported :mod:`.worker`, so even a replacement starts in milliseconds. A worker is
retired after ``max_tasks_per_worker`` files, or after hitting the memory limit, so
fragmentation or a half-broken library state cannot accumulate.

A worker that dies without answering (killed by the kernel or an operator, a crash in
native code) gets the file once more in a fresh worker (``CRASH_RETRIES``): a one-off
kill must not fail a good file for ever, while a file that crashes the parser every
time fails after the second try with ``worker_crashed``.
"""

import hashlib
import multiprocessing
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Self

from . import reasons
from .errors import ExtractionError
from .ocr import OcrOptions
from .result import FAILED, ExtractionResult
from .validation import DEFAULT_MAX_BYTES, Source, check_content, read_source

DEFAULT_TIMEOUT = 60.0
PROGRESS = ("progress",)  # what worker.PROGRESS arrives as
DEFAULT_MEMORY_LIMIT = 1024 * 1024 * 1024
DEFAULT_MAX_TASKS_PER_WORKER = 500
CRASH_RETRIES = 1
_WORKER_MODULE = "knowledge.extraction.worker"


def _context() -> multiprocessing.context.BaseContext:
    """Prefer a fork server pre-loaded with the parsers: forking it is cheap and safe
    even when the caller has threads. Fall back to spawn where there is none."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([_WORKER_MODULE])
    return context


def _serve(connection) -> None:
    """Worker entry point. The import happens in the child (a no-op when the fork server
    pre-loaded it), so the caller's process never loads the parsers."""
    from .worker import serve

    serve(connection)


#: What ``_collect`` answers for a worker that died with its job.
CRASHED = object()


@dataclass
class _Job:
    index: int
    fmt: str
    data: bytes
    checksum: str
    timeout: float
    memory_limit: int | None
    ocr: OcrOptions
    crashes: int = 0


class _Worker:
    """One child process and the parent's end of its pipe."""

    def __init__(self, context: multiprocessing.context.BaseContext):
        self.connection, child_end = context.Pipe()
        # Daemonic, so a worker never outlives a parent that forgot to close the pool.
        self.process = context.Process(target=_serve, args=(child_end,), daemon=True)
        self.process.start()
        child_end.close()
        self.tasks = 0

    def submit(self, job: _Job) -> None:
        self.connection.send((job.fmt, job.memory_limit, job.ocr.as_dict()))
        self.connection.send_bytes(job.data)

    def kill(self) -> None:
        self.connection.close()
        self.process.kill()
        self.process.join()

    def close(self) -> None:
        """Let an idle worker exit on its own (it stops at end of input)."""
        self.connection.close()
        self.process.join(timeout=1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class Extractor:
    """A reusable pool of extraction workers; use as a context manager.

    ``extract()`` handles one file, ``extract_many()`` streams many through all
    workers at once and yields results in input order. Per-call arguments override the
    pool's defaults. An Extractor is meant to be used from one thread at a time.

    *timeout* bounds each file, and while a worker reads pages by OCR each page renews it:
    a scan of *n* pages may take up to *n* page timeouts (``OcrOptions.page_timeout``, which
    Tesseract itself is held to) plus *timeout*, and never more than ``OcrOptions.max_pages``
    pages are read.
    """

    def __init__(
        self,
        *,
        workers: int | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT,
        memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
        max_tasks_per_worker: int = DEFAULT_MAX_TASKS_PER_WORKER,
        ocr: OcrOptions | None = None,
    ):
        self.workers = workers or os.cpu_count() or 1
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.memory_limit = memory_limit
        self.max_tasks_per_worker = max_tasks_per_worker
        self.ocr = ocr or OcrOptions()
        self._context = _context()
        self._idle: list[_Worker] = []

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Stop all idle workers. The Extractor can still be used; it starts new ones."""
        while self._idle:
            self._idle.pop().close()

    def extract(self, source: Source, filename: str, **limits) -> ExtractionResult:
        """Extract one file; see :meth:`extract_many` for *limits*."""
        return next(self.extract_many([(source, filename)], **limits))

    def extract_many(
        self,
        items: Iterable[tuple[Source, str] | tuple[Source, str, OcrOptions]],
        *,
        max_bytes: int | None = None,
        timeout: float | None = None,
        memory_limit: int | None = None,
    ) -> Iterator[ExtractionResult]:
        """Yield one :class:`ExtractionResult` per ``(path_or_file, filename)``, in order; an
        item may carry its own :class:`OcrOptions` as a third element (the languages of the
        entry that links the file).

        Files are read and validated in this process while the workers parse earlier
        ones; at most ``workers`` files are in flight, so memory stays bounded however
        many items there are.
        """
        limits = (
            max_bytes or self.max_bytes,
            timeout or self.timeout,
            self.memory_limit if memory_limit is None else memory_limit,  # 0: no limit
        )
        pending = enumerate(items)
        busy: dict[object, tuple[_Worker, _Job, float]] = {}
        finished: dict[int, ExtractionResult] = {}
        next_index = 0
        exhausted = False
        try:
            while True:
                while not exhausted and len(busy) < self.workers:
                    item = next(pending, None)
                    if item is None:
                        exhausted = True
                        break
                    index, (source, filename, *ocr) = item
                    ocr = ocr[0] if ocr else self.ocr
                    job = self._prepare(index, source, filename, *limits, ocr, finished)
                    if job is not None:
                        self._dispatch(job, busy, finished)
                while next_index in finished:
                    yield finished.pop(next_index)
                    next_index += 1
                if not busy:
                    if exhausted:
                        return
                    continue
                self._wait(busy, finished)
        finally:
            for worker, _, _ in busy.values():
                worker.kill()

    def _prepare(self, index, source, filename, max_bytes, timeout, memory_limit, ocr, finished):
        """Read and validate one file here; a refused file is finished at once."""
        data, checksum = b"", ""
        try:
            data = read_source(source, max_bytes)
            checksum = hashlib.sha256(data).hexdigest()
            fmt = check_content(data, filename)
        except ExtractionError as error:
            finished[index] = _failed(error.code, checksum)
            return None
        except OSError:
            finished[index] = _failed(reasons.UNREADABLE, checksum)
            return None
        return _Job(index, fmt, data, checksum, timeout, memory_limit, ocr)

    def _dispatch(self, job: _Job, busy: dict, finished: dict) -> None:
        worker = self._idle.pop() if self._idle else _Worker(self._context)
        try:
            worker.submit(job)
        except OSError:  # the worker died while idle or while reading the file
            worker.kill()
            self._crashed(job, busy, finished)
            return
        busy[worker.connection] = (worker, job, time.monotonic() + job.timeout)

    def _crashed(self, job: _Job, busy: dict, finished: dict) -> None:
        """A worker died with *job*: give it to a fresh worker once, then fail it."""
        if job.crashes < CRASH_RETRIES:
            job.crashes += 1
            self._dispatch(job, busy, finished)
        else:
            finished[job.index] = _failed(reasons.WORKER_CRASHED, job.checksum)

    def _wait(self, busy: dict, finished: dict) -> None:
        """Wait for the next reply or deadline; collect replies, kill overdue workers."""
        first_deadline = min(deadline for _, _, deadline in busy.values())
        for connection in wait(list(busy), timeout=max(0.0, first_deadline - time.monotonic())):
            worker, job, _ = busy.pop(connection)
            result = self._collect(worker, job)
            if result is None:  # still working (an OCR page done): a new deadline
                busy[connection] = (worker, job, time.monotonic() + job.timeout)
            elif result is CRASHED:
                self._crashed(job, busy, finished)
            else:
                finished[job.index] = result
        now = time.monotonic()
        for connection, (worker, job, deadline) in list(busy.items()):
            if deadline <= now:
                del busy[connection]
                worker.kill()
                finished[job.index] = _failed(reasons.TIMEOUT, job.checksum)

    def _collect(self, worker: _Worker, job: _Job) -> ExtractionResult | None:
        """The result of *job*; None when the worker only reported progress, ``CRASHED``
        when it died instead (killed, crashed in native code)."""
        try:
            reply = worker.connection.recv()
        except (EOFError, OSError):
            worker.kill()
            return CRASHED
        if reply == PROGRESS:
            return None
        status, pages, page_count, language, code, ocr, waiting, thumbnail = reply
        worker.tasks += 1
        if code == reasons.MEMORY_LIMIT or worker.tasks >= self.max_tasks_per_worker:
            worker.kill()
        else:
            self._idle.append(worker)
        return ExtractionResult(
            status=status,
            text="\n\n".join(page for page in pages if page),
            page_count=page_count,
            language=language,
            checksum=job.checksum,
            reason=reasons.message_for(code),
            reason_code=code,
            pages=tuple(pages),
            ocr=tuple(tuple(item) for item in ocr),
            ocr_waiting=tuple(waiting),
            thumbnail=thumbnail,
        )


def _failed(code: str, checksum: str = "") -> ExtractionResult:
    return ExtractionResult(
        status=FAILED, checksum=checksum, reason=reasons.message_for(code), reason_code=code
    )
