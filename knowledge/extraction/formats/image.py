"""Scanned pages uploaded as images (PNG, JPEG, TIFF): every frame is a page read by OCR.

Pillow decodes the image in the worker; its decompression-bomb check refuses images larger
than the OCR pixel limit before they are decoded, so a tiny file cannot claim gigabytes.
"""

import io
import warnings

from PIL import Image, ImageSequence

from .. import reasons
from ..pages import PageReader, thumbnail_png
from . import Job, ParsedText, ParseFailure


def _page_image(frame, max_pixels: int):
    image = frame.convert("L")
    if image.width * image.height > max_pixels:
        ratio = (max_pixels / (image.width * image.height)) ** 0.5
        image = image.resize((int(image.width * ratio), int(image.height * ratio)))
    return image


def parse(data: bytes, job: Job | None = None) -> ParsedText:
    job = job or Job()
    options = job.ocr
    Image.MAX_IMAGE_PIXELS = options.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ParseFailure(reasons.TOO_LARGE) from error
    except (OSError, ValueError, SyntaxError) as error:
        raise ParseFailure(reasons.CORRUPT) from error
    reader = PageReader(job)
    pages, thumbnail = [], b""
    for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
        page = _page_image(frame, options.max_pixels)
        if number == 1:
            thumbnail = thumbnail_png(page)
        pages.append(reader.ocr(number, lambda page=page: page))
    return reader.parsed(pages, thumbnail)
