"""The rendition storage: public renditions where the web server serves them, private ones
where it does not (see privacy/images/__init__.py).

It wraps the default storage (so tests' in-memory storage and any production storage keep
working) and only decides the folder and the URL. Wagtail names a rendition after the
original's file name (``<stem>.<filter>.<ext>``, cut to 60 characters), so the storage finds
the image a new rendition belongs to by that stem; when in doubt it chooses private, which
costs a checked request, never a leak.
"""

import posixpath

from django.core.files.storage import Storage, default_storage
from django.urls import reverse
from django.utils.deconstruct import deconstructible

PRIVATE_FOLDER = "private_renditions"
# Wagtail cuts rendition file names to this length.
MAX_RENDITION_NAME = 60


def is_private_name(name: str) -> bool:
    return name.startswith(PRIVATE_FOLDER + "/")


def made_from(rendition_name: str, original_name: str) -> bool:
    """True if Wagtail could have named a rendition of ``original_name`` so."""
    stem = posixpath.splitext(posixpath.basename(original_name))[0]
    if rendition_name.startswith(stem + "."):
        return True
    if len(rendition_name) != MAX_RENDITION_NAME:
        return False
    return any(
        rendition_name[cut] == "." and rendition_name[:cut] == stem[:cut]
        for cut in range(1, min(len(stem), MAX_RENDITION_NAME))
    )


def belongs_to_private_image(name: str) -> bool:
    from wagtail.images import get_image_model

    from privacy.visibility import public_visibility

    rendition_name = posixpath.basename(name)
    first_part = rendition_name.split(".")[0]
    private_originals = (
        get_image_model()
        .objects.filter(collection__in=public_visibility().hidden_collections())
        .filter(file__contains=first_part)
        .values_list("file", flat=True)
    )
    return any(made_from(rendition_name, original) for original in private_originals)


def _delegated(name):
    def method(self, *args, **kwargs):
        return getattr(default_storage, name)(*args, **kwargs)

    method.__name__ = name
    return method


@deconstructible
class RenditionStorage(Storage):
    """The default storage, with private renditions in their own folder and behind a view."""

    def save(self, name, content, max_length=None):
        if not is_private_name(name) and belongs_to_private_image(name):
            name = posixpath.join(PRIVATE_FOLDER, posixpath.basename(name))
        return default_storage.save(name, content, max_length=max_length)

    def url(self, name):
        if is_private_name(name):
            return reverse("private_rendition", args=[posixpath.basename(name)])
        return default_storage.url(name)


# Everything else is the default storage's business.
for _name in [
    "open",
    "delete",
    "exists",
    "size",
    "path",
    "listdir",
    "get_valid_name",
    "get_available_name",
    "generate_filename",
    "get_accessed_time",
    "get_created_time",
    "get_modified_time",
]:
    setattr(RenditionStorage, _name, _delegated(_name))
