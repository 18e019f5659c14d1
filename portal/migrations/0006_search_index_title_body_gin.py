from django.db import migrations

# The name search/database.py checks for; a migration keeps its own copy of it.
GIN_INDEX_NAME = "portal_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    """GIN index on the expression Wagtail's database backend filters on (PostgreSQL only)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {GIN_INDEX_NAME} ON {table} USING gin ((title || body))"
    )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {GIN_INDEX_NAME}")


class Migration(migrations.Migration):
    """Site-wide search must not read the whole index table (see search/database.py)."""

    dependencies = [
        ("portal", "0005_snippets_under_the_workflow"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
