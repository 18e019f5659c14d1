"""Document types (declaration of intent, protocol, …): a translatable snippet, so every
locale names the type in its own language while facets count across translations."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import TranslatableField

from portal.publishing import ReviewedSnippet


class DocumentType(ReviewedSnippet, TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    plural_name = models.CharField(_("plural name"), max_length=120, blank=True)

    translatable_fields = [TranslatableField("name"), TranslatableField("plural_name")]
    panels = [FieldPanel("name"), FieldPanel("plural_name")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        # The admin lists the snippets of one locale; searching them filters on it.
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")
        ordering = ["name"]

    def __str__(self):
        return self.name
