from django.db import migrations, models

BATCH = 2000
TABLE = "knowledge_archivesearchentry"


def keep_inline(apps, schema_editor):
    """Facet counting reads these two columns of every match: keep them in the row (the
    table moves every other wide value out of line, see 0006), not in TOAST."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in ("facet_languages", "facet_topics"):
        schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {column} SET STORAGE MAIN")


def _tokens(values):
    # knowledge.search.tokens.join as of this migration (migrations keep their own copy).
    unique = sorted(set(values))
    return f" {' '.join(map(str, unique))} " if unique else ""


def copy_facet_values(apps, schema_editor):
    """Fill the new columns of existing rows from the languages table and the entries' tags."""
    entries = apps.get_model("knowledge", "ArchiveSearchEntry")
    languages = apps.get_model("knowledge", "ArchiveSearchLanguage")
    tags = apps.get_model("knowledge", "ArchiveEntryTag")
    ids = list(entries.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(ids), BATCH):
        batch = list(entries.objects.filter(pk__in=ids[start : start + BATCH]))
        codes, topics = {}, {}
        rows = languages.objects.filter(entry__in=batch).values_list("entry_id", "code")
        for entry_id, code in rows:
            codes.setdefault(entry_id, []).append(code)
        pages = [entry.page_id for entry in batch]
        rows = tags.objects.filter(content_object_id__in=pages).values_list(
            "content_object_id", "tag_id"
        )
        for page_id, tag_id in rows:
            topics.setdefault(page_id, []).append(tag_id)
        for entry in batch:
            entry.facet_languages = _tokens(codes.get(entry.pk, ()))
            entry.facet_topics = _tokens(topics.get(entry.page_id, ()))
        entries.objects.bulk_update(batch, ["facet_languages", "facet_topics"])


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0007_archivedocument_text_indexed")]

    operations = [
        migrations.RemoveIndex(model_name="archivesearchentry", name="knowledge_se_loc_date"),
        migrations.AddField(
            model_name="archivesearchentry",
            name="facet_languages",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.AddField(
            model_name="archivesearchentry",
            name="facet_topics",
            field=models.TextField(blank=True, default=""),
        ),
        migrations.RunPython(keep_inline, migrations.RunPython.noop),
        migrations.RunPython(copy_facet_values, migrations.RunPython.noop),
        migrations.DeleteModel(name="ArchiveSearchLanguage"),
    ]
