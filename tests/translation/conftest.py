import html
import json
import re

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object
from wagtail_localize.synctree import create_aliases_for_new_page

from portal.settings.machine_translation import machine_translator_setting
from tests.home.factories import StandardPageFactory, publish
from tests.translation.fake_libretranslate import FakeLibreTranslate

API_KEY = "test-key"


@pytest.fixture
def libretranslate(settings):
    """A running fake LibreTranslate, configured exactly as MT_BACKEND would configure it."""
    with FakeLibreTranslate(api_key=API_KEY) as server:
        settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(
            {
                "MT_BACKEND": "libretranslate",
                "LIBRETRANSLATE_URL": server.url + "/",
                "LIBRETRANSLATE_API_KEY": API_KEY,
            }
        )
        yield server


@pytest.fixture
def superuser(django_user_model):
    return english_admin(
        django_user_model.objects.create_superuser("chef", "chef@example.invalid", "pw")
    )


def english_admin(user):
    """The admin speaks the user's preferred language; tests read its English messages."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def german_page(home):
    """A new German page with the aliases in fr, ar and en that the admin's sync creates."""
    page = publish(
        StandardPageFactory(
            parent=home, title="Wasserprojekt", slug="wasserprojekt", intro="Brunnen für Dörfer."
        )
    )
    create_aliases_for_new_page(page)
    return page


def start_translation(instance, language_code, user=None):
    """What "Translate this page" does; returns the (enabled) Translation."""
    locale = Locale.objects.get(language_code=language_code)
    translate_object(instance, [locale], user=user)
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(instance), target_locale=locale
    )


def editor_props(response):
    """The props wagtail-localize's translation editor receives (its data-props attribute)."""
    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', response.text)
    assert match, "not the translation editor"
    return json.loads(html.unescape(match.group(1)))


def make_translator(django_user_model, *language_codes, username="traductrice"):
    """A user who may edit the page trees of `language_codes` (page permissions on their
    locale home pages), as the per-locale translator groups are set up."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    from home.models import HomePage

    group = Group.objects.create(name=f"Translators {'/'.join(language_codes)} {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for code in language_codes:
        home = HomePage.objects.get(depth=2, locale__language_code=code)
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=home, permission=Permission.objects.get(codename=codename)
            )
    user = django_user_model.objects.create_user(username, f"{username}@example.invalid", "pw")
    user.groups.add(group)
    return english_admin(user)


def translate_every_string(translation, text, slug="uebersetzt", **by_field):
    """Give every string of `translation` a (manual) translation: `by_field[field]` for a
    field's strings, `slug` for the slug, `text` for the rest."""
    from wagtail_localize.models import StringSegment, StringTranslation

    for segment in StringSegment.objects.filter(source=translation.source):
        field = segment.context.path.split(".")[0]
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=slug if field == "slug" else by_field.get(field, text),
        )
