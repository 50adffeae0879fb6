"""XLSX (openpyxl, read-only; defusedxml installed): each sheet is a table; the text is the rows
with one or two filled cells (the title, the executor and date lines around the form).

Why merged cells are read from the sheet's XML: openpyxl's read-only mode does not report them,
and a cell merged down several rows (one responsible person for every service) would otherwise
hold its value in the first row only.  As in Word, a vertically merged value is repeated in each
row it spans; a horizontally merged one is kept once.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from typing import Any

from parsers.document import build_document
from parsers.limits import check_zip
from parsers.records import ParsedDocument
from parsers.registry import DocumentRejected, ParseLimits, parser

MAX_ROWS = 5000
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+):([A-Z]+[0-9]+)"')


def _cell(cell: Any) -> str:
    """A cell as the agency sees it: a date as dd.mm.yyyy, a whole number without ".0", and a
    number formatted with leading zeros ("00000000", a registry number) with its zeros."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = str(int(value)) if float(value).is_integer() else str(value)
        fmt = getattr(cell, "number_format", "") or ""
        if fmt and set(fmt) == {"0"} and float(value).is_integer():
            text = text.zfill(len(fmt))
        return text
    return str(value)


def _merged_down(data: bytes, sheet_path: str) -> list[tuple[int, int, int]]:
    """(column, first row, last row), 0-based, of the cell ranges merged over several rows."""
    from openpyxl.utils.cell import range_boundaries

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        try:
            xml = zf.read(sheet_path.lstrip("/"))
        except KeyError:
            return []
    out = []
    for m in _MERGE.finditer(xml):
        c0, r0, _, r1 = range_boundaries(f"{m[1].decode()}:{m[2].decode()}")
        if r1 > r0:
            out.append((c0 - 1, r0 - 1, r1 - 1))
    return out


def _fill_down(rows: list[list[str]], merges: list[tuple[int, int, int]]) -> None:
    for col, first, last in merges:
        if first >= len(rows) or col >= len(rows[first]) or not rows[first][col]:
            continue
        for r in range(first + 1, min(last, len(rows) - 1) + 1):
            row = rows[r]
            row.extend([""] * (col + 1 - len(row)))
            row[col] = row[col] or rows[first][col]


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
            for n, row in enumerate(sheet.iter_rows()):
                if n >= MAX_ROWS:
                    break
                cells = [_cell(c) for c in row]
                while cells and not cells[-1]:
                    cells.pop()
                rows.append(cells)
                filled = [c for c in cells if c]
                if len(filled) <= 2:
                    lines.append(" ".join(filled))
            path = getattr(sheet, "_worksheet_path", None)
            if path:
                _fill_down(rows, _merged_down(data, path))
            tables.append(rows)
    finally:
        wb.close()
    return tables, "\n".join(lines)


def text_of(data: bytes, limits: ParseLimits) -> str:
    """Every filled cell, row by row, sheet after sheet (for the letter classifier)."""
    tables, _ = _read(data, limits)
    return "\n".join(" ".join(r) for t in tables for r in t)


@parser("xlsx")
def parse_xlsx(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    tables, text = _read(data, limits)
    return [build_document(part, tables, text, read_by="xlsx")]
