"""The archive's document model: a Wagtail document that also keeps its extracted text.

Storing the text on the document (not on the entry) lets one file serve several entries
and lets the admin's document search find files by what they say.
"""

from django.conf import settings
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
    # Where each page starts in ``extracted_text`` (pages are joined by a blank line): the
    # text per page without storing it twice. Empty for documents extracted before pages.
    page_starts = models.JSONField(default=list, blank=True, editable=False)
    # [page number, mean confidence] of the pages read by text recognition (OCR).
    ocr_pages = models.JSONField(default=list, blank=True, editable=False)
    # Set when an editor corrected the extracted text; a new file clears it.
    text_corrected_at = models.DateTimeField(
        _("text corrected at"), null=True, blank=True, editable=False
    )

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

    @property
    def page_texts(self) -> list[str]:
        """The extracted text page by page (one page when no boundaries are known)."""
        return split_pages(self.extracted_text, self.page_starts)

    def set_pages(self, pages) -> None:
        """Store *pages* (texts) as ``extracted_text`` and ``page_starts``."""
        self.extracted_text, self.page_starts = join_pages(pages)

    @property
    def ocr_confidence(self) -> int | None:
        """Mean confidence (0-100) of the pages read by OCR, or None when none was."""
        if not self.ocr_pages:
            return None
        return round(sum(confidence for _page, confidence in self.ocr_pages) / len(self.ocr_pages))

    @property
    def pages_to_review(self) -> list[int]:
        """OCR pages whose confidence is under KNOWLEDGE_OCR_REVIEW_CONFIDENCE."""
        threshold = settings.KNOWLEDGE_OCR_REVIEW_CONFIDENCE
        return [page for page, confidence in self.ocr_pages if confidence < threshold]


PAGE_SEPARATOR = "\n\n"


def join_pages(pages) -> tuple[str, list[int]]:
    """(text, start offsets) of *pages*; empty pages keep their place."""
    starts, parts, offset = [], [], 0
    for page in pages:
        starts.append(offset)
        parts.append(page)
        offset += len(page) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(parts), starts


def split_pages(text: str, starts) -> list[str]:
    if not starts:
        return [text]
    ends = [start - len(PAGE_SEPARATOR) for start in starts[1:]] + [len(text)]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


class DocumentThumbnail(models.Model):
    """A small PNG of a document's first page, rendered once by the extraction.

    Kept in the database, not in the media storage, so it is never reachable by a URL that
    skips the privacy check: it is served only by ``knowledge.views.thumbnail``, under the
    same rule as the file itself.
    """

    document = models.OneToOneField(
        ArchiveDocument, on_delete=models.CASCADE, related_name="thumbnail"
    )
    png = models.BinaryField()
    checksum = models.CharField(max_length=64, blank=True)

    def __str__(self):
        return f"{self.document}"
