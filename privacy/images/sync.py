"""Keeps renditions where their image's privacy says (privacy/images/__init__.py).

A rendition made while its image was public stays in the public folder, readable by anyone
who knows the name, until it is deleted: so when privacy changes, the misplaced renditions
(file and row) are deleted immediately, and Wagtail makes them again in the right place the
next time a page shows the image.
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.images import get_image_model
from wagtail.models import Collection

from privacy.images.storage import is_private_name
from privacy.visibility import public_visibility


def relocate_renditions(images):
    """Deletes the renditions of ``images`` (a queryset) that are in the wrong folder."""
    private = set(
        images.filter(collection__in=public_visibility().hidden_collections()).values_list(
            "pk", flat=True
        )
    )
    rendition_model = get_image_model().get_rendition_model()
    misplaced = [
        rendition
        for rendition in rendition_model.objects.filter(image__in=images.values("pk"))
        if is_private_name(rendition.file.name) != (rendition.image_id in private)
    ]
    for rendition in misplaced:
        rendition.file.storage.delete(rendition.file.name)  # now, not in a later task
        rendition.delete()
    return len(misplaced)


def relocate_in_collections(paths):
    """Relocates the renditions of every image in the collections below ``paths``."""
    if not paths:
        return 0
    collections = Collection.objects.filter(
        reduce(or_, (Q(path__startswith=path) for path in paths))
    )
    return relocate_renditions(get_image_model().objects.filter(collection__in=collections))
