import hashlib
import io
import os
import signal

import pytest
from django.core.exceptions import ValidationError

from knowledge.extraction import (
    DONE,
    FAILED,
    NO_TEXT_LAYER,
    ExtractionError,
    Extractor,
    extract,
    reasons,
    validate_upload,
)
from knowledge.extraction import pool as pool_module

from .conftest import arabic_font, german_pdf_bytes


@pytest.fixture(scope="module")
def extractor():
    with Extractor(workers=2) as pool:
        yield pool


def test_german_pdf_gives_clean_text_pages_language_and_checksum(extractor, german_pdf):
    result = extractor.extract(german_pdf, german_pdf.name)

    assert result.status == DONE
    assert result.page_count == 1
    assert result.language == "de"
    assert "Partnerschaft zwischen den Städten" in result.text
    assert "Förderverein Düsseldorf-Marrakesch" in result.text
    assert result.checksum == hashlib.sha256(german_pdf.read_bytes()).hexdigest()
    assert result.reason == ""


def test_arabic_pdf_gives_logical_text_with_lam_alef(extractor, arabic_pdf):
    result = extractor.extract(arabic_pdf, "arabic.pdf")

    assert result.status == DONE
    assert result.language == "ar"
    assert "إعلان النوايا" in result.text
    assert "العلاقات الثقافية" in result.text
    assert not any(0xFB50 <= ord(char) <= 0xFEFF for char in result.text)


def test_extract_function_runs_one_file_in_its_own_worker(german_pdf):
    result = extract(german_pdf, german_pdf.name)

    assert result.status == DONE
    assert result.language == "de"


def test_image_only_pdf_without_ocr_waits_for_it(image_only_pdf):
    from knowledge.extraction.ocr import OcrOptions

    with Extractor(workers=1, ocr=OcrOptions(enabled=False)) as extractor:
        result = extractor.extract(image_only_pdf, image_only_pdf.name)

    assert result.status == NO_TEXT_LAYER
    assert result.page_count == 1
    assert result.reason_code == reasons.OCR_UNAVAILABLE
    assert "OCR" in str(result.reason)
    assert result.ocr_waiting == (1,)
    assert result.thumbnail.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("fixture", "code"),
    [
        ("encrypted_pdf", reasons.ENCRYPTED),
        ("corrupt_pdf", reasons.CORRUPT),
        ("png_as_pdf", reasons.CONTENT_MISMATCH),
        ("zip_as_pdf", reasons.CONTENT_MISMATCH),
        ("docx_bomb", reasons.ARCHIVE_BOMB),
        ("odt_bomb", reasons.ARCHIVE_BOMB),
        ("encrypted_docx", reasons.ENCRYPTED),
    ],
)
def test_bad_files_fail_with_a_reason(extractor, request, fixture, code):
    path = request.getfixturevalue(fixture)

    result = extractor.extract(path, path.name)

    assert result.status == FAILED
    assert result.reason_code == code
    assert str(result.reason) == str(reasons.MESSAGES[code])
    assert result.text == ""


def test_docx_text_includes_tables_in_document_order(extractor, docx_with_table):
    result = extractor.extract(docx_with_table, docx_with_table.name)

    assert result.status == DONE
    text = result.text
    assert "Unterzeichner | Stadt" in text
    assert "Oberbürgermeister | Marrakesch" in text
    assert text.index("Haushalt") < text.index("Unterzeichner") < text.index("Schlusswort")
    assert result.language == "de"


def test_odt_text_and_language(extractor, odt_file):
    result = extractor.extract(odt_file, odt_file.name)

    assert result.status == DONE
    assert result.text.startswith("Statuts de l'association")
    assert "coopération décentralisée" in result.text
    assert result.language == "fr"


def test_utf8_text_with_bom_loses_the_bom(extractor):
    upload = io.BytesIO("\ufeffÄnderung der Satzung für den Verein".encode())

    result = extractor.extract(upload, "satzung.txt")

    assert result.status == DONE
    assert result.text == "Änderung der Satzung für den Verein"


def test_cp1252_text_is_decoded(extractor):
    upload = io.BytesIO("Le budget prévoit 500 € pour l'œuvre.".encode("cp1252"))

    result = extractor.extract(upload, "budget.txt")

    assert result.text == "Le budget prévoit 500 € pour l'œuvre."


