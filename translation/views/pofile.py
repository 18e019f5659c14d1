"""PO upload that answers a broken or foreign file with a message instead of a server error.

wagtail-localize 1.14's upload view fails with a server error when the form has no file or
the PO file lacks its X-WagtailLocalize-TranslationID header (e.g. a catalog from another
project). This view checks both, then hands the request to the upstream view unchanged.
It can go when upstream validates these itself.
"""

import tempfile

import polib
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.views.edit_translation import upload_pofile as upstream_upload_pofile

MAX_PO_SIZE = 5 * 1024 * 1024


@require_POST
def upload_pofile(request, translation_id):
    problem = _problem(request.FILES.get("file"))
    if problem:
        messages.error(request, problem)
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    request.FILES["file"].seek(0)
    return upstream_upload_pofile(request, translation_id)


def _problem(upload):
    if upload is None:
        return _("Please choose a PO file to upload.")
    if upload.size > MAX_PO_SIZE:
        return _("This PO file is too large (more than 5 MB).")
    # polib treats a string argument that names an existing file as a path, so the upload is
    # parsed from a temporary file of its own, never from its text.
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            po = polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError, ValueError):
            po = None
    if po is None or "X-WagtailLocalize-TranslationID" not in po.metadata:
        return _(
            "Please upload a PO file downloaded from this translation (the file is not valid "
            "or was not exported by the portal)."
        )
    return None
