"""The public archive's vocabulary: the words "Meinten Sie …?" may suggest.

One row per word (its folded form, as queries are folded) with a spelling to show and the
number of public entries that use it. Only entries an anonymous visitor may see count (see
``knowledge.search.vocabulary``), so a word that occurs only in members-only entries or
files can never be suggested. Derived data, kept up to date by the archive's indexing;
``rebuild_archive_index`` recounts it.
"""

from django.db import models


class ArchiveWord(models.Model):
    word = models.CharField(max_length=40, primary_key=True)
    display = models.CharField(max_length=40)
    entries = models.IntegerField(default=0)

    def __str__(self):
        return self.display
