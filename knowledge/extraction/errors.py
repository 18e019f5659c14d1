"""The exception raised for files that are refused before any parsing starts."""

from django.core.exceptions import ValidationError

from .reasons import message_for


class ExtractionError(ValidationError):
    """A file was refused; ``code`` is one of the codes in :mod:`.reasons`.

    It *is* a Django ``ValidationError``, so a form or model ``clean()`` can let it
    propagate and the user sees the translated message next to the upload field.
    """

    def __init__(self, code: str):
        super().__init__(message_for(code), code=code)
