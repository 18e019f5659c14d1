"""Give the editorial roles their permissions on document types (see portal/roles.py)."""

from django.db import migrations

from portal.roles import ensure_roles


def grant(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0002_search_vector_gin_index"), ("portal", "0002_roles_and_workflow")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
