"""RSS 2.0 and Atom feeds of one locale's news index, built with django.contrib.syndication.

Links are absolute (built from the request, like the hreflang links), the feed language is
the index's locale, and items come from `visible_news`, so drafts, scheduled, expired,
restricted and untranslated items never appear.

Titles are plain text (Atom's default, and what RSS readers assume). Descriptions are not:
readers render an RSS <description> and an Atom summary of type "html" as HTML, so the
lead text, which is plain text, is HTML-escaped before the generator escapes it again for
XML. Otherwise a lead containing markup would run as markup in every reader.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from news.listing import visible_news

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index):
        self.index = index
        self.language = index.locale.language_code
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index

    def title(self, index):
        return f"{index.title} · {_('Düsseldorf–Marrakesh Support Association')}"

    def link(self, index):
        return self.request.build_absolute_uri(index.get_url(request=self.request))

    def feed_url(self, index):
        return self.request.build_absolute_uri(self.request.path)

    def description(self, index):
        return escape(self._description(index))

    def _description(self, index):
        return index.intro or _("News from the Düsseldorf–Marrakesh Support Association")

    def author_name(self, index):
        return _("Düsseldorf–Marrakesh Support Association")

    def items(self, index):
        news = visible_news().child_of(index).defer_streamfields().select_related("category")
        return news[:FEED_LENGTH]

    def item_title(self, item):
        # Plain text: the feed generator escapes it once for XML.
        return item.title

    def item_description(self, item):
        return escape(item.intro)

    def item_link(self, item):
        return self.request.build_absolute_uri(item.get_url(request=self.request))

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [item.category.name] if item.category else []


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        # An Atom subtitle without a type is plain text.
        return self._description(index)
