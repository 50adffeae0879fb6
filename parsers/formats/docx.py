"""DOCX (python-docx): every table (merged cells read once) and the text of every paragraph."""

from __future__ import annotations

import io

from parsers.document import build_document
from parsers.limits import check_zip
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser


def _read(data: bytes, limits: ParseLimits) -> tuple[list[list[list[str]]], str]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(data, limits)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise DocumentRejected("corrupt", f"not a readable Word document: {exc}") from None
    tables = []
    for table in document.tables:
        rows = []
        for row in table.rows:
            cells, last = [], None
            for cell in row.cells:
                # a horizontally merged cell is returned once per grid column: keep one
                cells.append("" if cell._tc is last else cell.text)
                last = cell._tc
            rows.append(cells)
        tables.append(rows)
    text = "\n".join(p.text for p in document.paragraphs)
    return tables, text


def text_of(data: bytes, limits: ParseLimits) -> str:
    tables, text = _read(data, limits)
    return text


@parser("docx")
def parse_docx(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    return [build_document(part, tables, text)]
