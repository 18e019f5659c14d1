"""Editors correct a document's extracted text in the admin, page by page.

Text recognition misreads stamps, signatures and faint print; an editor who has the file in
front of them fixes the text here. The corrected text is what both search indexes hold from
then on; uploading a new file (or reading it again with ``extract_text``) replaces it. Who
may correct is who may change the document: Wagtail's document permission policy, per
collection - so a translator corrects the files of their own language's collection only.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry
from wagtail.search import index

MAX_PAGE_CHARS = 200_000


class TextCorrectionForm(forms.Form):
    """One text field per page of the document."""

    def __init__(self, document, *args, **kwargs):
        super().__init__(*args, **kwargs)
        review = set(document.pages_to_review)
        confidences = dict(map(tuple, document.ocr_pages))
        for number, text in enumerate(document.page_texts, start=1):
            help_text = ""
            if number in review:
                help_text = _("Read by text recognition, confidence %(value)s %% – please check")
            elif number in confidences:
                help_text = _("Read by text recognition, confidence %(value)s %%")
            if help_text:
                help_text = help_text % {"value": round(confidences[number])}
            self.fields[f"page_{number}"] = forms.CharField(
                label=_("Page %(number)s") % {"number": number},
                initial=text,
                required=False,
                max_length=MAX_PAGE_CHARS,
                strip=True,
                help_text=help_text,
                widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}),
            )

    def pages(self) -> list[str]:
        return [self.cleaned_data[name] for name in self.fields]


def correct_text(request, document_id):
    model = get_document_model()
    document = get_object_or_404(model, pk=document_id)
    policy = policy_registry.get_by_type(model)
    if not policy.user_has_permission_for_instance(request.user, "change", document):
        raise PermissionDenied
    form = TextCorrectionForm(document, request.POST or None)
    if request.method == "POST" and form.is_valid():
        save_correction(document, form.pages())
        messages.success(
            request,
            _("The corrected text of “%(title)s” is saved and indexed.")
            % {"title": document.title},
        )
        return redirect("wagtaildocs:index")
    return TemplateResponse(
        request, "knowledge/admin/correct_text.html", {"document": document, "form": form}
    )


def save_correction(document, pages) -> None:
    """Store *pages* as the document's text and refresh both search indexes."""
    from knowledge.search.indexing import reindex_for_document

    document.set_pages(pages)
    document.text_corrected_at = timezone.now()
    document.save(update_fields=["extracted_text", "page_starts", "text_corrected_at"])
    index.insert_or_update_object(document)
    reindex_for_document(document)
