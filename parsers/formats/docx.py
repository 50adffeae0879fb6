"""DOCX (python-docx): every table, nested ones included, as rows of cell strings, and the text
of the paragraphs around them (executor, date, or a whole letter).

Why each grid cell is read once: python-docx returns a horizontally merged cell once per grid
column it spans; the copies are blanked so a merged header is not read twice.  A vertically
merged cell keeps its text in every row it spans (one responsible person for several services).
Layout tables that only hold other tables or paragraphs are walked into, so a form pasted into
a letter template is still found.
"""

from __future__ import annotations

import io
from typing import Any

from parsers.document import build_document
from parsers.limits import check_zip
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

Tables = list[list[list[str]]]
MAX_DEPTH = 3  # tables inside tables inside tables: deeper ones are not forms


def _open(data: bytes, limits: ParseLimits) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(data, limits)
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentRejected("corrupt", f"not a readable Word document: {exc}") from None


def _walk(table: Any, depth: int, tables: Tables, lines: list[str]) -> None:
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            cells.append("" if cell._tc is last else cell.text)
            if cell._tc is not last and depth < MAX_DEPTH and cell.tables:
                lines.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    _walk(inner, depth + 1, tables, lines)
            last = cell._tc
        rows.append(cells)
    tables.append(rows)


def _read(data: bytes, limits: ParseLimits) -> tuple[Tables, str]:
    document = _open(data, limits)
    tables: Tables = []
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        _walk(table, 1, tables, lines)
    return tables, "\n".join(lines)


def text_of(data: bytes, limits: ParseLimits) -> str:
    """The document's paragraphs, then its tables' cells, as plain text (for the classifier)."""
    tables, text = _read(data, limits)
    cells = "\n".join(" | ".join(c for c in row if c) for t in tables for row in t)
    return f"{text}\n{cells}".strip()


@parser("docx")
def parse_docx(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    return [build_document(part, tables, text)]
