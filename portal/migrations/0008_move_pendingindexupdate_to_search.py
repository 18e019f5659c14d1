"""PendingIndexUpdate now belongs to the search app: the model leaves the portal's state, its
table stays (search/migrations/0001_initial.py takes it over under the same name)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal", "0007_retire_moderators_approval_task")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PendingIndexUpdate")],
            database_operations=[],
        )
    ]
