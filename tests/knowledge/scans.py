"""Scanned documents the OCR tests make themselves: text drawn with Pillow and a Debian
font onto page images, saved as an image-only PDF (no text layer) or as an image file.

Small pages (A5 at 100 dpi) in large type keep Tesseract fast and sure of itself.
"""

import io
import os
import shutil
import textwrap

import pytest
from PIL import Image, ImageDraw, ImageFont, features

LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # Debian: fonts-dejavu-core
DPI = 100
PAGE = (583, 827)  # A5 at 100 dpi

GERMAN = (
    "Protokoll der Mitgliederversammlung des Fördervereins. Die Kassenprüferin "
    "berichtet über den Haushalt und die Partnerschaft mit Marrakesch."
)
FRENCH = (
    "Procès-verbal de la réunion. Les villes partenaires renforcent la coopération "
    "décentralisée et les échanges entre les écoles."
)
ARABIC = "محضر الاجتماع. تعزيز الشراكة بين مدينتي دوسلدورف ومراكش في مجال التعليم والثقافة."


def require_tesseract(*languages: str) -> None:
    """Skip unless Tesseract and its language data are installed; fail instead under
    REQUIRE_TOOLS=1 (CI), where a skipped OCR test would hide a missing install step."""
    from knowledge.extraction.ocr import installed_languages

    installed = installed_languages()
    missing = [code for code in languages if code not in installed]
    if shutil.which("tesseract") and not missing:
        return
    reason = f"Tesseract or its language data {missing} not installed (bin/test-prerequisites)"
    if os.environ.get("REQUIRE_TOOLS") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _font(language: str, size: int):
    return ImageFont.truetype(LATIN_FONT, size)


def page_image(text: str, language: str = "de", size: int = 26) -> Image.Image:
    image = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(image)
    font = _font(language, size)
    y = 40
    for line in textwrap.wrap(text, width=34):
        if language == "ar":
            if not features.check("raqm"):
                pytest.skip("Pillow without libraqm cannot shape Arabic")
            draw.text((PAGE[0] - 30, y), line, font=font, fill=0, direction="rtl", anchor="ra")
        else:
            draw.text((30, y), line, font=font, fill=0)
        y += int(size * 1.6)
    return image


def scan_pdf(pages: list[str], language: str = "de") -> bytes:
    """An image-only PDF, one page image per text."""
    images = [page_image(text, language) for text in pages]
    out = io.BytesIO()
    images[0].save(out, format="PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return out.getvalue()


def scan_image(text: str, language: str = "de", fmt: str = "PNG") -> bytes:
    out = io.BytesIO()
    page_image(text, language).save(out, format=fmt, dpi=(DPI, DPI))
    return out.getvalue()
