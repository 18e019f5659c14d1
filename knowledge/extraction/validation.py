"""Check an upload before anything parses it: size, extension, and real content.

Parsers are the attack surface, so they only ever see files whose bytes look like what
the extension promises. Sniffing the first bytes is cheap and catches the common
mistakes (a scan saved as ``.pdf`` that is really a PNG, a ``.docx`` that is an old
``.doc``) with a clear message instead of a parser's stack trace. All checks here run
in the calling process and never inflate or parse anything beyond a ZIP directory.
"""

import io
import os
import re
import zipfile
from pathlib import Path
from typing import BinaryIO

from . import reasons
from .errors import ExtractionError
from .formats.text import bom_encoding, decode_text
from .zipguard import check_archive

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

# Extension -> format handled by knowledge.extraction.formats.
ALLOWED_EXTENSIONS = {
    "pdf": "pdf",
    "docx": "docx",
    "odt": "odt",
    "txt": "text",
    "html": "html",
    "htm": "html",
    # Scans uploaded as images: read by OCR (see formats/image.py).
    "png": "image",
    "jpg": "image",
    "jpeg": "image",
    "tif": "image",
    "tiff": "image",
}

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGICS = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_BINARY_MAGICS = (b"%PDF-", _ZIP_MAGIC, _OLE_MAGIC, b"GIF8", *_IMAGE_MAGICS)
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_HTML_TAG_RE = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|title|meta|p|div|h[1-6]|table|article|section)\b",
    re.IGNORECASE,
)
_SNIFF_CHARS = 8192
# Share of control characters (other than tab/newline/CR/form feed) that a text may have.
_MAX_CONTROL_RATIO = 0.01

Source = str | os.PathLike | BinaryIO


def read_source(source: Source, max_bytes: int) -> bytes:
    """Read all bytes of a path or binary file object, refusing more than *max_bytes*.

    File objects are read from the start and rewound afterwards, so a Django
    ``UploadedFile`` can still be saved after validation.
    """
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.stat().st_size > max_bytes:
            raise ExtractionError(reasons.TOO_LARGE)
        with path.open("rb") as handle:
            return _read_limited(handle, max_bytes)
    if getattr(source, "size", None) is not None and source.size > max_bytes:
        raise ExtractionError(reasons.TOO_LARGE)
    if source.seekable():
        source.seek(0)
    try:
        return _read_limited(source, max_bytes)
    finally:
        if source.seekable():
            source.seek(0)


def _read_limited(handle: BinaryIO, max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ExtractionError(reasons.TOO_LARGE)
    return data


def file_format(filename: str) -> str:
    """Return the format for *filename*'s extension or raise ``unsupported_extension``."""
    extension = Path(filename).suffix.lower().lstrip(".")
    if extension not in ALLOWED_EXTENSIONS:
        raise ExtractionError(reasons.UNSUPPORTED_EXTENSION)
    return ALLOWED_EXTENSIONS[extension]


def check_content(data: bytes, filename: str) -> str:
    """Raise :class:`ExtractionError` unless *data* is a non-empty file of the kind its
    extension promises; return that format ("pdf", "docx", "odt", "text", "html", "image")."""
    fmt = file_format(filename)
    if not data:
        raise ExtractionError(reasons.EMPTY_FILE)
    _SNIFFERS[fmt](data)
    return fmt


def validate_upload(file: Source, filename: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Check size, extension and content of an upload; return its format.

    Raises :class:`ExtractionError` (a Django ``ValidationError``) with a translatable
    message for an empty or over-size file, an extension outside pdf/docx/odt/txt/
    html/htm/png/jpg/jpeg/tif/tiff, content that does not match the extension, or a ZIP bomb.
    """
    return check_content(read_source(file, max_bytes), filename)


def _sniff_pdf(data: bytes) -> None:
    # The specification tolerates junk before the header within the first kilobyte.
    if b"%PDF-" not in data[:1024]:
        raise ExtractionError(reasons.CONTENT_MISMATCH)


def _open_zip(data: bytes) -> zipfile.ZipFile:
    if data.startswith(_OLE_MAGIC):
        # Password-protected Office files are OLE containers holding an
        # "EncryptedPackage" stream; any other OLE file is a legacy .doc.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ExtractionError(reasons.ENCRYPTED)
        raise ExtractionError(reasons.CONTENT_MISMATCH)
    if not data.startswith(_ZIP_MAGIC):
        raise ExtractionError(reasons.CONTENT_MISMATCH)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError) as error:
        raise ExtractionError(reasons.CORRUPT) from error
    check_archive(archive)
    return archive


def _sniff_docx(data: bytes) -> None:
    names = set(_open_zip(data).namelist())
    if not {"[Content_Types].xml", "word/document.xml"} <= names:
        raise ExtractionError(reasons.CONTENT_MISMATCH)


def _sniff_odt(data: bytes) -> None:
    archive = _open_zip(data)
    try:
        mimetype = archive.read("mimetype").strip()
    except (KeyError, zipfile.BadZipFile, ValueError, OSError) as error:
        raise ExtractionError(reasons.CONTENT_MISMATCH) from error
    if mimetype != _ODT_MIMETYPE or "content.xml" not in archive.namelist():
        raise ExtractionError(reasons.CONTENT_MISMATCH)


def _sniff_text(data: bytes) -> str:
    """Refuse known binary formats and bytes with NULs or many control characters."""
    if data.startswith(_BINARY_MAGICS):
        raise ExtractionError(reasons.CONTENT_MISMATCH)
    if bom_encoding(data) is None and b"\x00" in data[:_SNIFF_CHARS]:
        raise ExtractionError(reasons.CONTENT_MISMATCH)
    head = decode_text(data[:_SNIFF_CHARS])
    controls = sum(1 for char in head if ord(char) < 32 and char not in "\t\n\r\f")
    if controls > _MAX_CONTROL_RATIO * len(head):
        raise ExtractionError(reasons.CONTENT_MISMATCH)
    return head


def _sniff_image(data: bytes) -> None:
    """PNG, JPEG or TIFF by their signature (a JPEG named .png is still an image Pillow
    opens by its content, so any of the three is accepted for any image extension)."""
    if not data.startswith(_IMAGE_MAGICS):
        raise ExtractionError(reasons.CONTENT_MISMATCH)


def _sniff_html(data: bytes) -> None:
    if not _HTML_TAG_RE.search(_sniff_text(data)):
        raise ExtractionError(reasons.CONTENT_MISMATCH)


_SNIFFERS = {
    "pdf": _sniff_pdf,
    "docx": _sniff_docx,
    "odt": _sniff_odt,
    "text": _sniff_text,
    "html": _sniff_html,
    "image": _sniff_image,
}
