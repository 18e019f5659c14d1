"""Views serving image renditions: public ones as plain files, private ones after a check
(privacy/images/__init__.py)."""

import mimetypes
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.utils.cache import add_never_cache_headers
from django.views.static import serve
from wagtail.images import get_image_model

from privacy.images.storage import PRIVATE_FOLDER
from privacy.refusals import refuse
from privacy.visibility import visibility


def serve_public_rendition(request, path):
    """A file from MEDIA_ROOT/images (public renditions only), when no proxy serves them."""
    return serve(request, path, document_root=Path(settings.MEDIA_ROOT) / "images")


def serve_private_rendition(request, filename):
    """The rendition, if the request may see its image (collection restriction, pages that
    use it, editors), else the same sign-in or password answer as for documents."""
    rendition_model = get_image_model().get_rendition_model()
    rendition = (
        rendition_model.objects.select_related("image")
        .filter(file=f"{PRIVATE_FOLDER}/{filename}")
        .first()
    )
    if rendition is None:
        raise Http404
    refusal = visibility(request).media_refusal(rendition.image)
    if refusal is not None:
        return refuse(request, refusal)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    response = FileResponse(rendition.file.open("rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
    add_never_cache_headers(response)
    return response
