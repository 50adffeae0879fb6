"""Any filtered list of the board as a file: CSV (UTF-8 with a BOM, `;`-separated, a header
row, as Excel in Russian and Kazakh locales opens it) or XLSX (openpyxl, one sheet).

Why here and not in each page: the cases, the quarantine, the outbox and the log all export
the same way; each page gives its header (in the operator's language) and its rows as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from starlette.responses import Response

MEDIA = {"csv": "text/csv; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(header: Sequence[str], rows: Iterable[Sequence[object]], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)  # streamed: a long list stays cheap
    sheet = book.create_sheet(title[:31] or "export")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    head = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        head.append(cell)
    sheet.append(head)
    for row in rows:
        sheet.append(["" if v is None else v for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def response(kind: str, name: str, header: Sequence[str],
             rows: Iterable[Sequence[object]]) -> Response:
    """The file as a download: `name`.csv or `name`.xlsx."""
    body = xlsx_bytes(header, rows, name) if kind == "xlsx" else csv_bytes(header, rows)
    kind = "xlsx" if kind == "xlsx" else "csv"
    return Response(body, media_type=MEDIA[kind], headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}.{kind}"})
