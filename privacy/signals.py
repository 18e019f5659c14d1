"""Receivers that keep the privacy rule's inputs current (privacy/visibility.py).

* The reference index says which pages use a document or image. Wagtail fills it in a
  background task, so right after publishing, a document placed on a members-only page could
  look unused (and thus public) until the worker runs. Publishing therefore records the
  page's references at once, in the publishing transaction.
* Renditions of private images live in their own folder (privacy/images): when an image's
  privacy can have changed, its misplaced renditions are removed after the commit.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from treebeard.mp_tree import path_updated
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, ReferenceIndex
from wagtail.signals import page_published

from privacy.images.sync import relocate_in_collections, relocate_renditions


@receiver(page_published)
def record_references_on_publish(sender, instance, **kwargs):
    if ReferenceIndex.is_indexed(type(instance)):
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(instance)


@receiver(post_save, sender=get_image_model())
def relocate_after_image_save(sender, instance, raw=False, **kwargs):
    if not raw:
        images = sender.objects.filter(pk=instance.pk)
        transaction.on_commit(lambda: relocate_renditions(images))


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def relocate_after_restriction_change(sender, instance, raw=False, **kwargs):
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if not raw and collection is not None:
        transaction.on_commit(lambda: relocate_in_collections([collection.path]))


@receiver(path_updated, sender=Collection)
def relocate_after_collection_move(sender, new_path, **kwargs):
    transaction.on_commit(lambda: relocate_in_collections([new_path]))
