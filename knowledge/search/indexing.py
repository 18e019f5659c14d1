"""Keep :class:`knowledge.models.ArchiveSearchEntry` in step with the entry pages.

Called from signal handlers (page saved, unpublished, moved; document text extracted)
and from ``rebuild_archive_index``. Each call touches only the rows of the entries
concerned, so saving one entry costs the same however large the archive is.
"""

import time

from django.db import transaction

from . import engine, tokens
from .folding import fold
from .pages import mark_files

_HIDDEN_SECONDS = 2.0
_hidden = {"ids": None, "at": 0.0}


def hidden_collection_ids() -> set:
    """Collections an anonymous visitor may not see (restricted, or below a restriction).

    Their files' text is left out of the archive index (and of Wagtail's index, see
    ``ArchiveEntryPage.file_text``): the index is shared by everybody, so a members-only
    file must not make a public entry match, nor appear in its snippet.

    Kept for two seconds: Wagtail's indexer asks once per search field of every page (five
    times per entry, two queries each), which made a full reindex ten times slower. Saving
    or deleting a collection or a collection restriction clears it in this process
    (``knowledge.signals``); indexing one entry (a save, an extraction) asks afresh.
    """
    from portal.visibility import public_visibility

    now = time.monotonic()
    if _hidden["ids"] is None or now - _hidden["at"] > _HIDDEN_SECONDS:
        ids = {row["pk"] for row in public_visibility().hidden_collections()}
        _hidden.update(ids=ids, at=now)
    return _hidden["ids"]


def forget_hidden_collections() -> None:
    _hidden.update(ids=None, at=0.0)


def public_documents(links, hidden=None) -> list:
    """The documents of *links* that an anonymous visitor may open, in order."""
    hidden = hidden_collection_ids() if hidden is None else hidden
    return [
        link.document
        for link in links
        if link.document_id and link.document.collection_id not in hidden
    ]


def public_file_texts(links, hidden=None) -> list[str]:
    return [document.extracted_text for document in public_documents(links, hidden)]


def _entry_text(page, links, hidden=None) -> tuple[str, str, str]:
    """(text for snippets, text for matching minus the title, short metadata).

    The short metadata (parties, topics, document type) ranks matches together with the
    title; the summary and the files are matched but not ranked (see ``postgres.match``).
    The snippet text keeps the files' pages apart (:func:`pages.mark_files`), so that a
    result can name its pages and take its snippet from the best one without another query.
    """
    document_type = page.document_type
    documents = public_documents(links, hidden)
    file_texts = [document.extracted_text for document in documents]
    snippet_text = mark_files(page.summary, [document.page_texts for document in documents])
    short = [
        page.parties,
        " ".join(item.tag.name for item in page.tagged_items.all()),
        document_type.name if document_type else "",
    ]
    metadata_text = "\n".join(part for part in short if part)
    body = "\n".join(part for part in [page.summary, metadata_text, *file_texts] if part)
    return snippet_text, body, metadata_text


def _facet_values(page, links) -> tuple[str, str]:
    """The entry's languages (of its files, else of its page) and its topics' tag ids, as
    :mod:`.tokens` stores them."""
    codes = {link.language for link in links if link.language} or {page.locale.language_code}
    return tokens.join(codes), tokens.join(item.tag_id for item in page.tagged_items.all())


def _row(page, links, hidden=None) -> dict:
    """The search table's columns for one live entry page (the vectors as expressions that
    the statement writing the row computes)."""
    snippet_text, body, metadata = _entry_text(page, links, hidden)
    languages, topics = _facet_values(page, links)
    limit = engine().MAX_BODY_CHARS
    folded_title, folded_body = fold(page.title), fold(body)[:limit]
    folded_metadata = fold(metadata)[:limit]
    document_type = page.document_type
    return {
        "locale_id": page.locale_id,
        "translation_key": page.translation_key,
        "path": page.path,
        "live": True,
        "title": page.title,
        "date": page.date,
        "year": page.date.year,
        "document_type_key": document_type.translation_key if document_type else None,
        "text": snippet_text[:limit],
        "folded_title": folded_title,
        "folded_body": folded_body,
        "folded_metadata": folded_metadata,
        "facet_languages": languages,
        "facet_topics": topics,
        **engine().vectors(folded_title, folded_body, folded_metadata),
    }


def index_entry(page) -> None:
    """Create or refresh the row of one entry page (from the in-memory instance, so it
    also works while modelcluster has not yet committed the page's files and tags)."""
    from knowledge.models import ArchiveSearchEntry

    if not page.live:
        remove_entry(page.pk)
        return
    forget_hidden_collections()
    row = _row(page, list(page.files.all()))
    ArchiveSearchEntry.objects.update_or_create(page_id=page.pk, defaults=row)


def remove_entry(page_id) -> None:
    from knowledge.models import ArchiveSearchEntry

    ArchiveSearchEntry.objects.filter(page_id=page_id).delete()


def update_paths(page) -> None:
    """After a move: the rows below *page* get their new tree paths."""
    from knowledge.models import ArchiveEntryPage

    for entry in ArchiveEntryPage.objects.descendant_of(page, inclusive=True).live():
        index_entry(entry)


def reindex_for_collection(collection) -> int:
    """Refresh the entries whose files lie in *collection* or below (its restriction changed)."""
    from wagtail.search.index import insert_or_update_object

    from knowledge.models import ArchiveEntryPage

    forget_hidden_collections()
    pages = (
        ArchiveEntryPage.objects.live()
        .filter(files__document__collection__path__startswith=collection.path)
        .distinct()
    )
    count = 0
    for page in pages.select_related("document_type", "locale"):
        index_entry(page)
        insert_or_update_object(page)  # Wagtail's index holds the files' text too
        count += 1
    return count


def reindex_for_document(document) -> int:
    """Refresh every live entry that links *document* (after its text was extracted)."""
    from knowledge.models import ArchiveEntryPage

    pages = ArchiveEntryPage.objects.live().filter(files__document=document).distinct()
    count = 0
    for page in pages.select_related("document_type", "locale"):
        index_entry(page)
        count += 1
    return count


def index_entries(pages) -> int:
    """Index many live entry pages at once (rebuilds, imports, benchmarks): the rows are
    written in bulk, vectors included. *pages* should come with ``files__document``,
    ``tagged_items__tag``, ``document_type`` and ``locale`` loaded."""
    from knowledge.models import ArchiveSearchEntry

    hidden = hidden_collection_ids()
    rows = [
        ArchiveSearchEntry(page_id=page.pk, **_row(page, list(page.files.all()), hidden))
        for page in pages
        if page.live
    ]
    page_ids = [row.page_id for row in rows]
    with transaction.atomic():
        ArchiveSearchEntry.objects.filter(page_id__in=page_ids).delete()
        ArchiveSearchEntry.objects.bulk_create(rows)
    return len(rows)


def rebuild(batch_size: int = 500, report=None) -> int:
    """Recreate the whole index in batches; returns the number of entries indexed."""
    from knowledge.models import ArchiveEntryPage, ArchiveSearchEntry

    ArchiveSearchEntry.objects.exclude(page__live=True).delete()
    ids = list(ArchiveEntryPage.objects.live().order_by("pk").values_list("pk", flat=True))
    count = 0
    for start in range(0, len(ids), batch_size):
        batch = (
            ArchiveEntryPage.objects.filter(pk__in=ids[start : start + batch_size])
            .select_related("document_type", "locale")
            .prefetch_related("files__document", "tagged_items__tag")
        )
        count += index_entries(batch)
        if report:
            report(count)
    return count
