"""The site footer, one translatable instance per locale (a database constraint).

A Wagtail site setting exists once per site and cannot carry a locale, so the footer is a
translatable snippet listed under Settings: translators see it in wagtail-localize like any
other content, and the page links follow the visitor's locale. Like pages, it changes
through drafts and the editorial workflow (see portal/publishing.py).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.publishing import ReviewedSnippet


class Footer(ReviewedSnippet, TranslatableMixin, models.Model):
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    contact = RichTextField(_("contact"), features=["bold", "italic", "link"], blank=True)
    impressum_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Impressum page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translatable_fields = [
        TranslatableField("tagline"),
        TranslatableField("contact"),
        SynchronizedField("impressum_page"),
        SynchronizedField("privacy_page"),
    ]
    panels = [
        FieldPanel("tagline"),
        FieldPanel("contact"),
        FieldPanel("impressum_page"),
        FieldPanel("privacy_page"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")
        constraints = [
            models.UniqueConstraint(fields=["locale"], name="home_footer_one_per_locale")
        ]

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_locale(cls, locale, **annotations):
        """The published footer of `locale`, else the default language's (the template then
        marks its language). There is at most one per locale, so the choice is fixed.
        ``annotations`` ride along in the same query (the demo notice's setting)."""
        footers = (
            cls.objects.filter(live=True)
            .select_related("locale", "impressum_page", "privacy_page")
            .annotate(**annotations)
        )
        return (
            footers.filter(locale=locale).first()
            or footers.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
