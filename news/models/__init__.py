from .article import NewsPage, NewsPageRelatedNews, NewsPageTag
from .category import NewsCategory
from .index import NewsIndexPage

__all__ = [
    "NewsCategory",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedNews",
    "NewsPageTag",
]
