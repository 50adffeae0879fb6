"""XLSX (openpyxl, read-only; defusedxml installed): each sheet is a table; the text is the cells
outside the form (executor, date)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from parsers.document import build_document
from parsers.limits import check_zip
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

MAX_ROWS = 5000


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read(data: bytes, limits: ParseLimits) -> tuple[list[list[list[str]]], str]:
    from openpyxl import load_workbook

    check_zip(data, limits)
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentRejected("corrupt", f"not a readable Excel workbook: {exc}") from None
    tables, lines = [], []
    try:
        for sheet in wb.worksheets:
            rows = []
            for n, row in enumerate(sheet.iter_rows(values_only=True)):
                if n >= MAX_ROWS:
                    break
                cells = [_cell(v) for v in row]
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(cells)
                filled = [c for c in cells if c]
                if len(filled) <= 2:
                    lines.append(" ".join(filled))
            tables.append(rows)
    finally:
        wb.close()
    return tables, "\n".join(lines)


def text_of(data: bytes, limits: ParseLimits) -> str:
    tables, _ = _read(data, limits)
    return "\n".join(" ".join(r) for t in tables for r in t)


@parser("xlsx")
def parse_xlsx(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    return [build_document(part, tables, text)]
