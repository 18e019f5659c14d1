"""The archive's document model: a Wagtail document that also keeps its extracted text.

Storing the text on the document (not on the entry) lets one file serve several entries
and lets the admin's document search find files by what they say.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.search import index

from knowledge.extraction.reasons import message_for
from knowledge.search.limits import cap


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")
    NO_TEXT_LAYER = "no_text_layer", _("no text layer")


class ArchiveDocument(AbstractDocument):
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True, editable=False)
    language = models.CharField(_("detected language"), max_length=8, blank=True, editable=False)
    checksum = models.CharField(
        _("checksum (SHA-256)"), max_length=64, blank=True, db_index=True, editable=False
    )
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=16,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )
    extraction_reason = models.CharField(
        _("extraction problem"), max_length=40, blank=True, editable=False
    )
    extracted_at = models.DateTimeField(_("extracted at"), null=True, blank=True, editable=False)
    # False between a finished extraction and the (batched) update of the search index.
    text_indexed = models.BooleanField(default=True, editable=False)

    admin_form_fields = Document.admin_form_fields
    # The text as Wagtail's index gets it: capped, a tsvector holds at most 1 MB.
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("indexed_text"),
        index.FilterField("extraction_status"),  # the listing's filter, also when searching
    ]

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        permissions = [("choose_document", "Can choose document")]

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_file_name = instance.__dict__.get("file")
        return instance

    def save(self, *args, **kwargs):
        if self.file and (self.file_changed or self.file_size is None):
            self._set_document_file_metadata()  # size and hash, also outside the admin form
        super().save(*args, **kwargs)

    def clean(self):
        # Wagtail checks the file's extension here, in the model, which also runs when the
        # form has already refused the upload (knowledge.forms) and kept no file: the editor
        # then read "File extension “” is not allowed" under the form's own message.
        # Without a file there is nothing more to say.
        if self.file:
            super().clean()

    @property
    def file_changed(self) -> bool:
        """True for a new document or a replaced file: its text must be extracted again."""
        return getattr(self, "_loaded_file_name", None) != self.file.name

    def indexed_text(self) -> str:
        return cap(self.extracted_text)

    @property
    def waiting_since(self):
        """When a pending document started to wait: its upload, or its last extraction
        (before "Extract again")."""
        if self.extraction_status != ExtractionStatus.PENDING:
            return None
        return self.extracted_at or self.created_at

    @property
    def extraction_message(self):
        """The reason for a failed or text-less extraction, in the active language."""
        return message_for(self.extraction_reason)

    @property
    def format_label(self) -> str:
        return self.file_extension.upper()
