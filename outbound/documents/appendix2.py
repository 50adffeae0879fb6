"""The Appendix 2 analytical report (p.14) as DOCX and as XLSX, streamed.

Why streamed: a month of a national contact centre is tens of thousands of appeals, and
python-docx builds a table cell by cell in memory (minutes for 100,000 rows).  The DOCX here is
written directly as WordprocessingML into the zip, row by row, landscape, columns 1-9 as the
Rules draw them; the XLSX by XlsxWriter in constant-memory mode.  Memory stays flat in the
number of rows.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape

from gateway.domain import Appeal

HEADERS = {
    "ru": ["№ п/п", "Дата и время поступления жалобы и обращения",
           "Ф.И.О. ответственного за форум", "Регион", "Ф.И.О. заявителя",
           "Характер обращения. Содержание жалобы и обращения", "Принятые меры, № запроса",
           "Нарушение стандарта государственной услуги", "Действие (бездействие) работников"],
    "kk": ["Р/с №", "Шағым мен өтініштің түскен күні мен уақыты",
           "Форумға жауапты тұлғаның Т.А.Ә.", "Өңір", "Өтініш берушінің Т.А.Ә.",
           "Өтініштің сипаты. Шағым мен өтініштің мазмұны", "Қабылданған шаралар, сұрау салу №",
           "Мемлекеттік көрсетілетін қызмет стандартын бұзу",
           "Қызметкерлердің әрекеті (әрекетсіздігі)"],
}
TITLE = {"ru": "Аналитический отчет", "kk": "Талдамалық есеп"}
WIDTHS = [500, 1500, 1500, 1200, 1500, 3600, 1700, 1600, 1700]  # twentieths of a point

_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def cells(n: int, a: Appeal) -> list[str]:
    nature = f"{a.nature}. {a.content}" if a.nature and a.content else a.nature or a.content
    return [str(n), a.received_at.strftime("%d.%m.%Y %H:%M"), a.forum_responsible, a.region,
            a.applicant, nature, a.measures, a.standard_violation, a.staff_action]


def _p(text: str, bold: bool = False, center: bool = False) -> str:
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _row(values: list[str], header: bool = False) -> str:
    out = ["<w:tr>", "<w:trPr><w:tblHeader/></w:trPr>" if header else ""]
    for width, value in zip(WIDTHS, values, strict=True):
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                   f"{_p(value, bold=header)}</w:tc>")
    out.append("</w:tr>")
    return "".join(out)


def write_docx(path: Path, rows: Iterable[Appeal], *, month: str, recipient: str | None = None,
               language: str = "ru") -> int:
    """Write the report to `path`; the number of rows written."""
    lang = language if language in HEADERS else "ru"
    count = 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            def put(s: str) -> None:
                fh.write(s.encode("utf-8"))

            put(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}>'
                "<w:body>")
            put(_p("Приложение 2 к Правилам взаимодействия Единого контакт-центра"))
            put(_p(f"{TITLE[lang]} — {month}", bold=True, center=True))
            if recipient:
                put(_p(recipient, center=True))
            put('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                "</w:tblBorders></w:tblPr><w:tblGrid>")
            put("".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS) + "</w:tblGrid>")
            put(_row(HEADERS[lang], header=True))
            put(_row([str(i) for i in range(1, 10)], header=True))
            for count, appeal in enumerate(rows, start=1):
                put(_row(cells(count, appeal)))
            put('</w:tbl><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
                '<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="850"/></w:sectPr>'
                "</w:body></w:document>")
    return count


def write_xlsx(path: Path, rows: Iterable[Appeal], *, month: str, recipient: str | None = None,
               language: str = "ru") -> int:
    import xlsxwriter

    lang = language if language in HEADERS else "ru"
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet(month)
    ws.set_landscape()
    bold = wb.add_format({"bold": True, "text_wrap": True, "border": 1})
    wrap = wb.add_format({"text_wrap": True, "border": 1, "valign": "top"})
    for col, width in enumerate(WIDTHS):
        ws.set_column(col, col, width / 100)
    ws.write(0, 0, f"{TITLE[lang]} — {month}" + (f" — {recipient}" if recipient else ""), bold)
    ws.write_row(1, 0, HEADERS[lang], bold)
    ws.write_row(2, 0, [str(i) for i in range(1, 10)], bold)
    count = 0
    for count, appeal in enumerate(rows, start=1):
        ws.write_row(2 + count, 0, cells(count, appeal), wrap)
    ws.repeat_rows(1, 2)
    wb.close()
    return count
