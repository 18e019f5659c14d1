"""Search index updates that could not reach Elasticsearch yet."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingIndexUpdate(models.Model):
    """An object whose search document could not be written to Elasticsearch.

    Recorded by :mod:`search.resilient` instead of losing the update; removed once
    replayed (see ``manage.py replay_search_updates``). A non-empty table means the
    Elasticsearch index is behind the database; ``/healthz`` reports the count.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    object = GenericForeignKey("content_type", "object_id")
    recorded_at = models.DateTimeField(_("recorded at"), db_index=True)
    attempts = models.PositiveIntegerField(_("replay attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        # The table it was created with, when the portal app held it.
        db_table = "portal_pendingindexupdate"
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="unique_pending_index_update"
            )
        ]

    def __str__(self):
        return f"{self.content_type.app_label}.{self.content_type.model} #{self.object_id}"
