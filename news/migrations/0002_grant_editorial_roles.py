"""Give the editorial roles their permissions on news categories (see portal/roles.py)."""

from django.db import migrations

from portal.roles import ensure_roles


def grant(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial"), ("portal", "0002_roles_and_workflow")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
