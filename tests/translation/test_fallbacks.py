"""What a visitor sees where a translation is missing: no alias in the breadcrumbs, and a
stand-in footer marked with its language."""

import pytest

from home.models import Footer
from tests.home.factories import StandardPageFactory, publish, translate_page
from tests.translation.conftest import start_translation

pytestmark = pytest.mark.django_db


def test_breadcrumbs_leave_out_untranslated_ancestors(client, german_page, locales):
    child = publish(StandardPageFactory(parent=german_page, title="Brunnen", slug="brunnen"))
    french_child = translate_page(child, "fr", title="Fontaine", slug="fontaine")
    assert french_child.get_parent().alias_of_id == german_page.pk

    html = client.get(french_child.url).text
    trail = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert "Wasserprojekt" not in trail
    assert 'aria-current="page">Fontaine<' in trail


def test_breadcrumbs_show_translated_ancestors(client, german_page, locales):
    french_parent = start_translation(german_page, "fr").get_target_instance()
    french_parent.title, french_parent.slug = "Projet d’eau", "projet-eau"
    french_parent = publish(french_parent)
    child = publish(StandardPageFactory(parent=german_page, title="Brunnen", slug="brunnen"))
    french_child = translate_page(child, "fr", title="Fontaine", slug="fontaine")
    assert french_child.get_parent().pk == french_parent.pk

    trail = client.get(french_child.url).text.split('class="breadcrumbs"')[1]
    assert f'href="{french_parent.url}"' in trail.split("</nav>")[0]


def test_a_missing_footer_falls_back_to_german_marked_as_german(client, locales):
    german = Footer.objects.get(locale=locales["de"])
    Footer.objects.filter(locale=locales["ar"]).delete()
    footer = client.get("/ar/").text.split('class="site-footer"')[1]
    assert f'<p class="site-footer__tagline" lang="de" dir="ltr">{german.tagline}</p>' in footer

    french = client.get("/fr/").text.split('class="site-footer"')[1]
    assert 'lang="de"' not in french
    assert Footer.objects.get(locale=locales["fr"]).tagline in french


def test_an_unpublished_footer_is_not_shown(client, locales):
    french = Footer.objects.get(locale=locales["fr"])
    Footer.objects.filter(pk=french.pk).update(live=False, tagline="Brouillon")
    footer = client.get("/fr/").text.split('class="site-footer"')[1]
    assert "Brouillon" not in footer
    assert 'lang="de"' in footer


def test_one_footer_per_locale(locales):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Footer.objects.create(locale=locales["fr"], tagline="Zweiter")


def test_an_untranslated_document_type_is_marked_german_on_the_entry(client, locales):
    from knowledge.models import ArchiveIndexPage, DocumentType
    from tests.knowledge.factories import ArchiveEntryPageFactory

    german_type = DocumentType.objects.create(locale=locales["de"], name="Grußwort")
    entry = ArchiveEntryPageFactory(
        parent=ArchiveIndexPage.objects.get(locale=locales["ar"]),
        title="كلمة ترحيب",
        document_type=german_type,
    )
    entry = publish(entry)
    html = client.get(entry.url).text
    assert '<p class="archive-entry__type" lang="de" dir="ltr">Grußwort</p>' in html
