"""Builders of agency documents in the layouts the samples do not show (python-docx, openpyxl,
reportlab), so each variant of the form has a fixture with a known answer."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from openpyxl import Workbook

RU = ["№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
      "Стандарт государственной услуги (с указанием его реквизитов)",
      "Регламент государственной услуги (с указанием его реквизитов)",
      "Изменения нормативных правовых актов",
      "Интернет-ресурс, на котором размещена информация о государственной услуге",
      "Фамилия, имя, отчество, должность ответственного лица"]
KK = ["Р/с №", "Мемлекеттік көрсетілетін қызметтің тізілімдегі №",
      "Мемлекеттік көрсетілетін қызметтің атауы",
      "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетілген)",
      "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетілген)",
      "Нормативтік құқықтық актілердің өзгерістері",
      "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
      "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы"]
ROW = ["1", "00402674", "Выдача архивных справок", "Стандарт № 341 от 09.03.2015",
       "Регламент № 429 от 26.04.2015", "—", "www.mcs.gov.kz",
       "Петров Андрей Викторович, начальник отдела, тел. 8 (7172) 74-00-11, "
       "e-mail: A.Petrov@MCS.gov.kz"]
EXPECTED = {"registry_number": "00402674", "service_name": "Выдача архивных справок",
            "standard": "Стандарт № 341 от 09.03.2015",
            "regulation": "Регламент № 429 от 26.04.2015",
            "npa_changes": None, "website": "www.mcs.gov.kz",
            "responsible": {"full_name": "Петров Андрей Викторович", "position": "начальник отдела",
                            "email": "a.petrov@mcs.gov.kz", "phone": "87172740011"}}


def docx_bytes(tables: Sequence[Sequence[Sequence[str]]], before: Sequence[str] = (),
               after: Sequence[str] = ()) -> bytes:
    d = docx.Document()
    for p in before:
        d.add_paragraph(p)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                t.rows[i].cells[j].text = value
    for p in after:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def xlsx_bytes(rows: Sequence[Sequence[str]], after: Sequence[str] = ()) -> bytes:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    for line in after:
        ws.append([line])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def pdf_bytes(rows: Sequence[Sequence[str]], ruled: bool = True, encrypt: bool = False,
              after: Sequence[str] = ()) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    pdfmetrics.registerFont(TTFont("DejaVu", font))
    style = ParagraphStyle("c", fontName="DejaVu", fontSize=6, leading=7)
    out = io.BytesIO()
    kwargs = {"encrypt": "secret"} if encrypt else {}
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), **kwargs)
    data = [[Paragraph(c, style) for c in row] for row in rows]
    table = Table(data, colWidths=[95] * len(rows[0]))
    if ruled:
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    doc.build([table] + [Paragraph(x, style) for x in after])
    return out.getvalue()
