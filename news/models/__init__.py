from .article import NewsPage, NewsPageRelatedArchiveEntry, NewsPageRelatedNews, NewsPageTag
from .category import NewsCategory
from .index import NewsIndexPage

__all__ = [
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedArchiveEntry",
    "NewsPageRelatedNews",
    "NewsPageTag",
]
