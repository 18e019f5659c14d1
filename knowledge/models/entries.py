"""An archive entry: one landing page per document (or set of language versions).

Entries are pages so that workflow, revisions, translation and view restrictions apply
to them exactly as to any other content.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.api_fields import ArchiveFilesField, LocalizedSnippetField
from portal.publishing import ReviewedPublishingPage
from privacy.visibility import PrivacyCheckedPage

LANGUAGE_CHOICES = settings.LANGUAGES


class ArchiveEntryTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.ArchiveEntryPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class ArchiveEntryPage(ReviewedPublishingPage, PrivacyCheckedPage, Page):
    document_type = models.ForeignKey(
        "knowledge.DocumentType",
        verbose_name=_("document type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date = models.DateField(_("date"), help_text=_("Date of the document (signature, meeting)."))
    parties = models.TextField(
        _("parties and organisations"), blank=True, help_text=_("One per line.")
    )
    summary = models.TextField(_("summary"), blank=True)
    topics = ClusterTaggableManager(through=ArchiveEntryTag, blank=True, verbose_name=_("topics"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("document_type"), FieldPanel("date"), FieldPanel("parties")],
            heading=_("Metadata"),
        ),
        FieldPanel("summary"),
        FieldPanel("topics"),
        InlinePanel("files", label=_("Files (language versions)"), min_num=0),
        InlinePanel("related_entries", label=_("Related entries")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("parties"),
        index.SearchField("file_text"),
        index.SearchField("type_and_topic_names"),
        index.FilterField("date"),
    ]
    # What the landing page shows; never the files' extracted text.
    api_fields = [
        APIField("date"),
        APIField("document_type", serializer=LocalizedSnippetField("document_type")),
        APIField(
            "parties",
            serializer=serializers.ListField(child=serializers.CharField(), source="party_list"),
        ),
        APIField("summary"),
        APIField("topics"),
        APIField("original_languages"),
        APIField("files", serializer=ArchiveFilesField()),
    ]

    parent_page_types = ["knowledge.ArchiveIndexPage"]
    subpage_types = []
    template = "knowledge/archive_entry_page.html"

    class Meta:
        verbose_name = _("archive entry")
        verbose_name_plural = _("archive entries")

    def file_text(self) -> str:
        """The extracted text of the attached files, for Wagtail's site-wide search; files in
        restricted collections are left out (the index is the same for every visitor)."""
        from knowledge.search.indexing import public_file_texts
        from knowledge.search.limits import cap

        return cap("\n".join(public_file_texts(list(self.files.all()))))

    def type_and_topic_names(self) -> str:
        """The document type's names in every language and the topics, for Wagtail's index
        (the archive's own index adds them in ``knowledge.search.indexing``)."""
        from knowledge.search.indexing import topic_names, type_names

        names = []
        if self.document_type_id:
            names += type_names().get(self.document_type.translation_key, [])
        for item in self.tagged_items.all():
            names += [item.tag.name, *topic_names().get(item.tag_id, [])]
        return " ".join(dict.fromkeys(names))

    @property
    def party_list(self) -> list[str]:
        return [line.strip() for line in self.parties.splitlines() if line.strip()]

    @property
    def original_languages(self) -> list[str]:
        codes = [link.language for link in self.files.all() if link.is_original]
        return list(dict.fromkeys(codes)) or [self.locale.language_code]

    def permalink(self, request=None) -> str:
        """A URL that survives slug changes and moves: it only carries the page id."""
        with translation.override(self.locale.language_code):
            path = reverse("knowledge:permalink", args=[self.pk])
        return request.build_absolute_uri(path) if request else path

    def citation(self, request=None) -> str:
        with translation.override(self.locale.language_code):
            parts = [", ".join(self.party_list)] if self.parties else []
            title = f"„{self.title}“" if self.locale.language_code == "de" else f"“{self.title}”"
            if self.document_type_id:
                title += f" ({self.document_type.localized})"
            parts.append(title)
            parts.append(date_format(self.date, "DATE_FORMAT"))
            parts.append(self.permalink(request))
        return ". ".join(part for part in parts if part) + "."

    def related_in_locale(self, request=None):
        """Related entries for this page's readers, like a news item's: only entries an
        anonymous visitor may see (every language version public), each in this page's
        language where translated, else in its original language (marked in the template).
        """
        from privacy.visibility import public_visibility

        targets = [link.target for link in self.related_entries.select_related("target")]
        related = public_visibility(request).in_locale(ArchiveEntryPage, targets, self.locale_id)
        return [entry for entry in related if entry.translation_key != self.translation_key]

    def get_context(self, request, *args, **kwargs):
        from knowledge.search import topics
        from knowledge.search.folding import query_terms
        from privacy.visibility import visibility

        context = super().get_context(request, *args, **kwargs)
        query = str(request.GET.get("q", "")).replace("\x00", "")[:200]
        terms = query_terms(query)
        # Only the files this visitor may download: one in a restricted collection is not
        # even named to others (its name, size and pages say too much).
        hidden = visibility(request).hidden_collections()
        files = list(
            self.files.select_related("document", "document__thumbnail").exclude(
                document__collection__in=hidden
            )
        )
        context["files"] = files
        context["search_query"] = query if terms else ""
        context["search_terms"] = terms
        context["file_views"] = file_views(request, files, terms)
        context["thumbnail"] = next(
            (view for view in context["file_views"] if view.thumbnail_url), None
        )
        context["related"] = self.related_in_locale(request)
        context["topics"] = topics.for_page(request, self)
        context["permalink_url"] = self.permalink(request)
        context["citation"] = self.citation(request)
        return context

    def serve(self, request, *args, **kwargs):
        """A member may be shown files others are not: never kept by a shared cache."""
        from django.utils.cache import patch_cache_control

        from privacy.visibility import visibility

        response = super().serve(request, *args, **kwargs)
        if visibility(request).sees_more_than_anonymous():
            patch_cache_control(response, private=True)
        return response


@dataclass
class FileView:
    """What the entry page shows of one file: its link (at the first matching page of a
    PDF), the pages holding the search's words, the OCR note and the thumbnail."""

    link: "ArchiveEntryFile"
    url: str
    pages: list
    thumbnail_url: str = ""

    @property
    def document(self):
        return self.link.document


def file_views(request, links, terms) -> list[FileView]:
    """One :class:`FileView` per file; matching pages and thumbnails only for files this
    request may open (the list must not reveal what a members-only file says)."""
    from knowledge.search.pages import pages_of
    from privacy.visibility import visibility

    seen = visibility(request)
    views = []
    for link in links:
        document = link.document
        allowed = seen.media_refusal(document) is None
        pages = pages_of(document, terms) if allowed else []
        url = document.url
        if pages and document.file_extension == "pdf":
            url = f"{url}#page={pages[0]}"
        has_thumbnail = allowed and hasattr(document, "thumbnail")
        thumbnail = reverse("knowledge:thumbnail", args=[document.pk]) if has_thumbnail else ""
        views.append(FileView(link, url, pages, thumbnail))
    return views


class ArchiveEntryFile(Orderable):
    """One file of an entry, e.g. the Arabic version of a trilingual declaration."""

    page = ParentalKey(ArchiveEntryPage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="entry_links",
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    is_original = models.BooleanField(
        _("original version"),
        default=True,
        help_text=_("Untick for a translation made after the fact."),
    )

    panels = [FieldPanel("document"), FieldPanel("language"), FieldPanel("is_original")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")

    @property
    def language_name(self) -> str:
        return dict(LANGUAGE_CHOICES).get(self.language, self.language)


class RelatedEntry(Orderable):
    page = ParentalKey(ArchiveEntryPage, related_name="related_entries", on_delete=models.CASCADE)
    target = models.ForeignKey(
        ArchiveEntryPage,
        verbose_name=_("entry"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("related entry")
        verbose_name_plural = _("related entries")
