"""The footer, news categories and document types go through "Redaktionelle Freigabe".

They became draftable (home 0003, news 0004, knowledge 0004); the workflow is assigned to
their content types. Idempotent, like every role and workflow migration.
"""

from django.db import migrations

from portal.workflow import ensure_workflow


def assign(apps, schema_editor):
    ensure_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_translator_snippets_and_collections"),
        ("home", "0004_draftable_footer_one_per_locale"),
        ("news", "0004_draftable_categories"),
        ("knowledge", "0004_draftable_document_types"),
    ]

    operations = [migrations.RunPython(assign, migrations.RunPython.noop)]
