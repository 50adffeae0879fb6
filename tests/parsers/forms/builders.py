"""Builders of filled Appendix 1 forms in the layouts agencies really send, made with the same
libraries agencies' software writes with (python-docx, openpyxl, reportlab), so every layout
variant the parser must understand has a fixture with a known answer and none is a checked-in
binary.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

Rows = Sequence[Sequence[str]]
Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (inclusive)

FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),  # Debian fonts-dejavu-core
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
)


@lru_cache(maxsize=1)
def cyrillic_font() -> Path | None:
    """A TrueType font with Cyrillic and Kazakh letters for reportlab, or None."""
    candidates = list(FONT_CANDIDATES)
    try:
        import matplotlib  # noqa: PLC0415 - optional, ships DejaVuSans

        candidates.append(Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf")
    except ImportError:
        pass
    return next((p for p in candidates if p.is_file()), None)


def docx_form(tables: Sequence[Rows], *, before: Sequence[str] = (), after: Sequence[str] = (),
              merges: Sequence[Sequence[Merge]] = (), nested: bool = False) -> bytes:
    """A Word document: paragraphs `before`, the tables (cells merged as `merges[i]` says,
    merged cells keep the text of their first cell), paragraphs `after`.  `nested` puts each
    table inside a one-cell layout table, as some letter templates do."""
    import docx

    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    for n, rows in enumerate(tables):
        width = max(len(r) for r in rows)
        if nested:
            holder = document.add_table(rows=1, cols=1).cell(0, 0)
            table = holder.add_table(rows=len(rows), cols=width)
        else:
            table = document.add_table(rows=len(rows), cols=width)
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                table.cell(i, j).text = value
        for r0, c0, r1, c1 in merges[n] if n < len(merges) else ():
            keep = table.cell(r0, c0).text
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            merged.text = keep
    for text in after:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def revised(data: bytes) -> bytes:
    """The same document as typed with Track Changes on and content controls: every cell's
    text inserted as a revision (`w:ins`) after a deleted old value (`w:del`), every other
    cell's paragraph content inside a content control (`w:sdt`)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document(io.BytesIO(data))
    for table in document.tables:
        for i, row in enumerate(table.rows):
            for j, cell in enumerate(row.cells):
                for p in cell.paragraphs:
                    runs = list(p._p.r_lst)
                    if not runs:
                        continue
                    if (i + j) % 2:
                        wrap = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent/></w:sdt>")
                        inner = wrap[0]
                    else:
                        p._p.append(parse_xml(
                            f'<w:del {nsdecls("w")} w:id="{i * 100 + j}" w:author="a">'
                            "<w:r><w:delText>УДАЛЕНО</w:delText></w:r></w:del>"))
                        wrap = inner = parse_xml(
                            f'<w:ins {nsdecls("w")} w:id="{i * 100 + j + 50}" w:author="a"/>')
                    for r in runs:
                        inner.append(r)
                    p._p.append(wrap)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def xlsx_form(rows: Rows, *, after: Sequence[str] = (), merges: Sequence[Merge] = (),
              before_sheets: Sequence[Rows] = (), numbers_as_numbers: bool = False) -> bytes:
    """An Excel workbook: sheets `before_sheets` first (other data), then the form's sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    sheets = [*before_sheets, rows]
    for k, data in enumerate(sheets):
        ws = first if k == 0 else wb.create_sheet(f"Лист{k + 1}")
        for row in data:
            ws.append([_number(v) if numbers_as_numbers else v for v in row])
            if numbers_as_numbers:  # registry numbers typed as numbers, shown with zeros
                for cell in ws[ws.max_row]:
                    if isinstance(cell.value, str) and cell.value.isdigit() and len(cell.value) > 3:
                        cell.value, cell.number_format = int(cell.value), "0" * len(cell.value)
        if k == len(sheets) - 1:
            for line in after:
                ws.append([line])
            for r0, c0, r1, c1 in merges:
                ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1,
                               end_column=c1 + 1)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _number(value: str) -> str | int:
    return int(value) if value.isdigit() and not value.startswith("0") else value


def pdf_form(rows: Rows, *, ruled: bool = True, before: Sequence[str] = (),
             after: Sequence[str] = (), encrypt: bool = False, repeat_rows: int = 0,
             tight: bool = False, boxed: Rows = ()) -> bytes:
    """A landscape A4 PDF with the table drawn by reportlab: ruled (a grid) or laid out by
    position only (no lines at all), with paragraphs before and after it; a long table goes on
    over several pages with its first `repeat_rows` rows repeated on each.  `tight` sets text at
    the top of its cell with no padding above or below, as Word prints a borderless table.
    `boxed` is a small ruled table (a letterhead) drawn before everything else."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = cyrillic_font()
    if font is None:
        raise RuntimeError("no TrueType font with Cyrillic letters (install fonts-dejavu-core)")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    style = ParagraphStyle("cell", fontName="DejaVuSans", fontSize=6, leading=7)
    text = ParagraphStyle("text", fontName="DejaVuSans", fontSize=9, leading=12)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4),
                            **({"encrypt": "secret"} if encrypt else {}))
    width = max(len(r) for r in rows)
    table = Table([[Paragraph(c, style) for c in row] for row in rows],
                  colWidths=[760 / width] * width, repeatRows=repeat_rows)
    if ruled:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    if tight:
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    story: list = []
    if boxed:
        box = Table([[Paragraph(c, text) for c in row] for row in boxed])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, "black"),
                                 ("GRID", (0, 0), (-1, -1), 0.5, "black")]))
        story += [box, Spacer(1, 12)]
    story += [Paragraph(x, text) for x in before] + [Spacer(1, 8), table, Spacer(1, 8)]
    doc.build(story + [Paragraph(x, text) for x in after])
    return out.getvalue()
