"""Every installation gets the editorial roles and the workflow "Redaktionelle Freigabe".

Idempotent: running it again (or calling `ensure_roles` from another app's migration) adds
what is missing and duplicates nothing.
"""

from django.db import migrations

from portal.roles import ensure_roles
from portal.workflow import ensure_workflow, retire_wagtail_defaults


def create_roles_and_workflow(apps, schema_editor):
    ensure_roles(apps)
    ensure_workflow(apps)
    retire_wagtail_defaults(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("home", "0002_locales_and_home_page"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_roles_and_workflow, migrations.RunPython.noop)]
