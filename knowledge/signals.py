"""Signal handlers: extraction after upload, archive index after page changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
)
from wagtail.signals import page_unpublished, post_page_move

from .extraction import reasons as reason_codes
from .models import ArchiveDocument, ArchiveEntryPage, DocumentType, Topic
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


@receiver(task_finished)
def fail_abandoned_extraction(sender, task_result, **kwargs):
    """An extraction task that failed (its worker was killed too often, or it raised) must
    not leave its document "pending" for ever: it shows the reason and can be retried."""
    if task_result.task.module_path != "knowledge.tasks.extract_document":
        return
    if task_result.status != TaskResultStatus.FAILED or not task_result.args:
        return
    from portal.task_recovery import StaleTaskError

    stale = any(
        error.exception_class_path.endswith(StaleTaskError.__name__) for error in task_result.errors
    )
    ArchiveDocument.objects.filter(pk=task_result.args[0], extraction_status="pending").update(
        extraction_status="failed",
        extraction_reason=reason_codes.WORKER_LOST if stale else reason_codes.UNREADABLE,
    )


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


@receiver(post_save, sender=DocumentType)
def reindex_renamed_type(sender, instance, created, raw=False, **kwargs):
    """Entries are found by their type's names in every language: a new or changed name
    (a translation, say) refreshes the type's entries in the background."""
    indexing.forget_names()
    if (
        raw
        or created
        and not ArchiveEntryPage.objects.filter(
            document_type__translation_key=instance.translation_key
        ).exists()
    ):
        return
    from .tasks import reindex_document_type

    key = str(instance.translation_key)
    transaction.on_commit(lambda: reindex_document_type.enqueue(key))


@receiver(pre_delete, sender=ArchiveEntryPage)
def unindex_deleted(sender, instance, **kwargs):
    """Deleting a page would drop its row without taking its words out of the vocabulary."""
    indexing.remove_entry(instance.pk)


@receiver([post_save, post_delete], sender=PageViewRestriction)
def recount_restricted_words(sender, instance, raw=False, **kwargs):
    """Words of members-only entries are never suggested: a restriction added or lifted
    takes the words of the entries below it out of the public vocabulary, or back in."""
    if raw:
        return
    from .search import vocabulary

    page = Page.objects.filter(pk=instance.page_id).only("path").first()
    if page is not None:
        vocabulary.refresh_for_pages(Page.objects.filter(path__startswith=page.path))


@receiver(post_save, sender=Topic)
def reindex_renamed_topic(sender, instance, created, raw=False, **kwargs):
    """Entries are found by their topics' names in the visitor's language: a translated or
    renamed topic refreshes the entries tagged with it, in the background."""
    indexing.forget_names()
    if raw or created and instance.locale_id == Locale.get_default().pk:
        # Made from a tag while its entries were indexed: they hold the tag's name already.
        return
    from .tasks import reindex_topic

    tag_id = instance.tag_id
    transaction.on_commit(lambda: reindex_topic.enqueue(tag_id))
