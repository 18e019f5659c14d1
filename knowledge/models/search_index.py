"""The archive's own search index: one row per entry page, kept up to date on save.

Why not only Wagtail's search index: its database backend has one text-search
configuration, no index on the combined title and body vectors, and recomputes
statistics over the whole table on every save. This table holds exactly what archive
search needs - folded text for matching, a GIN-indexed tsvector on PostgreSQL, plain
text for snippets and denormalised facet values - so a search or a save costs the same
at 100,000 entries as at 1,000. It is derived data: `rebuild_archive_index` recreates it.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class ArchiveSearchEntry(models.Model):
    page = models.OneToOneField(
        "knowledge.ArchiveEntryPage", on_delete=models.CASCADE, related_name="search_entry"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    translation_key = models.UUIDField(db_index=True)
    path = models.CharField(max_length=255, db_index=True)
    live = models.BooleanField(default=False)
    title = models.CharField(max_length=255)
    date = models.DateField()
    year = models.PositiveSmallIntegerField()
    document_type_key = models.UUIDField(null=True, blank=True)
    text = models.TextField(blank=True, help_text="Summary and file text, for snippets.")
    folded_title = models.TextField(blank=True)
    folded_body = models.TextField(blank=True)
    # The entry's own metadata (parties, summary, topics, type), without the files' text.
    folded_metadata = models.TextField(blank=True)
    # Only filled on PostgreSQL (knowledge.search.postgres); NULL elsewhere. ``vector`` is
    # matched (GIN index); the small ``head_vector`` (title and metadata) ranks the matches.
    vector = SearchVectorField(null=True, blank=True)
    head_vector = SearchVectorField(null=True, blank=True)
    # The entry's languages and topic (tag) ids as " de fr " and " 12 31 " (see
    # knowledge.search.tokens): filtered with LIKE, and counted over every match in one pass
    # over the matches alone, with no join (postgres.facets_and_page).
    facet_languages = models.TextField(blank=True, default="")
    facet_topics = models.TextField(blank=True, default="")
    # Whether this row's words are counted in the public vocabulary (ArchiveWord): true
    # while an anonymous visitor may see the entry.
    in_vocabulary = models.BooleanField(default=False)

    class Meta:
        # No index on (locale, live, date): a search's rows come from the GIN index on the
        # vector (see postgres.matching_through_index), and the listing without words reads
        # every row in scope anyway (locale or untranslated fallback).
        indexes = [models.Index(fields=["document_type_key"], name="knowledge_se_type")]

    def __str__(self):
        return self.title
