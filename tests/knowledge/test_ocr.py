"""Scanned documents: read by OCR in the background extraction, found by what they say,
with their pages named, the confidence shown and the text correctable by editors.

The scans are made here (text drawn with Pillow onto page images, see ``scans.py``).
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.utils import translation

from knowledge.extraction import DONE, NO_TEXT_LAYER, Extractor, reasons
from knowledge.extraction.ocr import OcrOptions
from knowledge.extraction.quality import needs_ocr
from knowledge.tasks import ocr_options

from .factories import ArchiveDocumentFactory, make_entry
from .scans import ARABIC, FRENCH, GERMAN, require_tesseract, scan_image, scan_pdf

pytestmark = pytest.mark.django_db
ARCHIVES = {"de": "/de/archiv/", "fr": "/fr/archives/", "ar": "/ar/al-arshif/"}


@pytest.fixture(autouse=True)
def fast_ocr(settings):
    """The scans are 100 dpi: rendering them at 100 dpi keeps every test fast."""
    settings.KNOWLEDGE_OCR_DPI = 100
    with translation.override("en"):
        yield


def _scan(pages, language="de", name="scan.pdf", **fields):
    return ArchiveDocumentFactory(content=scan_pdf(pages, language), filename=name, **fields)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [("de", GERMAN, "Kassenprüferin"), ("fr", FRENCH, "décentralisée"), ("ar", ARABIC, "الشراكة")],
)
def test_a_scan_is_read_by_ocr_and_found_by_a_word_of_its_body(client, language, text, word):
    require_tesseract("deu", "fra", "ara", "eng")
    document = _scan(["Seite eins ohne das Wort, nur Haushalt.", text], language)

    assert document.extraction_status == DONE
    assert [page for page, _confidence in document.ocr_pages] == [1, 2]
    assert document.ocr_confidence > 70
    title = f"Gescanntes Protokoll {language}"
    make_entry(title=title, files=[(document, language)])

    data = client.get(ARCHIVES["de"], {"q": word, "format": "json"}).json()

    [result] = [result for result in data["results"] if result["title"] == title]
    assert result["pages"] == [2]
    assert "<mark>" in result["snippet"]


def test_ocr_uses_the_entry_language_or_all_four():
    document = ArchiveDocumentFactory()
    assert ocr_options(document).languages == ("de", "fr", "ar", "en")
    make_entry(files=[(document, "ar")])
    assert ocr_options(document).languages == ("ar",)


def test_entry_page_from_a_search_marks_the_words_and_links_the_matching_page(client):
    require_tesseract("deu")
    document = _scan(["Deckblatt der Akte.", GERMAN])
    entry = make_entry(
        title="Protokoll der Kassenprüferin", summary="Bericht der Kassenprüferin.",
        files=[(document, "de")],
    )  # fmt: skip
    response = client.get(ARCHIVES["de"], {"q": "Kassenprüferin"})
    assert f'href="{entry.url}?q=Kassenpr%C3%BCferin"' in response.text
    assert "S. 2" in response.text  # the German archive

    page = client.get(entry.url, {"q": "Kassenprüferin"})

    assert page.status_code == 200
    assert "<h1>Protokoll der <mark>Kassenprüferin</mark></h1>" in page.text
    assert f'href="{document.url}#page=2"' in page.text
    assert f"Text aus Texterkennung (Konfidenz {document.ocr_confidence} %)" in page.text
    assert f"/archive/thumbnail/{document.pk}/" in page.text
    assert "<mark>" not in client.get(entry.url).text


def test_image_documents_are_read_the_same_way():
    require_tesseract("deu", "fra", "ara", "eng")
    png = ArchiveDocumentFactory(content=scan_image(GERMAN), filename="scan.png")
    tiff = ArchiveDocumentFactory(content=scan_image(FRENCH, fmt="TIFF"), filename="scan.tiff")

    assert png.extraction_status == DONE and "Kassenprüferin" in png.extracted_text
    assert tiff.extraction_status == DONE and "coopération" in tiff.extracted_text
    assert png.ocr_pages and png.page_count == 1


def test_ocr_pages_are_limited_per_file(settings):
    require_tesseract("deu")
    settings.KNOWLEDGE_OCR_MAX_PAGES = 1
    document = _scan([GERMAN, "Zweite Seite: Marrakesch."])

    assert document.extraction_status == DONE
    assert document.extraction_reason == reasons.OCR_PAGE_LIMIT
    assert [page for page, _confidence in document.ocr_pages] == [1]
    assert "Marrakesch" not in document.page_texts[1]


@pytest.mark.parametrize(
    "text",
    [
        "",  # a scan: no text layer at all
        "7",  # a page number on a scan
        "(cid:12)(cid:34)(cid:56)(cid:78)(cid:90)(cid:11)(cid:13)(cid:17)(cid:19)(cid:23)",
        "\ue001\ue002\ue003\ue004 " * 15,  # private-use glyph codes
        "\ufffd\ufffd\ufffd Bericht \ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd" * 4,
        "ا ل ش ر ا ك ة ب ي ن م د ي ن ت ي د و س ل د و ر ف و م ر ا ك ش",  # lone letters
    ],
)
def test_unusable_text_layers_are_read_again(text):
    assert needs_ocr(text, has_image=True)


def test_good_text_layers_and_blank_pages_are_kept():
    assert not needs_ocr(GERMAN, has_image=True)
    assert not needs_ocr(ARABIC + " " + ARABIC, has_image=False)
    assert not needs_ocr("", has_image=False)


def test_unmapped_glyphs_count_as_unusable():
    assert needs_ocr(GERMAN, has_image=False, unmapped=len(GERMAN))


def test_without_tesseract_the_scan_waits_and_pending_ocr_reads_it_later(
    settings, admin_client, client
):
    require_tesseract("deu", "fra", "ara", "eng")
    settings.KNOWLEDGE_OCR_COMMAND = "/nonexistent/tesseract"
    document = _scan([GERMAN])
    make_entry(title="Wartendes Protokoll", files=[(document, "de")])

    assert document.extraction_status == NO_TEXT_LAYER
    assert document.extraction_reason == reasons.OCR_UNAVAILABLE
    listing = admin_client.get("/admin/documents/")
    assert "Text recognition (OCR) is not installed" in listing.text
    assert "apt-get install tesseract-ocr tesseract-ocr-deu" in listing.text
    assert "extract_text --pending-ocr" in listing.text
    with pytest.raises(CommandError, match="apt-get install tesseract-ocr tesseract-ocr-deu"):
        call_command("extract_text", "--pending-ocr", stdout=io.StringIO(), stderr=io.StringIO())
    assert "Wartendes Protokoll" not in _titles(client, "Kassenprüferin")

    settings.KNOWLEDGE_OCR_COMMAND = "tesseract"
    out = io.StringIO()
    call_command("extract_text", "--pending-ocr", stdout=out, stderr=io.StringIO())

    document.refresh_from_db()
    assert "done: 1" in out.getvalue()
    assert document.extraction_status == DONE and document.extraction_reason == ""
    assert "Wartendes Protokoll" in _titles(client, "Kassenprüferin")
    assert "not installed" not in admin_client.get("/admin/documents/").text


def test_admin_list_shows_the_confidence_and_flags_pages_to_check(settings, admin_client):
    require_tesseract("deu")
    settings.KNOWLEDGE_OCR_REVIEW_CONFIDENCE = 101  # every page is under it
    document = _scan([GERMAN])

    listing = admin_client.get("/admin/documents/")

    confidence = document.ocr_confidence
    assert f"Text from text recognition (confidence {confidence} %)" in listing.text
    assert "To check: page 1" in listing.text


def _user(django_user_model, group, name):
    user = django_user_model.objects.create_user(name, password="pw-9Lk2-unused")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_an_editor_corrects_the_text_and_the_correction_is_indexed(client, django_user_model):
    document = ArchiveDocumentFactory(text="Die Kasenprüferin berichtet.")
    make_entry(title="Bericht mit Lesefehler", files=[(document, "de")])
    client.force_login(_user(django_user_model, "Redaktion", "redakteurin"))
    url = f"/admin/documents/text/{document.pk}/"
    form = client.get(url)
    assert form.status_code == 200 and "Die Kasenprüferin berichtet." in form.text

    response = client.post(url, {"page_1": "Die Kassenprüferin berichtet."})

    assert response.status_code == 302
    document.refresh_from_db()
    assert document.extracted_text == "Die Kassenprüferin berichtet."
    assert document.text_corrected_at is not None
    client.logout()
    assert "Bericht mit Lesefehler" in _titles(client, "Kassenprüferin")

    document.file.save("neu.txt", ContentFile(b"Ein neuer Bericht."))
    document.refresh_from_db()
    assert document.extracted_text == "Ein neuer Bericht."
    assert document.text_corrected_at is None


def test_a_translator_of_another_language_may_not_correct_the_text(client, django_user_model):
    document = ArchiveDocumentFactory(text="Vertraulicher Wortlaut.")
    client.force_login(_user(django_user_model, "Übersetzung ar", "uebersetzer"))

    get = client.get(f"/admin/documents/text/{document.pk}/")
    post = client.post(f"/admin/documents/text/{document.pk}/", {"page_1": "Überschrieben"})

    assert get.status_code in (302, 403) and post.status_code in (302, 403)
    document.refresh_from_db()
    assert document.extracted_text == "Vertraulicher Wortlaut."


def test_extraction_reports_ocr_pages_and_a_thumbnail(tmp_path):
    require_tesseract("deu")
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_pdf([GERMAN, "Zweite Seite."]))
    options = OcrOptions(languages=("de",), dpi=100)
    with Extractor(workers=1, ocr=options) as extractor:
        result = extractor.extract(path, path.name)

    assert result.status == DONE
    assert [page for page, _ in result.ocr] == [1, 2]
    assert "Kassenprüferin" in result.pages[0] and "Zweite Seite" in result.pages[1]
    assert result.thumbnail.startswith(b"\x89PNG")


def _titles(client, query):
    """The titles the German archive finds for *query* (the demo archive is there too)."""
    data = client.get(ARCHIVES["de"], {"q": query, "format": "json"}).json()
    return [result["title"] for result in data["results"]]
