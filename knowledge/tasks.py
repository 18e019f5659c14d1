"""Background text extraction (django-tasks; worker: ``python manage.py db_worker``).

The task reads the stored file, extracts it in a sandboxed worker process (time and
memory limits, see :mod:`knowledge.extraction.pool`) and records the outcome on the
document. Any outcome - including a crash of the parser - ends as a status with a
reason; the task itself never raises for bad input, so the queue keeps going.

The task worker is a long-lived process that runs one task after the other, so it keeps
one :class:`~knowledge.extraction.Extractor` (and its parser child) for its whole life
instead of starting a child per file. A child that timed out, crashed or hit the memory
limit is replaced by the pool; an idle one ends with the worker.
"""

import logging
import operator
import os
import threading
from functools import reduce
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.exceptions import TaskResultDoesNotExist
from wagtail.search import index

from knowledge.extraction import FAILED, Extractor
from knowledge.extraction import reasons as reason_codes
from knowledge.extraction.ocr import ALL_LANGUAGES, OcrOptions

logger = logging.getLogger(__name__)
_local = threading.local()


def extractor() -> Extractor:
    """This thread's extractor with one parser child, created on first use.

    Per thread because an Extractor is not thread-safe; per process (the pid check)
    because a forked copy must not share its parent's pipes.
    """
    pool = getattr(_local, "extractor", None)
    if pool is None or _local.pid != os.getpid():
        pool = _local.extractor = Extractor(workers=1)
        _local.pid = os.getpid()
    return pool


def _limits() -> dict:
    memory_mb = settings.KNOWLEDGE_EXTRACTION_MEMORY_MB
    return {
        "max_bytes": settings.KNOWLEDGE_MAX_UPLOAD_BYTES,
        "timeout": settings.KNOWLEDGE_EXTRACTION_TIMEOUT,
        "memory_limit": memory_mb * 1024 * 1024,  # 0: no limit
    }


def ocr_options(document) -> OcrOptions:
    """OCR settings for *document*: the languages of the entries that link it (all four when
    it is linked nowhere yet, or only with unknown languages)."""
    linked = set(document.entry_links.values_list("language", flat=True))
    languages = tuple(code for code in ALL_LANGUAGES if code in linked) or ALL_LANGUAGES
    return OcrOptions(
        enabled=settings.KNOWLEDGE_OCR_ENABLED,
        languages=languages,
        dpi=settings.KNOWLEDGE_OCR_DPI,
        page_timeout=settings.KNOWLEDGE_OCR_PAGE_TIMEOUT,
        max_pages=settings.KNOWLEDGE_OCR_MAX_PAGES,
        command=settings.KNOWLEDGE_OCR_COMMAND,
    )


def _extract_stored_file(document):
    """Extract from the stored file: straight from disk when the storage has paths,
    otherwise read through the storage."""
    source = _source(document)
    try:
        item = (source, document.file.name, ocr_options(document))
        return next(extractor().extract_many([item], **_limits()))
    finally:
        if hasattr(source, "close"):
            source.close()


def _fields(result) -> dict:
    """The document's columns after *result*: the text per page replaces any correction (a
    new file, or a new reading of it); ``thumbnail`` is stored apart (see _store_many)."""
    from knowledge.models.documents import join_pages

    text, starts = join_pages(result.pages) if result.pages else ("", [])
    fields = {
        "extraction_status": result.status,
        "extraction_reason": result.reason_code,
        "extracted_text": text,
        "page_starts": starts,
        "ocr_pages": [list(item) for item in result.ocr],
        "text_corrected_at": None,
        "page_count": result.page_count,
        "language": result.language,
        "thumbnail": result.thumbnail,
    }
    if result.checksum:
        fields["checksum"] = result.checksum
    return fields


_UNREADABLE = {
    "extraction_status": FAILED,
    "extraction_reason": reason_codes.UNREADABLE,
    "thumbnail": None,
}


