"""Keep :class:`knowledge.models.ArchiveSearchEntry` in step with the entry pages.

Called from signal handlers (page saved, unpublished, moved; document text extracted)
and from ``rebuild_archive_index``. Each call touches only the rows of the entries
concerned, so saving one entry costs the same however large the archive is.
"""

import time

from django.db import transaction

from . import engine, tokens, vocabulary
from .folding import fold
from .pages import mark_files
from .topics import ensure_topics

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
    from privacy.visibility import public_visibility

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


class _Memo:
    """A value loaded at most every two seconds, like :func:`hidden_collection_ids` and for
    the same reason (Wagtail's indexer asks for every page); ``forget`` clears it."""

    def __init__(self, load):
        self.load, self.value, self.at = load, None, 0.0

    def __call__(self):
        now = time.monotonic()
        if self.value is None or now - self.at > _HIDDEN_SECONDS:
            self.value, self.at = self.load(), now
        return self.value

    def forget(self):
        self.value, self.at = None, 0.0


def _load_topic_names() -> dict:
    from . import topics

    return topics.all_names()


def _load_type_names() -> dict:
    from knowledge.models import DocumentType

    names = {}
    for key, name, plural in DocumentType.objects.values_list(
        "translation_key", "name", "plural_name"
    ):
        names.setdefault(key, []).extend(part for part in (name, plural) if part)
    return names


#: Every document type's names (singular and plural) in every language, by translation key:
#: an entry is found by its type's name whichever language the visitor types it in
#: ("Statuts", "Statutes", "النظام الأساسي" find a Satzung).
type_names = _Memo(_load_type_names)
#: Every topic's names in every language, by tag id.
topic_names = _Memo(_load_topic_names)


def forget_names() -> None:
    """After a document type or topic changed (signals), and before indexing."""
    type_names.forget()
    topic_names.forget()


def _entry_text(page, links, hidden=None, names=None, topics=None) -> tuple[str, str, str]:
    """(text for snippets, text for matching minus the title, short metadata).

    The short metadata (parties, topics, document type) ranks matches together with the
    title; the summary and the files are matched but not ranked (see ``postgres.match``).
    *names* and *topics* are :data:`type_names` and :data:`topic_names` (loaded once for
    many entries). The snippet text keeps the files' pages apart (:func:`pages.mark_files`),
    so that a result can name its pages and take its snippet from the best one without
    another query.
    """
    document_type = page.document_type
    documents = public_documents(links, hidden)
    file_texts = [document.extracted_text for document in documents]
    snippet_text = mark_files(page.summary, [document.page_texts for document in documents])
    if document_type is None:
        kind = []
    else:
        names = type_names() if names is None else names
        kind = names.get(document_type.translation_key) or [document_type.name]
    topics = topic_names() if topics is None else topics
    topic_words = []
    for item in page.tagged_items.all():
        topic_words += [item.tag.name, *topics.get(item.tag_id, [])]
    short = [page.parties, " ".join(dict.fromkeys(topic_words)), " ".join(dict.fromkeys(kind))]
    metadata_text = "\n".join(part for part in short if part)
    body = "\n".join(part for part in [page.summary, metadata_text, *file_texts] if part)
    return snippet_text, body, metadata_text


def _facet_values(page, links) -> tuple[str, str]:
    """The entry's languages (of its files, else of its page) and its topics' tag ids, as
    :mod:`.tokens` stores them."""
    codes = {link.language for link in links if link.language} or {page.locale.language_code}
    return tokens.join(codes), tokens.join(item.tag_id for item in page.tagged_items.all())


def _row(page, links, hidden=None, names=None, topics=None) -> dict:
    """The search table's columns for one live entry page (the vectors as expressions that
    the statement writing the row computes)."""
    snippet_text, body, metadata = _entry_text(page, links, hidden, names, topics)
    languages, topics = _facet_values(page, links)
    limit = engine().MAX_BODY_CHARS
    folded_title = fold(page.title, for_index=True)
    folded_body = fold(body, for_index=True)[:limit]
    folded_metadata = fold(metadata, for_index=True)[:limit]
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
    ensure_topics(item.tag_id for item in page.tagged_items.all())
    forget_names()
    row = _row(page, list(page.files.all()))
    row["in_vocabulary"] = page.translation_key not in vocabulary.hidden_keys()
    with transaction.atomic():
        old = _counted_words(ArchiveSearchEntry.objects.filter(page_id=page.pk))
        ArchiveSearchEntry.objects.update_or_create(page_id=page.pk, defaults=row)
        vocabulary.change([vocabulary.row_words(row)] if row["in_vocabulary"] else [], old)


