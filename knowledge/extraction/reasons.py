"""Why an extraction failed: stable codes plus translatable messages.

The worker process reports a *code* (a plain string that pickles and can be stored or
logged); the caller turns it into a message here. Messages are ``gettext_lazy``
proxies, so importing this module needs no Django settings - they are translated only
when rendered, in the language active at that moment.
"""

from django.utils.translation import gettext_lazy as _

EMPTY_FILE = "empty_file"
TOO_LARGE = "too_large"
UNSUPPORTED_EXTENSION = "unsupported_extension"
CONTENT_MISMATCH = "content_mismatch"
ARCHIVE_BOMB = "archive_bomb"
CORRUPT = "corrupt"
ENCRYPTED = "encrypted"
UNREADABLE = "unreadable"
NO_TEXT_LAYER = "no_text_layer"
TIMEOUT = "timeout"
MEMORY_LIMIT = "memory_limit"
WORKER_CRASHED = "worker_crashed"
WORKER_LOST = "worker_lost"
INDEX_FAILED = "index_failed"
# Pages that need OCR and were left unread (the rest of the file may have text).
OCR_UNAVAILABLE = "ocr_unavailable"
OCR_PAGE_LIMIT = "ocr_page_limit"
OCR_TIMEOUT = "ocr_timeout"

MESSAGES = {
    EMPTY_FILE: _("The file is empty."),
    TOO_LARGE: _("The file is larger than the allowed maximum size."),
    UNSUPPORTED_EXTENSION: _(
        "This file type is not supported. Allowed types: PDF, DOCX, ODT, TXT, HTML, "
        "PNG, JPEG, TIFF."
    ),
    CONTENT_MISMATCH: _("The file content does not match its extension."),
    ARCHIVE_BOMB: _("The document unpacks to an unreasonable size and was not opened."),
    CORRUPT: _("The file is damaged and could not be read."),
    ENCRYPTED: _("The document is password-protected. Please upload an unprotected copy."),
    UNREADABLE: _("The file could not be read."),
    NO_TEXT_LAYER: _("The PDF contains no text layer (probably a scan); it needs OCR."),
    TIMEOUT: _("Reading the file took too long and was stopped."),
    MEMORY_LIMIT: _("Reading the file needed too much memory and was stopped."),
    WORKER_CRASHED: _("The file could not be processed: the reader stopped unexpectedly."),
    WORKER_LOST: _(
        "The text extraction was interrupted several times (the task worker stopped); "
        "use “Extract again” to retry."
    ),
    INDEX_FAILED: _("The text could not be added to the admin's document search."),
    OCR_UNAVAILABLE: _(
        "Some pages are scans and need text recognition (OCR), which is not installed on the "
        "server; they are read as soon as it is."
    ),
    OCR_PAGE_LIMIT: _(
        "The file has more scanned pages than text recognition reads per file; the rest "
        "were left out."
    ),
    OCR_TIMEOUT: _("Text recognition failed or took too long on some pages; they were left out."),
}

#: Codes after which ``extract_text --pending-ocr`` reads the document again.
WAITING_FOR_OCR = (NO_TEXT_LAYER, OCR_UNAVAILABLE)


def message_for(code: str):
    """Return the lazy message for *code* ("" for no code)."""
    return MESSAGES.get(code, "")
