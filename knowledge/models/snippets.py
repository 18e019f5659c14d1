"""Document types (declaration of intent, protocol, …): a translatable snippet, so every
locale names the type in its own language while facets count across translations."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import TranslatableField


class DocumentType(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    name = models.CharField(_("name"), max_length=120)
    plural_name = models.CharField(_("plural name"), max_length=120, blank=True)

    # Wagtail's recommended relations for revisions and workflow states (cascade on delete).
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="document_type")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="document_type",
        for_concrete_model=False,
    )

    translatable_fields = [TranslatableField("name"), TranslatableField("plural_name")]
    panels = [FieldPanel("name"), FieldPanel("plural_name")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("document type")
        verbose_name_plural = _("document types")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def revisions(self):
        return self._revisions
