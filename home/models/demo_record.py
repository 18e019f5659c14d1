"""What the demo loader has created, so that running it again respects the editors' work."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DemoRecord(models.Model):
    """One demo object (page, translation, snippet) that `load_demo` created or adopted.

    The key names the object in the demo's own terms ("home:about", "home:about:fr"), the
    translation key finds it again whatever an editor did to its title or slug. A record whose
    object is gone means an editor deleted it: the loader then leaves it deleted.
    """

    key = models.CharField(_("key"), max_length=100, unique=True)
    translation_key = models.UUIDField(_("translation key"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("demo record")
        verbose_name_plural = _("demo records")

    def __str__(self):
        return self.key
