from .documents import ArchiveDocument, DocumentThumbnail, ExtractionStatus
from .entries import ArchiveEntryFile, ArchiveEntryPage, ArchiveEntryTag, RelatedEntry
from .index_page import ArchiveIndexPage
from .search_index import ArchiveSearchEntry
from .snippets import DocumentType

__all__ = [
    "ArchiveDocument",
    "ArchiveEntryFile",
    "ArchiveEntryPage",
    "ArchiveEntryTag",
    "ArchiveIndexPage",
    "ArchiveSearchEntry",
    "DocumentThumbnail",
    "DocumentType",
    "ExtractionStatus",
    "RelatedEntry",
]