def _counted_words(rows) -> list[dict]:
    """The words of those of *rows* that count in the public vocabulary."""
    rows = rows.filter(in_vocabulary=True).only("title", "text", "folded_metadata")
    return [vocabulary.row_words(row) for row in rows]


def remove_entry(page_id) -> None:
    from knowledge.models import ArchiveSearchEntry

    with transaction.atomic():
        rows = ArchiveSearchEntry.objects.filter(page_id=page_id)
        vocabulary.change([], _counted_words(rows))
        rows.delete()


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


def reindex_for_document_type(document_type) -> int:
    """Refresh the entries of a document type whose name changed in some language: they
    are found by its names in every language."""
    from knowledge.models import ArchiveEntryPage

    return _reindex_pages(
        ArchiveEntryPage.objects.live().filter(
            document_type__translation_key=document_type.translation_key
        )
    )


def reindex_for_tag(tag_id) -> int:
    """Refresh the entries tagged *tag_id* (their topic's name changed in some language)."""
    from knowledge.models import ArchiveEntryPage

    return _reindex_pages(ArchiveEntryPage.objects.live().filter(tagged_items__tag_id=tag_id))


def _reindex_pages(pages) -> int:
    from wagtail.search.backends import get_search_backends

    from knowledge.models import ArchiveEntryPage

    ids = list(pages.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), 500):
        batch = list(_batch(ids[start : start + 500]))
        index_entries(batch)
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(ArchiveEntryPage, batch)  # Wagtail's index holds the names too
    return len(ids)


def _batch(ids):
    from knowledge.models import ArchiveEntryPage

    return (
        ArchiveEntryPage.objects.filter(pk__in=ids)
        .select_related("document_type", "locale")
        .prefetch_related("files__document", "tagged_items__tag")
    )


def index_entries(pages) -> int:
    """Index many live entry pages at once (rebuilds, imports, benchmarks): the rows are
    written in bulk, vectors included. *pages* should come with ``files__document``,
    ``tagged_items__tag``, ``document_type`` and ``locale`` loaded."""
    from knowledge.models import ArchiveSearchEntry

    hidden = hidden_collection_ids()
    pages = [page for page in pages if page.live]
    ensure_topics(item.tag_id for page in pages for item in page.tagged_items.all())
    forget_names()
    names, topics = type_names(), topic_names()
    rows = [
        ArchiveSearchEntry(
            page_id=page.pk, **_row(page, list(page.files.all()), hidden, names, topics)
        )
        for page in pages
    ]
    page_ids = [row.page_id for row in rows]
    hidden_keys = vocabulary.hidden_keys()
    added = []
    for row in rows:
        row.in_vocabulary = row.translation_key not in hidden_keys
        if row.in_vocabulary:
            added.append(vocabulary.row_words(row))
    with transaction.atomic():
        old = ArchiveSearchEntry.objects.filter(page_id__in=page_ids)
        vocabulary.change(added, _counted_words(old))
        old.delete()
        ArchiveSearchEntry.objects.bulk_create(rows)
    return len(rows)


def rebuild(batch_size: int = 500, report=None) -> int:
    """Recreate the whole index in batches; returns the number of entries indexed."""
    from knowledge.models import ArchiveEntryPage, ArchiveSearchEntry

    orphans = ArchiveSearchEntry.objects.exclude(page__live=True)
    vocabulary.change([], _counted_words(orphans))
    orphans.delete()
    ids = list(ArchiveEntryPage.objects.live().order_by("pk").values_list("pk", flat=True))
    count = 0
    for start in range(0, len(ids), batch_size):
        count += index_entries(_batch(ids[start : start + batch_size]))
        if report:
            report(count)
    return count
