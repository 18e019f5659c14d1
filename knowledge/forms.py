"""The admin's document form: refuses bad uploads with a clear message before saving.

Size, extension and content are checked here (cheap, no parsing); everything that needs
a parser happens later in the background task and ends as a status, not an error page.
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from knowledge.extraction import ExtractionError, validate_upload


def max_upload_bytes() -> int:
    return settings.KNOWLEDGE_MAX_UPLOAD_BYTES


class ArchiveDocumentForm(BaseDocumentForm):
    extraction = forms.CharField(
        label=_("Text extraction"),
        required=False,
        disabled=True,
        help_text=_("Filled in by the background worker after upload."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        document = self.instance
        if document.pk:
            status = document.get_extraction_status_display()
            reason = document.extraction_message
            self.fields["extraction"].initial = f"{status}: {reason}" if reason else status
        else:
            del self.fields["extraction"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            try:
                validate_upload(upload, upload.name, max_bytes=max_upload_bytes())
            except ExtractionError as error:
                raise forms.ValidationError(error.messages) from error
        return upload
