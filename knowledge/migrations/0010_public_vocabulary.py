from collections import Counter

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr

TRIGRAM_INDEX = "knowledge_word_trgm"


def create_trigram_index(apps, schema_editor):
    """Misspelt query words are looked up by trigram similarity (pg_trgm), on PostgreSQL."""
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {TRIGRAM_INDEX} "
            "ON knowledge_archiveword USING gin (word gin_trgm_ops)"
        )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}")


def count_public_words(apps, schema_editor):
    """The vocabulary of the entries indexed so far that an anonymous visitor may see."""
    # The words of a text as the suggestions read them (a pure function on text).
    from knowledge.search.vocabulary import words_of

    Entry = apps.get_model("knowledge", "ArchiveSearchEntry")
    Word = apps.get_model("knowledge", "ArchiveWord")
    Page = apps.get_model("wagtailcore", "Page")
    Restriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = Exists(
        Restriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    )
    hidden = Page.objects.filter(restricted).values("translation_key")
    public = Entry.objects.exclude(translation_key__in=hidden)
    counts, spellings = Counter(), {}
    for title, text, metadata in public.values_list("title", "text", "folded_metadata"):
        words = words_of(title, text, metadata)
        counts.update(words.keys())
        for key, spelling in words.items():
            spellings.setdefault(key, spelling)
    Word.objects.bulk_create(
        [Word(word=key, display=spellings[key], entries=n) for key, n in counts.items()],
        batch_size=2000,
    )
    public.update(in_vocabulary=True)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0009_document_type_slug"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        TrigramExtension(),
        migrations.CreateModel(
            name="ArchiveWord",
            fields=[
                ("word", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("display", models.CharField(max_length=40)),
                ("entries", models.IntegerField(default=0)),
            ],
        ),
        migrations.AddField(
            model_name="archivesearchentry",
            name="in_vocabulary",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(create_trigram_index, drop_trigram_index),
        migrations.RunPython(count_public_words, migrations.RunPython.noop),
    ]
