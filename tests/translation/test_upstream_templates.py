"""The upstream names, templates and messages listed in docs/UPGRADING.md still exist."""

from pathlib import Path

import polib
import pytest
import wagtail
import wagtail_localize
from django.conf import settings
from wagtail_localize.models import StringTranslation

from translation import localize_dates

UPSTREAM_CATALOGS = [
    Path(wagtail.__file__).parent / "admin/locale/de/LC_MESSAGES/django.po",
    Path(wagtail.__file__).parent / "locales/locale/de/LC_MESSAGES/django.po",
    Path(wagtail_localize.__file__).parent / "locale/de/LC_MESSAGES/django.po",
]


def test_the_segment_note_is_ours():
    assert StringTranslation.get_comment is localize_dates.translation_note


WAGTAIL = Path(wagtail.__file__).parent


@pytest.mark.parametrize(
    "path",
    [
        Path(wagtail_localize.__file__).parent
        / "templates/wagtail_localize/admin/edit_translation.html",
        WAGTAIL / "admin/templates/wagtailadmin/pages/listing/_page_title_column_header.html",
        WAGTAIL / "admin/templates/wagtailadmin/shared/user_avatar.html",
        WAGTAIL / "admin/templates/wagtailadmin/shared/headers/_actions.html",
    ],
    ids=lambda path: path.name,
)
def test_the_overridden_templates_exist_upstream(path):
    assert path.exists(), f"{path} is gone upstream"


@pytest.mark.parametrize(
    "path",
    sorted((Path(settings.BASE_DIR) / "locale/upstream").glob("*/LC_MESSAGES/django.po")),
    ids=lambda path: path.parts[-3],
)
def test_every_corrected_message_still_exists_upstream(path):
    upstream = {
        entry.msgid for catalog in UPSTREAM_CATALOGS for entry in polib.pofile(str(catalog))
    }
    gone = [entry.msgid for entry in polib.pofile(str(path)) if entry.msgid not in upstream]
    assert not gone, gone
