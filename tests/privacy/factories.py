"""Helpers for the privacy tests: restrictions, restricted collections, media on disk."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction


def restrict(page, kind=PageViewRestriction.LOGIN, password="", groups=()):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password=password
    )
    if groups:
        restriction.groups.set(Group.objects.filter(name__in=groups))
    return restriction


def restricted_collection(name="Mitglieder", parent=None, kind=CollectionViewRestriction.LOGIN):
    parent = parent or Collection.get_first_root_node()
    collection = parent.add_child(name=name)
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=kind)
    return collection


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Files on disk under a temporary MEDIA_ROOT, as in production (tests keep them in
    memory otherwise); documents are then served from a local path."""
    from django.core.cache import cache

    cache.clear()  # Wagtail caches renditions by image id, which a rolled-back test reuses
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return tmp_path
