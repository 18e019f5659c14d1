"""A news article: dated, with a lead, a block body, an optional image, tags and category."""

from datetime import datetime, time

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from portal.ancestry import ancestors
from portal.api_fields import NameSlugSerializer
from portal.caching.fragments import Fragment, per_path
from portal.publishing import ReviewedPublishingPage
from privacy.visibility import PrivacyCheckedPage, public_visibility

# The rendition used for list images (index, home teaser, API); prefetched with the items.
LIST_IMAGE_FILTER = "fill-480x270-c100"
# What a news card's <picture> asks for (news_card.html): two widths, AVIF, WebP and JPEG.
LIST_PICTURE_FILTERS = [
    f"fill-{size}-c100|format-{kind}"
    for size in ("480x270", "960x540")
    for kind in ("avif", "webp", "jpeg")
]


#: An article's related news and archive entries, for the article at a path.
RELATED = Fragment("page-related", per_path)


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(ReviewedPublishingPage, PrivacyCheckedPage, Page):
    """One news item. Publication date, category and tags drive the index filters and feeds.

    Tags are keywords shared by every language (wagtail-localize copies them from the source
    page); labels that need translating belong in the category snippet.
    """

    date = models.DateField(
        _("publication date"),
        default=timezone.localdate,
        help_text=_("Shown with the article and used for ordering, the year filter and feeds."),
    )
    intro = models.TextField(
        _("lead text"),
        help_text=_("One to three sentences; shown in lists, feeds and link previews."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image alt text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the image for people who cannot see it; leave empty if decorative."),
    )
    category = models.ForeignKey(
        "news.NewsCategory",
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category"), FieldPanel("tags")],
            heading=_("Filing"),
        ),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        FieldPanel("body"),
        InlinePanel("related_news", label=_("Related news")),
        InlinePanel("related_archive_entries", label=_("Related archive entries")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("category", serializer=NameSlugSerializer()),
        APIField("tags"),
        APIField("image", serializer=ImageRenditionField(LIST_IMAGE_FILTER)),
        APIField("image_alt"),
        APIField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    # Read with the page when it is served (portal.routing.child_pages): the page shows both.
    routed_with = ("category", "image")

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    def get_context(self, request, *args, **kwargs):
        from news.models.index import NewsIndexPage

        context = super().get_context(request, *args, **kwargs)
        parents = ancestors(self)  # loaded by Wagtail's routing: no query when served
        parent = parents[-1] if parents else None
        if not isinstance(parent, NewsIndexPage):
            parent = NewsIndexPage.objects.parent_of(self).first()
        context["news_index"] = parent
        context["related_news"], context["related_entries"] = self._related(request)
        return context

    def _related(self, request):
        """Related news and archive entries, as shown to everybody (the public rule), shared
        for the page at this path. With the request, the rule reuses the view restrictions
        that serving this page has already loaded, instead of building them into each list's
        query."""
        return RELATED.for_page(
            request,
            self,
            lambda: (self.related_in_locale(request), self.related_archive_in_locale(request)),
        )

    @property
    def published_at(self):
        """The publication date as an aware datetime (feeds and JSON-LD need a time)."""
        return timezone.make_aware(datetime.combine(self.date, time.min))

    def related_in_locale(self, request=None):
        """Related news as live, public pages of this page's language.

        Links are synchronised from the source page, so on a translation they still point at
        German pages; each is replaced by its translation, and dropped where none exists.
        """
        keys = _linked_keys(self, "related_news", "news")
        if not keys:
            return []
        pages = (
            public_visibility(request)
            .listed(NewsPage.objects.all())
            .filter(translation_key__in=keys, locale_id=self.locale_id)
            .exclude(pk=self.pk)
            .defer_streamfields()
        )
        by_key = {page.translation_key: page for page in pages}
        return [by_key[key] for key in keys if key in by_key]

    def related_archive_in_locale(self, request=None):
        """Related archive entries for this page's readers: live and public only.

        Each entry is shown in this page's language where it is translated, else in its
        original language (the template marks it with `lang` and a label), never hidden.
        "Public" is the portal's rule: an entry with a members-only language version is
        left out in every language.
        """
        from knowledge.models import ArchiveEntryPage

        keys = _linked_keys(self, "related_archive_entries", "entry")
        if not keys:
            return []
        entries = (
            public_visibility(request)
            .listed(ArchiveEntryPage.objects.all())
            .filter(translation_key__in=keys)
            .select_related("locale")
            .defer_streamfields()
        )
        chosen = {}
        for entry in entries:
            current = chosen.get(entry.translation_key)
            if current is None or entry.locale_id == self.locale_id:
                chosen[entry.translation_key] = entry
        return [chosen[key] for key in keys if key in chosen]


def _linked_keys(page, relation, target):
    """The translation keys of the pages `relation` links to, in link order, each once.

    A page read from the database reads its links with one plain query, and without links
    (the usual case) its caller skips the list query; a draft or preview holds its links in
    memory. Cheaper than ordering the list query by subqueries over the links, which cost
    more to build than the rows cost to read.
    """
    links = getattr(page, relation)
    if links.is_deferring or page.pk is None:
        keys = [
            getattr(link, target).translation_key
            for link in links.select_related(target).all()
            if getattr(link, target) is not None
        ]
    else:
        rows = links.get_live_queryset().order_by("sort_order", "pk")
        keys = list(rows.values_list(f"{target}__translation_key", flat=True))
    return list(dict.fromkeys(keys))


class NewsPageRelatedArchiveEntry(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_archive_entries")
    entry = models.ForeignKey(
        "knowledge.ArchiveEntryPage",
        verbose_name=_("archive entry"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("entry")]

    class Meta(Orderable.Meta):
        verbose_name = _("related archive entry")
        verbose_name_plural = _("related archive entries")


class NewsPageRelatedNews(Orderable):
    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_news")
    news = models.ForeignKey(
        NewsPage,
        verbose_name=_("news item"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("news")]

    class Meta(Orderable.Meta):
        verbose_name = _("related news item")
        verbose_name_plural = _("related news")
