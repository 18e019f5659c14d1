"""Translators get their language's snippets and a document and image collection of its own.

`ensure_roles` grants "change" on the footer, news categories and document types (limited to
the translator's locale by `translation.snippets`), creates the collections `Übersetzung fr`,
`Übersetzung ar` and `Übersetzung en` and grants add/change/choose on them; the translators'
former grants on the root collection (every language's media) are withdrawn. Idempotent.
"""

from django.db import migrations

from portal.roles import ensure_roles, retire_translator_root_media


def grant(apps, schema_editor):
    ensure_roles(apps)
    retire_translator_root_media(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0003_pendingindexupdate"),
        ("home", "0002_locales_and_home_page"),
        ("news", "0003_related_archive_entries"),
        ("knowledge", "0003_grant_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
