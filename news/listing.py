"""Which news a visitor may see, and the index filters (category, tag, year).

Every list of news (index, feeds, home teaser) starts from `visible_news`, so "live, public,
a real translation, not expired" is decided in one place. "Public" is the portal's rule
(privacy/visibility.py): what an anonymous visitor may see, so a translation of a
members-only item is left out too, and every visitor gets the same list.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.images import get_image_model

from news.models.article import LIST_IMAGE_FILTER, LIST_PICTURE_FILTERS, NewsPage, NewsPageTag
from news.models.category import NewsCategory
from privacy.visibility import public_visibility

__all__ = ["LIST_IMAGE_FILTER", "FilterOptions", "Selection", "for_listing", "visible_news"]


def visible_news(request=None):
    """Live, public news that is not an untranslated alias, newest first.

    Expired items are left out even before `publish_scheduled` has unpublished them. With
    the `request`, the page's other lists share the one query for view restrictions.
    """
    now = timezone.now()
    return (
        public_visibility(request)
        .listed(NewsPage.objects.all())
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        .order_by("-date", F("first_published_at").desc(nulls_last=True), "-pk")
    )


def for_listing(news):
    """Load what a list shows (category, list image rendition) in a fixed number of queries."""
    images = get_image_model().objects.prefetch_renditions(*LIST_PICTURE_FILTERS)
    return (
        news.defer_streamfields()
        .select_related("category")
        .prefetch_related(Prefetch("image", queryset=images))
    )


@dataclass
class Selection:
    """The filters a visitor picked; `problem` explains a value that matches nothing."""

    category: NewsCategory | None = None
    tag: Tag | None = None
    year: int | None = None
    problem: str = ""

    @property
    def active(self):
        return bool(self.category or self.tag or self.year)

    def query_string(self, page_number=1):
        """The canonical query string of this selection (known filters only)."""
        params = {}
        if self.category:
            params["category"] = self.category.slug
        if self.tag:
            params["tag"] = self.tag.slug
        if self.year:
            params["year"] = self.year
        if page_number > 1:
            params["page"] = page_number
        return f"?{urlencode(params)}" if params else ""

    def matches(self, item) -> bool:
        """True if the listed `item` (a ``ListedItem``) passes the chosen filters."""
        return (
            (self.category is None or item.category_id == self.category.pk)
            and (self.tag is None or self.tag.pk in item.tag_ids)
            and (self.year is None or item.year == self.year)
        )


@dataclass(frozen=True)
class ListedItem:
    """What choosing and ordering an index's items needs, without loading them."""

    pk: int
    category_id: int | None
    tag_ids: frozenset
    year: int
    expire_at: object = None

    def current(self, now) -> bool:
        return self.expire_at is None or self.expire_at > now


@dataclass
class FilterOptions:
    """The categories, tags and years that have at least one visible item, and the items
    themselves in list order (``ListedItem``), so that choosing a page of them, filtered or
    not, and counting them needs no query."""

    categories: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    years: list = field(default_factory=list)
    items: tuple = ()

    def chosen(self, selection, now=None) -> list[int]:
        """The ids of the items `selection` shows, in list order; items that expired since
        the options were built are left out as the list's query would."""
        now = now or timezone.now()
        return [item.pk for item in self.items if item.current(now) and selection.matches(item)]

    @classmethod
    def for_news(cls, news):
        """Built from the items: their categories and tags (a query each), their years."""
        items = _items(news)
        categories = NewsCategory.objects.filter(
            pk__in={item.category_id for item in items if item.category_id is not None}
        ).order_by("name")
        tags = Tag.objects.filter(pk__in=set().union(*(item.tag_ids for item in items)))
        years = sorted({item.year for item in items}, reverse=True)
        return cls(
            categories=list(categories), tags=list(tags.order_by("name")), years=years, items=items
        )

    def select(self, params):
        """Match the query string against the options; unknown values set `problem`."""
        selection = Selection()
        category = params.get("category", "").strip()
        if category:
            selection.category = next((c for c in self.categories if c.slug == category), None)
            if selection.category is None:
                selection.problem = _("There is no news in the category “%(value)s”.") % {
                    "value": category
                }
        tag = params.get("tag", "").strip()
        if tag and not selection.problem:
            selection.tag = next((t for t in self.tags if t.slug == tag), None)
            if selection.tag is None:
                selection.problem = _("There is no news with the tag “%(value)s”.") % {"value": tag}
        year = params.get("year", "").strip()
        if year and not selection.problem:
            selection.year = _year(year) if _year(year) in self.years else None
            if selection.year is None:
                selection.problem = _("There is no news from the year “%(value)s”.") % {
                    "value": year
                }
        return selection


def _items(news):
    tag_ids = {}
    for page_id, tag_id in NewsPageTag.objects.filter(
        content_object_id__in=news.order_by().values("pk")
    ).values_list("content_object_id", "tag_id"):
        tag_ids.setdefault(page_id, set()).add(tag_id)
    return tuple(
        ListedItem(pk, category_id, frozenset(tag_ids.get(pk, ())), day.year, expire_at)
        for pk, category_id, day, expire_at in news.values_list(
            "pk", "category_id", "date", "expire_at"
        )
    )


def page_of(news_page):
    """The items of `news_page` (a page of ids), loaded as a list shows them: one query."""
    ids = list(news_page.object_list)
    found = {item.pk: item for item in for_listing(NewsPage.objects.filter(pk__in=ids))}
    news_page.object_list = [found[pk] for pk in ids if pk in found]
    return news_page


def _year(text):
    """The year in `text` (ASCII digits only), else None."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 4 else None
