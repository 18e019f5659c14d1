"""Counts of wrong passwords, for the limits of ``portal.throttle``."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PasswordFailureCount(models.Model):
    """Wrong passwords under one key (a form and restriction, or a client address) since the
    count began; the count lapses at ``expires_at``, which every further failure renews.

    Kept in the database, not in the cache: a cache evicts entries under memory pressure and
    may be unreachable, and either would reset the count and let guessing go on.
    """

    key = models.CharField(_("key"), max_length=255, unique=True)
    failures = models.PositiveIntegerField(_("failures"), default=0)
    expires_at = models.DateTimeField(_("expires at"), db_index=True)

    class Meta:
        verbose_name = _("wrong-password count")
        verbose_name_plural = _("wrong-password counts")

    def __str__(self):
        return f"{self.key}: {self.failures}"