def extract_now(document, *, defer_index: bool = False) -> str:
    """Extract *document*'s file, store the result and refresh the search indexes.

    Returns the new status. With *defer_index* (the background task) the document's
    entry in Wagtail's search index - which makes the admin's document search find its
    text - is left to :func:`index_extracted_documents`; the archive's own index is
    updated at once.
    """
    try:
        fields = _fields(_extract_stored_file(document))
    except Exception:  # a task boundary: record the failure instead of leaving "pending"
        logger.exception("Could not extract document %s", document.pk)
        fields = _UNREADABLE
    [status] = _store_many([(document, fields)], index_now=not defer_index)
    if defer_index:
        _queue_index_run()
    return status


def extract_all_now(documents) -> list[str]:
    """Extract many documents on all cores and store the results (``import_archive
    --sync``); Wagtail's index is updated once for all of them at the end.

    Returns the statuses in order. One process per core parses while this one reads
    the next files and writes the finished ones, which is what makes a bulk import reach
    the throughput of the extraction pool instead of one file after the other.
    """
    documents = list(documents)
    sources, failed = [], set()
    for document in documents:
        try:
            sources.append((_source(document), document.file.name, ocr_options(document)))
        except Exception:  # the stored file is gone or the storage is unreachable
            logger.exception("Could not open document %s", document.pk)
            failed.add(document.pk)
    statuses, batch = [], []
    workers = max(1, min(len(sources), os.cpu_count() or 1))
    with Extractor(workers=workers) as pool:
        results = pool.extract_many(sources, **_limits())
        for document in documents:
            fields = _UNREADABLE if document.pk in failed else _fields(next(results))
            batch.append((document, fields))
            if len(batch) == STORE_BATCH:
                statuses += _store_many(batch)
                batch = []
        statuses += _store_many(batch)
    for source, *_ in sources:
        if hasattr(source, "close"):
            source.close()
    index_extracted_documents.call()
    return statuses


# Results written per UPDATE batch: the workers parse the next files meanwhile.
STORE_BATCH = 50
_STORED_FIELDS = [
    "extraction_status",
    "extraction_reason",
    "extracted_text",
    "page_starts",
    "ocr_pages",
    "text_corrected_at",
    "page_count",
    "language",
    "checksum",
    "extracted_at",
    "text_indexed",
]


def _store_many(batch, *, index_now: bool = False) -> list[str]:
    """Record extraction outcomes ((document, fields) pairs) with one UPDATE and refresh the
    archive's own index; Wagtail's index at once (*index_now*) or through
    :func:`index_extracted_documents`. Returns the statuses."""
    from knowledge.models import ArchiveDocument
    from knowledge.search.indexing import reindex_for_document

    now = timezone.now()
    thumbnails = {}
    for document, fields in batch:
        fields = dict(fields)
        thumbnails[document.pk] = fields.pop("thumbnail", None)
        for name, value in {**fields, "extracted_at": now, "text_indexed": index_now}.items():
            setattr(document, name, value)
    documents = [document for document, _ in batch]
    ArchiveDocument.objects.bulk_update(documents, _STORED_FIELDS)
    _store_thumbnails(thumbnails)
    for document in documents:
        if index_now:
            index.insert_or_update_object(document)
        reindex_for_document(document)
    return [document.extraction_status for document in documents]


def _store_thumbnails(thumbnails: dict) -> None:
    """Replace the thumbnails of the documents in *thumbnails* (pk → PNG bytes, or empty /
    None for a file that has none, e.g. a DOCX or a PDF that failed)."""
    from knowledge.models import DocumentThumbnail

    DocumentThumbnail.objects.filter(document_id__in=list(thumbnails)).delete()
    DocumentThumbnail.objects.bulk_create(
        DocumentThumbnail(document_id=pk, png=png) for pk, png in thumbnails.items() if png
    )


def _source(document):
    """The stored file's path, or an open file object when the storage has no paths
    (object storage; in-memory storage names paths that do not exist)."""
    try:
        path = Path(document.file.path)
    except NotImplementedError:
        path = None
    if path is not None and path.is_file():
        return path
    return document.file.open("rb")


@task()
def extract_document(document_id: int) -> str:
    from knowledge.models import ArchiveDocument

    document = ArchiveDocument.objects.filter(pk=document_id).first()
    if document is None:  # deleted before the worker got to it
        return "missing"
    return extract_now(document, defer_index=True)


