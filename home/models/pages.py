"""The two page types every locale's tree is built from."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from portal.publishing import ReviewedPublishingPage
from portal.routing import OneQueryChildRoute
from privacy.visibility import PrivacyCheckedPage


class ContentPage(ReviewedPublishingPage, PrivacyCheckedPage, OneQueryChildRoute, Page):
    """Lead text and a block body, shared by the home page and standard pages."""

    intro = models.TextField(
        _("lead text"), blank=True, help_text=_("One to three sentences shown above the body.")
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        abstract = True


class HomePage(ContentPage):
    """The root of one locale's tree; its children form the main navigation."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide photo at the top of the home page. Set its focal point in the image "
            "library: phones show a narrower crop around it. Without one, the portal's own "
            "illustration of the two cities is shown."
        ),
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for visitors who cannot see it."),
    )

    content_panels = ContentPage.content_panels[:2] + [
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        *ContentPage.content_panels[2:],
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.StandardPage", "news.NewsIndexPage", "knowledge.ArchiveIndexPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(ContentPage):
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
