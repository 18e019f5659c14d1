"""ODT via odfpy (the reference implementation of the OpenDocument format in Python).

Text lives in ``text:p`` and ``text:h`` elements, also inside tables, lists and frames,
so the document body is walked in order and each paragraph or heading is read whole.
"""

import io

from odf import teletype
from odf.element import Element
from odf.namespaces import TEXTNS
from odf.opendocument import load

from . import ParsedText

_BLOCKS = {(TEXTNS, "p"), (TEXTNS, "h")}


def _blocks(element: Element):
    for child in element.childNodes:
        if getattr(child, "qname", None) in _BLOCKS:
            yield teletype.extractText(child)
        elif child.nodeType == child.ELEMENT_NODE:
            yield from _blocks(child)


def parse(data: bytes) -> ParsedText:
    document = load(io.BytesIO(data))
    paragraphs = (text for text in _blocks(document.text) if text.strip())
    return ParsedText("\n\n".join(paragraphs))
