import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import StringTranslation

from tests.translation.conftest import start_translation

pytestmark = pytest.mark.django_db

FRENCH = {
    "Wasserprojekt": "Projet d’eau",
    "Brunnen für Dörfer.": "Des puits pour les villages.",
    "wasserprojekt": "projet-eau",
}


def _download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


def _upload(client, translation, content, name="translation.po"):
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    upload = SimpleUploadedFile(name, content, content_type="text/x-gettext-translation")
    return client.post(f"{url}?next=/admin/", {"file": upload}, follow=True)


def test_po_export_and_import_round_trip(admin_client, german_page):
    translation = start_translation(german_page, "fr")
    exported = _download(admin_client, translation)
    assert {entry.msgid for entry in exported} == set(FRENCH)
    assert all(entry.msgstr == "" for entry in exported)

    for entry in exported:
        entry.msgstr = FRENCH[entry.msgid]
    response = _upload(admin_client, translation, str(exported).encode())

    assert "Successfully imported translations from PO File." in response.text
    strings = StringTranslation.objects.filter(
        locale=translation.target_locale, translation_of__segments__source=translation.source
    )
    assert {st.translation_of.data: st.data for st in strings} == FRENCH
    again = _download(admin_client, translation)
    assert {(e.msgctxt, e.msgid, e.msgstr) for e in again} == {
        (e.msgctxt, e.msgid, e.msgstr) for e in exported
    }

    translation.save_target(publish=True)
    french = translation.get_target_instance()
    assert (french.title, french.intro, french.slug) == (
        "Projet d’eau",
        "Des puits pour les villages.",
        "projet-eau",
    )


def test_model_level_round_trip_keeps_arabic_text(german_page):
    translation = start_translation(german_page, "ar")
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "نص " + entry.msgid
    translation.import_po(polib.pofile(str(po)))
    assert {(e.msgid, e.msgstr) for e in translation.export_po()} == {
        (e.msgid, e.msgstr) for e in po
    }


def test_po_file_of_another_translation_is_refused(admin_client, german_page):
    french = start_translation(german_page, "fr")
    arabic = start_translation(german_page, "ar")
    po = french.export_po()
    for entry in po:
        entry.msgstr = FRENCH[entry.msgid]

    response = _upload(admin_client, arabic, str(po).encode())

    assert "Cannot import PO file that was created for a different translation." in response.text
    assert not StringTranslation.objects.filter(locale=arabic.target_locale).filter(
        translation_of__segments__source=arabic.source
    )


@pytest.mark.parametrize(
    "content",
    [b"", b"not a po file \xff\xfe", b'msgid "x"\nmsgstr "y"\n', b"/etc/passwd"],
    ids=["empty", "binary", "foreign-catalog", "path-like"],
)
def test_broken_uploads_get_a_clear_message(admin_client, german_page, content):
    translation = start_translation(german_page, "fr")
    response = _upload(admin_client, translation, content)
    assert response.status_code == 200
    assert "Please upload a PO file downloaded from this translation" in response.text


def test_upload_without_a_file_gets_a_clear_message(admin_client, german_page):
    translation = start_translation(german_page, "fr")
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    response = admin_client.post(f"{url}?next=/admin/", {}, follow=True)
    assert response.status_code == 200
    assert "Please choose a PO file to upload." in response.text
