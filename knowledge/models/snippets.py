"""Document types (declaration of intent, protocol, …): a translatable snippet, so every
locale names the type in its own language while facets count across translations."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from knowledge.textnorm.slugs import unique_slug
from portal.publishing import ReviewedSnippet


class DocumentType(ReviewedSnippet, TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    plural_name = models.CharField(_("plural name"), max_length=120, blank=True)
    # The same in every language, so a filter link keeps working when the language changes.
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        blank=True,
        help_text=_(
            "Used in the archive's filter links (?type=satzung). Left empty, it is made from "
            "the name."
        ),
    )

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("plural_name"),
        SynchronizedField("slug", overridable=False),
    ]
    panels = [FieldPanel("name"), FieldPanel("plural_name"), FieldPanel("slug")]
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
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="knowledge_type_slug_unique")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug(self.name)
        super().save(*args, **kwargs)

    def free_slug(self, name: str) -> str:
        """A slug for *name* that no other document type (in any language) uses."""
        others = DocumentType.objects.exclude(translation_key=self.translation_key)
        return unique_slug(name, lambda slug: others.filter(slug=slug).exists(), 120)
