import re

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from tests.translation.conftest import start_translation

pytestmark = pytest.mark.django_db


def _direction_script(response):
    match = re.search(
        r'<script src="[^"]*translation-target-direction\.js[^"]*" '
        r'data-target-lang="(\w+)" data-target-dir="(\w+)"',
        response.text,
    )
    assert match, "the editor does not load the direction script"
    return match.groups()


@pytest.mark.parametrize(("code", "expected"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")])
def test_translation_editor_fields_follow_the_target_direction(
    admin_client, german_page, code, expected
):
    target = start_translation(german_page, code).get_target_instance()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    assert response.status_code == 200
    assert 'class="js-translation-editor"' in response.text
    assert _direction_script(response) == (code, expected)


def test_direction_script_is_served():
    path = finders.find("translation/js/translation-target-direction.js")
    assert path
    with open(path, encoding="utf-8") as script:
        source = script.read()
    assert 'setAttribute("dir"' in source