def test_html_drops_scripts_and_styles(extractor):
    page = (
        b"<!doctype html><html><head><title>Partnerschaft</title>"
        b"<style>body { color: red }</style></head><body><h1>Willkommen</h1>"
        b"<script>var secret = 'tracking';</script><p>Die St&auml;dte arbeiten zusammen.</p>"
        b"</body></html>"
    )

    result = extractor.extract(io.BytesIO(page), "index.html")

    assert result.status == DONE
    assert result.text == "Partnerschaft\n\nWillkommen\n\nDie Städte arbeiten zusammen."


@pytest.mark.parametrize(
    ("content", "filename", "code"),
    [
        (b"", "leer.pdf", reasons.EMPTY_FILE),
        (b"MZ\x90\x00", "programm.exe", reasons.UNSUPPORTED_EXTENSION),
        (b"PK\x03\x04 not really a zip", "brief.docx", reasons.CORRUPT),
        (b"\x00\x01\x02binary", "notiz.txt", reasons.CONTENT_MISMATCH),
        (b"just text, no markup", "seite.html", reasons.CONTENT_MISMATCH),
    ],
)
def test_refused_content_fails_before_parsing(extractor, content, filename, code):
    result = extractor.extract(io.BytesIO(content), filename)

    assert (result.status, result.reason_code) == (FAILED, code)


def test_oversize_file_fails_without_reading_it_all(extractor, german_pdf):
    result = extractor.extract(german_pdf, german_pdf.name, max_bytes=100)

    assert (result.status, result.reason_code) == (FAILED, reasons.TOO_LARGE)
    assert result.checksum == ""


def test_missing_file_fails_as_unreadable(extractor, tmp_path):
    result = extractor.extract(tmp_path / "nirgends.pdf", "nirgends.pdf")

    assert (result.status, result.reason_code) == (FAILED, reasons.UNREADABLE)


def test_timeout_kills_the_worker_and_the_pool_recovers(tmp_path, german_pdf):
    slow = tmp_path / "lang.pdf"
    slow.write_bytes(german_pdf_bytes(pages=40))
    with Extractor(workers=1) as pool:
        timed_out = pool.extract(slow, slow.name, timeout=0.001)
        after = pool.extract(german_pdf, german_pdf.name)

    assert (timed_out.status, timed_out.reason_code) == (FAILED, reasons.TIMEOUT)
    assert after.status == DONE


def test_memory_limit_fails_the_file_not_the_caller(german_pdf):
    # A worker's address space is about 90 MB before it reads anything; 64 MB leaves
    # no room for the 3.6 MB text and its cleaned copies.
    big_text = io.BytesIO(b"Wort und " * 400_000)
    with Extractor(workers=1) as pool:
        starved = pool.extract(big_text, "gross.txt", memory_limit=64 * 1024 * 1024)
        after = pool.extract(german_pdf, german_pdf.name)

    assert starved.status == FAILED
    assert starved.reason_code in {reasons.MEMORY_LIMIT, reasons.WORKER_CRASHED}
    assert after.status == DONE


def test_extract_many_keeps_input_order_across_good_and_bad_files(extractor, german_pdf):
    items = [
        (german_pdf, "a.pdf"),
        (io.BytesIO(b""), "b.txt"),
        (io.BytesIO(b"Hallo und willkommen"), "c.txt"),
        (german_pdf, "d.pdf"),
    ]

    results = list(extractor.extract_many(items))

    assert [r.status for r in results] == [DONE, FAILED, DONE, DONE]
    assert results[2].text == "Hallo und willkommen"


def test_validate_upload_returns_format_and_rewinds(german_pdf):
    upload = io.BytesIO(german_pdf.read_bytes())
    upload.seek(10)

    assert validate_upload(upload, "Erklärung.PDF") == "pdf"
    assert upload.tell() == 0


def test_validate_upload_raises_a_django_validation_error(png_as_pdf):
    with pytest.raises(ValidationError) as caught:
        validate_upload(png_as_pdf, png_as_pdf.name)

    assert isinstance(caught.value, ExtractionError)
    assert caught.value.code == reasons.CONTENT_MISMATCH
    assert caught.value.messages == [str(reasons.MESSAGES[reasons.CONTENT_MISMATCH])]


def test_validate_upload_checks_size_attribute_before_reading():
    class Upload(io.BytesIO):
        size = 10_000

    with pytest.raises(ExtractionError) as caught:
        validate_upload(Upload(b"%PDF-"), "x.pdf", max_bytes=1_000)

    assert caught.value.code == reasons.TOO_LARGE


