"""Settings editors switch in the admin (Settings menu)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="warning")
class DemoNotice(BaseGenericSetting):
    """Whether every page says that the site shows demo content. On while the demo texts,
    dates and addresses are online; an editor switches it off once the real ones are in."""

    show_notice = models.BooleanField(
        _("show the demo notice"),
        default=True,
        help_text=_(
            "Every page says at the top that the portal shows demo content. Switch this off "
            "once the demo texts have been replaced by the association's own."
        ),
    )

    panels = [FieldPanel("show_notice")]

    class Meta:
        verbose_name = _("demo notice")

    @classmethod
    def shown(cls):
        """True unless an editor switched the notice off (also before anyone saved it)."""
        value = cls.objects.values_list("show_notice", flat=True).first()
        return True if value is None else value
