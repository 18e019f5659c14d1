"""Background text extraction (django-tasks; worker: ``python manage.py db_worker``).

The task reads the stored file, extracts it in a sandboxed worker process (time and
memory limits, see :mod:`knowledge.extraction.pool`) and records the outcome on the
document. Any outcome - including a crash of the parser - ends as a status with a
reason; the task itself never raises for bad input, so the queue keeps going.
"""

import logging
import tempfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django_tasks import task
from wagtail.search import index

from knowledge.extraction import FAILED, extract
from knowledge.extraction import reasons as reason_codes

logger = logging.getLogger(__name__)


def extract_now(document) -> str:
    """Extract *document*'s file, store the result and refresh the search index.

    Returns the new status. Also used by ``import_archive --sync``.
    """
    from knowledge.models import ArchiveDocument
    from knowledge.search.indexing import reindex_for_document

    try:
        with document.open_file() as handle, tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / Path(document.file.name).name
            with path.open("wb") as copy:
                for chunk in handle.chunks() if hasattr(handle, "chunks") else [handle.read()]:
                    copy.write(chunk)
            result = extract(
                path,
                document.file.name,
                max_bytes=settings.KNOWLEDGE_MAX_UPLOAD_BYTES,
                timeout=settings.KNOWLEDGE_EXTRACTION_TIMEOUT,
            )
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