def test_a_reused_worker_does_not_keep_the_previous_files_memory_limit():
    big_text = io.BytesIO(b"Wort und " * 400_000)
    with Extractor(workers=1) as pool:
        small = pool.extract(io.BytesIO(b"Kurz und gut."), "kurz.txt", memory_limit=100 << 20)
        big = pool.extract(big_text, "gross.txt", memory_limit=0)

    assert (small.status, big.status) == (DONE, DONE)
    assert big.text.startswith("Wort und Wort")


def _visual_order_pdf(path, lines):
    """A PDF as old producers write Arabic: each line's letters stored left to right in
    the order they appear on the page (reversed), unshaped, numbers kept left to right."""
    from knowledge.textnorm.arabic import reverse_visual_line

    fpdf = pytest.importorskip("fpdf")
    document = fpdf.FPDF()
    document.add_page()
    document.add_font("arabic", fname=arabic_font())
    document.set_font("arabic", size=12)
    for line in lines:
        document.cell(0, 8, reverse_visual_line(line), new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(document.output()))
    return path


def test_visual_order_arabic_pdf_comes_out_in_logical_order(extractor, tmp_path):
    pdf = _visual_order_pdf(
        tmp_path / "sichtbar.pdf",
        [
            "إعلان النوايا بشأن الشراكة بين مدينتي دوسلدورف ومراكش",
            "لا يمكن تحقيق التعاون إلا من خلال العلاقات الثقافية منذ 2019",
        ],
    )

    result = extractor.extract(pdf, pdf.name)

    assert result.status == DONE
    assert result.language == "ar"
    assert "إعلان النوايا بشأن الشراكة بين مدينتي دوسلدورف ومراكش" in result.text
    assert "لا يمكن تحقيق التعاون إلا من خلال العلاقات الثقافية منذ 2019" in result.text


def test_pdf_with_swapped_lam_alef_is_repaired(extractor, tmp_path):
    # The producer's ToUnicode map turned every lam-alef ligature into alef + lam.
    damaged = [
        line.replace("لا", "ال").replace("لإ", "إل")
        for line in [
            "إعلان النوايا بشأن الشراكة بين مدينتي دوسلدورف ومراكش",
            "لا يمكن تحقيق التعاون إلا من خلال العلاقات الثقافية",
        ]
    ]
    pdf = _visual_order_pdf(tmp_path / "ligatur.pdf", damaged)

    result = extractor.extract(pdf, pdf.name)

    assert result.status == DONE
    assert "إعلان النوايا" in result.text
    assert "لا يمكن تحقيق التعاون إلا من خلال العلاقات" in result.text


def test_pdf_line_end_hyphenation_is_joined(extractor, tmp_path):
    fpdf = pytest.importorskip("fpdf")
    document = fpdf.FPDF()
    document.add_page()
    document.set_font("helvetica", size=12)
    for line in ["Die Zusammen-", "arbeit der Vereine und der Stadt Düsseldorf-", "Marrakesch."]:
        document.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf = tmp_path / "trennung.pdf"
    pdf.write_bytes(bytes(document.output()))

    result = extractor.extract(pdf, pdf.name)

    assert result.text == "Die Zusammenarbeit der Vereine und der Stadt Düsseldorf-Marrakesch."


def test_a_parser_child_killed_with_sigkill_gets_the_file_again(german_pdf):
    with Extractor(workers=1) as pool:
        assert pool.extract(german_pdf, german_pdf.name).status == DONE
        [idle] = pool._idle
        os.kill(idle.process.pid, signal.SIGKILL)
        idle.process.join()

        result = pool.extract(german_pdf, german_pdf.name)

    assert (result.status, result.reason_code) == (DONE, "")
    assert "Partnerschaft" in result.text


def test_a_file_whose_parser_dies_every_time_fails_after_the_second_try(german_pdf, monkeypatch):
    tries = []
    submit = pool_module._Worker.submit

    def die_then_submit(worker, job):
        tries.append(job.index)
        os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join()
        submit(worker, job)

    monkeypatch.setattr(pool_module._Worker, "submit", die_then_submit)
    with Extractor(workers=1) as pool:
        result = pool.extract(german_pdf, german_pdf.name)

    assert (result.status, result.reason_code) == (FAILED, reasons.WORKER_CRASHED)
    assert len(tries) == 2
