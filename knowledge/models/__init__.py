from .documents import ArchiveDocument, DocumentThumbnail, ExtractionStatus
from .entries import ArchiveEntryFile, ArchiveEntryPage, ArchiveEntryTag, RelatedEntry
from .index_page import ArchiveIndexPage
from .search_index import ArchiveSearchEntry
from .snippets import DocumentType
from .topics import Topic
from .vocabulary import ArchiveWord

__all__ = [
    "ArchiveDocument",
    "ArchiveEntryFile",
    "ArchiveEntryPage",
    "ArchiveEntryTag",
    "ArchiveIndexPage",
    "ArchiveSearchEntry",
    "ArchiveWord",
    "DocumentThumbnail",
    "DocumentType",
    "ExtractionStatus",
    "RelatedEntry",
    "Topic",
]
