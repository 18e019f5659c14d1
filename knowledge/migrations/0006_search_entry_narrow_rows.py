from django.db import migrations

TABLE = "knowledge_archivesearchentry"


def narrow_rows(apps, schema_editor):
    """Keep the search table's rows narrow on PostgreSQL (a no-op on SQLite).

    Facet counts and the filters read every matching row; with the folded texts and the
    full vector stored inline (compressed, up to 2 KB each) a row filled a whole 8 KB page,
    so 100,000 entries meant scanning close to 1 GB. With ``toast_tuple_target`` at its
    minimum the large columns live out of line, where only the snippet (20 rows) reads them;
    the small ``head_vector`` that ranks every match stays inline (STORAGE MAIN).
    Existing rows move on their next update: run ``rebuild_archive_index`` after upgrading.
    """
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)")
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN head_vector SET STORAGE MAIN")


def widen_rows(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"ALTER TABLE {TABLE} RESET (toast_tuple_target)")
    schema_editor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN head_vector SET STORAGE EXTENDED")


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0005_search_entry_metadata_head_vector")]

    operations = [migrations.RunPython(narrow_rows, widen_rows)]
