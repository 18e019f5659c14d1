"""The news index of one locale: the paginated, filterable list and its RSS and Atom feeds.

The feeds are routes of the index page (`<index>/rss/`, `<index>/atom/`) rather than global
URLs, so each language's feed lives under its own prefix, inherits the index's view
restrictions and needs no locale-dependent cache key.
"""

from django.core.paginator import InvalidPage, Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from portal.caching.fragments import Fragment, per_path
from portal.publishing import ReviewedPublishingPage
from portal.routing import OneQueryChildRoute
from privacy.visibility import PrivacyCheckedPage

#: The news index at a path: its filter options and the ids of its items, in list order.
NEWS_LIST = Fragment("news-list", per_path)


class NewsIndexPage(
    ReviewedPublishingPage, PrivacyCheckedPage, RoutablePageMixin, OneQueryChildRoute, Page
):
    intro = models.TextField(
        _("lead text"),
        blank=True,
        help_text=_("Shown above the list and used as the feed description."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    per_page = 10

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rss_url"] = self.feed_url("rss", request)
        context["atom_url"] = self.feed_url("atom", request)
        return context

    def visible_news(self, request=None):
        """This index's news as every visitor sees them; with the *request*, the public rule
        reuses the view restrictions that serving the index has already loaded."""
        from news.listing import visible_news

        return visible_news(request).child_of(self)

    @path("")
    def news_list(self, request):
        """The list; a bad page number is a 404, a filter value that matches nothing too."""
        from news.listing import FilterOptions, page_of

        news = self.visible_news(request)
        # The same for every visitor and every page of this list: shared under the content
        # version (three queries over all the index's news otherwise).
        options = NEWS_LIST.get(request, lambda: FilterOptions.for_news(news))
        selection = options.select(request.GET)
        context = {
            "options": options,
            "selection": selection,
            "news_page": None,
            "canonical_url": request.build_absolute_uri(self.get_url(request=request)),
        }
        if selection.problem:
            return self._not_found(request, context)
        # The list's ids come with the options, so counting and paging need no query; only
        # the page's own items are read.
        paginator = Paginator(options.chosen(selection), self.per_page)
        number = request.GET.get("page", "").strip() or 1
        try:
            news_page = page_of(paginator.page(number))
        except InvalidPage:
            selection.problem = _("There is no page “%(value)s” in this list of news.") % {
                "value": number
            }
            return self._not_found(request, context)
        context["news_page"] = news_page
        context["page_links"] = paginator.get_elided_page_range(news_page.number, on_each_side=2)
        context["canonical_url"] = request.build_absolute_uri(
            self.get_url(request=request) + selection.query_string(news_page.number)
        )
        return self.render(request, context_overrides=context)

    def _not_found(self, request, context):
        """The index with the explanation in `selection.problem` and a link to all news."""
        response = self.render(request, context_overrides=context)
        response.status_code = 404
        return response

    @path("rss/", name="rss")
    def rss_feed(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)

    def feed_url(self, name, request=None):
        return self.get_url(request=request) + self.reverse_subpage(name)
