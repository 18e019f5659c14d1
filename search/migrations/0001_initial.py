"""Takes over the table of PendingIndexUpdate, created by portal/migrations/0003 when the portal
app held the model: state only, no change to the database."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0008_move_pendingindexupdate_to_search"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PendingIndexUpdate",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("object_id", models.CharField(max_length=64)),
                        (
                            "recorded_at",
                            models.DateTimeField(db_index=True, verbose_name="recorded at"),
                        ),
                        (
                            "attempts",
                            models.PositiveIntegerField(default=0, verbose_name="replay attempts"),
                        ),
                        ("last_error", models.TextField(blank=True, verbose_name="last error")),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                to="contenttypes.contenttype",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "pending search index update",
                        "verbose_name_plural": "pending search index updates",
                        "db_table": "portal_pendingindexupdate",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id"),
                                name="unique_pending_index_update",
                            )
                        ],
                    },
                )
            ],
            database_operations=[],
        )
    ]
