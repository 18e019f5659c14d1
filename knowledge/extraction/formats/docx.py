"""DOCX via python-docx, body paragraphs and tables in document order.

Declarations and protocols often put the essential facts (signatories, dates, amounts)
in tables, so tables are read cell by cell where they stand in the text rather than
appended at the end or skipped. Headers, footers and comments are left out: they
repeat on every page and add noise to search.
"""

import io

import docx
from docx.table import Table

from . import ParsedText


def _table_text(table: Table) -> str:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell.text.strip())
        rows.append(" | ".join(cells))
    return "\n".join(rows)


def parse(data: bytes) -> ParsedText:
    document = docx.Document(io.BytesIO(data))
    blocks = []
    for block in document.iter_inner_content():
        blocks.append(_table_text(block) if isinstance(block, Table) else block.text)
    return ParsedText("\n\n".join(block for block in blocks if block.strip()))
