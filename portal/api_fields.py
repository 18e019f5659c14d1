"""Serializers for the content fields pages expose in the API (``api_fields``).

Only what the public page shows: no extracted document text, no editor-only data. Links are
absolute, built from the API request like the page URLs Wagtail's API returns.
"""

from rest_framework import serializers
from rest_framework.fields import Field

from privacy.visibility import public_visibility


class NameSlugSerializer(serializers.Serializer):
    """A translatable label with a language-independent slug (news categories)."""

    name = serializers.CharField()
    slug = serializers.CharField()


class LocalizedSnippetField(Field):
    """The name of a translatable snippet (``field_name`` on the page) in the page's language."""

    def __init__(self, field_name, **kwargs):
        self.snippet_field = field_name
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        snippet = getattr(page, self.snippet_field)
        if snippet is None:
            return None
        localized = snippet.get_translation_or_none(page.locale) or snippet
        return localized.name


class ArchiveFilesField(Field):
    """The language versions of an archive entry: language, format, size, download URL.

    Files in a restricted collection are left out, as for the documents endpoint.
    """

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        hidden = public_visibility(request).hidden_collections()
        links = page.files.exclude(document__collection__in=hidden).select_related("document")
        return [
            {
                "language": link.language,
                "is_original": link.is_original,
                "format": link.document.format_label,
                "size": link.document.file_size,
                "pages": link.document.page_count,
                "download_url": _absolute(request, link.document.url),
            }
            for link in links
        ]


def _absolute(request, url):
    return request.build_absolute_uri(url) if request is not None else url
