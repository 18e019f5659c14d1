"""The archive of one locale: a search page over its entries (and untranslated ones)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from portal.publishing import ReviewedPublishingPage
from portal.routing import OneQueryChildRoute
from privacy.visibility import PrivacyCheckedPage


class ArchiveIndexPage(ReviewedPublishingPage, PrivacyCheckedPage, OneQueryChildRoute, Page):
    intro = models.TextField(_("lead text"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ArchiveEntryPage"]
    max_count_per_parent = 1
    template = "knowledge/archive_index_page.html"

    class Meta:
        verbose_name = _("archive")
        verbose_name_plural = _("archives")

    def serve(self, request, *args, **kwargs):
        from knowledge.views import serve_archive

        return serve_archive(self, request)