# Below the default priority (0): queued extractions run first, so after a bulk upload one
# run of the task indexes the whole batch.
INDEX_PRIORITY = -10
INDEX_BATCH = 100


def _queue_index_run() -> None:
    """Enqueue :func:`index_extracted_documents` unless the run this process enqueued last
    has not started yet - that run will see this document too. Saves a task (claim, run,
    record) per file in a bulk upload."""
    last = getattr(_local, "index_run", None)
    backend = index_extracted_documents.get_backend()
    if last and backend.supports_get_result:
        try:
            if index_extracted_documents.get_result(last).status == TaskResultStatus.READY:
                return
        except TaskResultDoesNotExist:
            pass
    _local.index_run = index_extracted_documents.enqueue().id


@task(priority=INDEX_PRIORITY)
def index_extracted_documents() -> int:
    """Put every document whose text was extracted since the last run into Wagtail's
    search index, in batches; return how many.

    Why batched: Wagtail's database search backend recomputes the average title length
    over its whole index table on every ``add`` (as of modelsearch 1.x), which cost
    ~70 ms per document on a small SQLite archive and grows with the table - more
    than the extraction itself. ``add_bulk`` pays that once per batch. Every extraction
    enqueues this task; runs that find nothing to do cost one query.

    A batch the backend refuses is indexed one document at a time, so one document that
    cannot be indexed never keeps the others out: it is marked (``index_failed``, shown
    in the admin's listing) and not tried again until its text changes.
    """
    from knowledge.models import ArchiveDocument

    done, refused = 0, []
    while True:
        batch = list(ArchiveDocument.objects.filter(text_indexed=False)[:INDEX_BATCH])
        if not batch:
            break
        failed = _index_batch(batch)
        # Only the rows read above: one extracted again meanwhile stays for the next run.
        read = (Q(pk=document.pk, extracted_at=document.extracted_at) for document in batch)
        ArchiveDocument.objects.filter(reduce(operator.or_, read)).update(text_indexed=True)
        if failed:
            ArchiveDocument.objects.filter(pk__in=failed).update(
                extraction_reason=reason_codes.INDEX_FAILED
            )
        done += len(batch) - len(failed)
        refused += failed
    if refused:
        logger.warning(
            "Indexed %d documents; %d could not be indexed and are marked: %s",
            done,
            len(refused),
            ", ".join(str(pk) for pk in refused),
        )
    return done


def _index_batch(batch) -> list[int]:
    """Index *batch* in every auto-updating backend; returns the ids that failed."""
    from django.db import transaction
    from modelsearch.index import get_search_backends_with_name

    from knowledge.models import ArchiveDocument

    failed = set()
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            with transaction.atomic():
                backend.add_bulk(ArchiveDocument, batch)
            continue
        except Exception:
            if backend.catch_indexing_errors:  # Elasticsearch: down, replayed later
                logger.exception("Could not index documents in the %r search backend", name)
                continue
            logger.warning("Batch refused by the %r search backend; one by one", name)
        for document in batch:
            try:
                with transaction.atomic():
                    backend.add(document)
            except Exception:
                logger.exception("Could not index document %s in %r", document.pk, name)
                failed.add(document.pk)
    return sorted(failed)


@task(priority=INDEX_PRIORITY)
def reindex_document_type(translation_key: str) -> int:
    """Refresh the entries of a document type after one of its names changed (in any
    language): the archive index and Wagtail's index find entries by those names."""
    from knowledge.models import DocumentType
    from knowledge.search.indexing import reindex_for_document_type

    document_type = DocumentType.objects.filter(translation_key=translation_key).first()
    if document_type is None:
        return 0
    return reindex_for_document_type(document_type)


@task(priority=INDEX_PRIORITY)
def reindex_topic(tag_id: int) -> int:
    """Refresh the entries tagged *tag_id* after its topic's name changed (in any language)."""
    from knowledge.search.indexing import reindex_for_tag

    return reindex_for_tag(tag_id)
