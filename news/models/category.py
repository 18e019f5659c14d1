"""News categories: a translatable snippet, so each language shows its own label.

The slug is synchronised from the German source rather than translated: filter links
(`?category=verein`) then stay the same in every language and cannot break when a
translator rewords a label.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.publishing import ReviewedSnippet


class NewsCategory(ReviewedSnippet, TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in filter links; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_category_unique_slug")
        ]

    def __str__(self):
        return self.name
