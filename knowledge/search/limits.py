"""How much text reaches a search index: one cap for every tsvector the portal writes.

PostgreSQL refuses a tsvector over 1 MB ("string is too long for tsvector"), and word
positions stop counting at 16,383 anyway, so the rest of a long document adds nothing to
matching. The archive's own index (:mod:`.postgres`, :mod:`.fallback`) and Wagtail's
index of documents and entries (``ArchiveDocument.indexed_text``,
``ArchiveEntryPage.file_text``) cut their text here; a 6,000-page PDF is still found
by its first ~150 pages.
"""

# Characters; 400,000 folded characters stay below 1 MB in all four configurations.
MAX_BODY_CHARS = 400_000


def cap(text: str) -> str:
    return text[:MAX_BODY_CHARS]
