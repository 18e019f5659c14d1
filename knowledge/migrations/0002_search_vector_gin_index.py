from django.db import migrations

from knowledge.search.postgres import create_index, drop_index


class Migration(migrations.Migration):
    """GIN index on the archive's tsvector (PostgreSQL only; a no-op on SQLite)."""

    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(create_index, drop_index)]
