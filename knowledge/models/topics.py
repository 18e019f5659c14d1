"""Topics: the name of an entry's tag in each language, and its slug for filter links.

Editors keep tagging entries as before (Wagtail's tag field: quick to type, autocompleted);
each tag gets a topic in the default locale the first time an entry uses it, and
translators translate the topic like any other snippet (wagtail-localize). Pages, facets and
the search then show and find the topic in the visitor's language, and a filter link
(``?topic=staedtepartnerschaft``) is the same in every language.

Why a translatable snippet beside the tag rather than replacing the tags: the tag field,
the import (``topics`` column) and the API keep working unchanged, and translating a topic
is one translation for every entry that uses it, not one per entry.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from knowledge.textnorm.slugs import unique_slug


class Topic(TranslatableMixin, models.Model):
    tag = models.ForeignKey(
        "taggit.Tag", verbose_name=_("tag"), on_delete=models.CASCADE, related_name="+"
    )
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("Used in the archive's filter links; the same in every language."),
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("tag", overridable=False),
        SynchronizedField("slug", overridable=False),
    ]
    panels = [FieldPanel("name"), FieldPanel("tag"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "tag"], name="knowledge_topic_tag_unique"),
            models.UniqueConstraint(fields=["locale", "slug"], name="knowledge_topic_slug_unique"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            others = Topic.objects.exclude(translation_key=self.translation_key)
            self.slug = unique_slug(self.name, lambda slug: others.filter(slug=slug).exists())
        super().save(*args, **kwargs)
