"""One module per supported format. Each ``parse(data)`` returns :class:`ParsedText`
and raises :class:`ParseFailure` with a reason code for files it cannot read."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ParsedText:
    """Raw text as the parser found it, before cleanup."""

    text: str
    page_count: int | None = None


class ParseFailure(Exception):
    """A parser recognised why it cannot read the file (``code`` from ``reasons``)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code
