"""Signal handlers: extraction after upload, archive index after page changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from .models import ArchiveDocument, ArchiveEntryPage
from .search import indexing

EXTRACTION_FIELDS = [
    "extracted_text",
    "page_starts",
    "ocr_pages",
    "text_corrected_at",
    "page_count",
    "language",
    "checksum",
    "extraction_status",
    "extraction_reason",
    "extracted_at",
]


@receiver(post_save, sender=ArchiveDocument)
def queue_extraction(sender, instance, created, raw=False, **kwargs):
    """A new or replaced file gets its text extracted in the background."""
    if raw or not instance.file or not instance.file_changed:
        return
    if getattr(instance, "_extract_inline", False):  # the caller extracts it right away
        instance._loaded_file_name = instance.file.name
        return
    from .tasks import extract_document

    instance._loaded_file_name = instance.file.name
    if instance.extraction_status != "pending":
        ArchiveDocument.objects.filter(pk=instance.pk).update(
            extraction_status="pending", extraction_reason=""
        )
        instance.extraction_status, instance.extraction_reason = "pending", ""
    result = extract_document.enqueue(instance.pk)
    if result.is_finished:  # immediate backend: keep this instance in step for later handlers
        instance.refresh_from_db(fields=EXTRACTION_FIELDS)


@receiver(post_save, sender=ArchiveEntryPage)
def index_saved_entry(sender, instance, raw=False, update_fields=None, **kwargs):
    """Full saves (creation, publishing) carry the live content; partial saves made by
    ``save_revision`` only touch bookkeeping fields and leave the live content alone."""
    if raw:
        return
    if update_fields is None or "live" in update_fields:
        indexing.index_entry(instance)


@receiver(post_save, sender=ArchiveDocument)
def reindex_changed_document(sender, instance, created, raw=False, **kwargs):
    """A file moved to another collection may have become private or public."""
    if raw or created or getattr(instance, "_extract_inline", False):
        return
    indexing.reindex_for_document(instance)


@receiver([post_save, post_delete], sender=CollectionViewRestriction)
def reindex_restricted_collection(sender, instance, raw=False, **kwargs):
    """Restricting (or opening) a collection changes which file texts may be indexed."""
    if raw:
        return
    collection = Collection.objects.filter(pk=instance.collection_id).first()
    if collection is not None:
        indexing.reindex_for_collection(collection)


@receiver([post_save, post_delete], sender=Collection)
def forget_hidden_collections(sender, **kwargs):
    """A new collection below a restricted one is hidden too."""
    indexing.forget_hidden_collections()


@receiver(page_unpublished)
def unindex_unpublished(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, ArchiveEntryPage):
        indexing.remove_entry(instance.pk)


@receiver(post_page_move)
def reindex_moved(sender, instance, **kwargs):
    indexing.update_paths(instance)
