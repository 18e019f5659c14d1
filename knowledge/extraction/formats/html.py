"""HTML via the standard library's ``html.parser``.

BeautifulSoup would work too, but for "all visible text, minus scripts and styles"
the stdlib parser is enough, tolerant of broken markup, and one dependency fewer in
the worker. Block elements become paragraph breaks so that headings and paragraphs
do not run into each other.
"""

import re
from html.parser import HTMLParser

from . import ParsedText
from .text import decode_text

_INVISIBLE = {"script", "style", "noscript", "template", "svg"}
_BLOCKS = {
    "p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "footer", "blockquote", "pre", "table", "title",
}  # fmt: skip
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE:
            self.hidden_depth += 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in _INVISIBLE and self.hidden_depth:
            self.hidden_depth -= 1
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def parse(data: bytes) -> ParsedText:
    declared = _CHARSET_RE.search(data[:4096])
    markup = decode_text(data, declared.group(1).decode("ascii") if declared else None)
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return ParsedText("".join(collector.parts))
