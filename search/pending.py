"""Index updates that did not reach Elasticsearch, and their replay.

One row per object (the latest state is what matters, so a second failure for the same object
only refreshes the row). Replaying re-reads the object: if it still exists and is indexed, its
document is written again; otherwise its document is deleted. That makes replay idempotent and
correct whatever happened to the object in between.
"""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from modelsearch.index import get_indexed_instance

logger = logging.getLogger(__name__)

# Whether this process may have recorded rows it has not replayed yet. Starts True so that
# the first successful update after a restart looks once; a replay that empties the queue
# clears it, so a healthy site spends no query on the queue.
_maybe_pending = True


def maybe_pending():
    return _maybe_pending


def _set_maybe_pending(value):
    global _maybe_pending
    _maybe_pending = value


def record(obj, error=""):
    from search.models import PendingIndexUpdate

    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=True)
    PendingIndexUpdate.objects.update_or_create(
        content_type=content_type,
        object_id=str(obj.pk),
        defaults={"recorded_at": timezone.now(), "last_error": str(error)[:500]},
    )
    _set_maybe_pending(True)


def record_many(objects, error=""):
    for obj in objects:
        record(obj, error)


def replay(backend, limit=None):
    """Apply recorded updates to ``backend`` in the order they were recorded.

    Stops at the first update Elasticsearch cannot take (it is still down); returns the number
    of updates applied. ``limit`` bounds the work done inline after an editor's save.
    """
    from search.models import PendingIndexUpdate

    from .resilient import UNAVAILABLE

    done = 0
    queue = PendingIndexUpdate.objects.select_related("content_type").order_by("recorded_at", "pk")
    rows = list(queue[:limit] if limit else queue)
    if not rows:
        _set_maybe_pending(False)
        return 0
    for row in rows:
        model = row.content_type.model_class()
        try:
            if model is None:
                row.delete()
                continue
            obj = model._default_manager.filter(pk=row.object_id).first()
            indexed = get_indexed_instance(obj) if obj is not None else None
            backend.apply(indexed, model, row.object_id)
        except UNAVAILABLE as error:
            backend.mark_unavailable(error)
            PendingIndexUpdate.objects.filter(pk=row.pk).update(
                attempts=row.attempts + 1, last_error=str(error)[:500]
            )
            return done
        with transaction.atomic():
            # Only remove the row if nobody recorded a newer failure meanwhile.
            PendingIndexUpdate.objects.filter(pk=row.pk, recorded_at=row.recorded_at).delete()
        done += 1
    if not limit or len(rows) < limit:
        _set_maybe_pending(PendingIndexUpdate.objects.exists())
    return done
