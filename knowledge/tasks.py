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
import os
import shutil
import tempfile
import threading
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from wagtail.search import index

from knowledge.extraction import FAILED, Extractor
from knowledge.extraction import reasons as reason_codes

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


def _extract_stored_file(document):
    """Extract from the stored file: straight from disk when the storage has paths,
    otherwise (object storage) from a temporary local copy."""
    try:
        path = Path(document.file.path)
    except NotImplementedError:
        path = None
    if path is not None and path.is_file():
        return extractor().extract(path, document.file.name, **_limits())
    with document.open_file() as handle, tempfile.TemporaryDirectory() as folder:
        copy_path = Path(folder) / Path(document.file.name).name
        with copy_path.open("wb") as copy:
            shutil.copyfileobj(handle, copy, 1024 * 1024)
        return extractor().extract(copy_path, document.file.name, **_limits())


def extract_now(document) -> str:
    """Extract *document*'s file, store the result and refresh the search index.

    Returns the new status. Also used by ``import_archive --sync``.
    """
    from knowledge.models import ArchiveDocument
    from knowledge.search.indexing import reindex_for_document

    try:
        result = _extract_stored_file(document)
        fields = {
            "extraction_status": result.status,
            "extraction_reason": result.reason_code,
            "extracted_text": result.text,
            "page_count": result.page_count,
            "language": result.language,
        }
        if result.checksum:
            fields["checksum"] = result.checksum
    except Exception:  # a task boundary: record the failure instead of leaving "pending"
        logger.exception("Could not extract document %s", document.pk)
        fields = {"extraction_status": FAILED, "extraction_reason": reason_codes.UNREADABLE}
    fields["extracted_at"] = timezone.now()
    ArchiveDocument.objects.filter(pk=document.pk).update(**fields)
    for name, value in fields.items():
        setattr(document, name, value)
    index.insert_or_update_object(document)
    reindex_for_document(document)
    return fields["extraction_status"]


@task()
def extract_document(document_id: int) -> str:
    from knowledge.models import ArchiveDocument

    document = ArchiveDocument.objects.filter(pk=document_id).first()
    if document is None:  # deleted before the worker got to it
        return "missing"
    return extract_now(document)
