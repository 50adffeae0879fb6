"""The Appendix 1 request (p.4): the form as the Rules draw it, columns 2-3 filled.

Why generated, not a template file: the table has one row per service asked about, and the
agency fills columns 4-8 in Word; the header texts are the Rules' own (Russian) or their Kazakh
translation, so the parsers recognise what comes back.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

from gateway.domain import Service

HEADERS = {
    "ru": [
        "№ п/п",
        "№ государственной услуги в реестре",
        "Наименование государственной услуги",
        "Стандарт государственной услуги (с указанием его реквизитов)",
        "Регламент государственной услуги (с указанием его реквизитов)",
        "Изменения нормативных правовых актов",
        "Интернет-ресурс, на котором размещена информация о государственной услуге",
        "Фамилия, имя, отчество, должность ответственного лица",
    ],
    "kk": [
        "Р/с №",
        "Мемлекеттік көрсетілетін қызметтің тізілімдегі №",
        "Мемлекеттік көрсетілетін қызметтің атауы",
        "Мемлекеттік көрсетілетін қызмет стандарты (деректемелері көрсетілген)",
        "Мемлекеттік көрсетілетін қызмет регламенті (деректемелері көрсетілген)",
        "Нормативтік құқықтық актілердің өзгерістері",
        "Мемлекеттік көрсетілетін қызмет туралы ақпарат орналастырылған интернет-ресурс",
        "Жауапты тұлғаның тегі, аты, әкесінің аты, лауазымы",
    ],
}
TEXT = {
    "ru": {
        "corner": "Приложение 1\nк Правилам взаимодействия Единого контакт-центра\nФорма",
        "title": "Запрос о предоставлении информации о государственной услуге",
        "number": "Исх. № {number} от {date}",
        "purpose": ("Единый контакт-центр запрашивает информацию о государственной услуге и "
                    "проведение обучения ответственных сотрудников Единого контакт-центра по "
                    "вопросам оказания государственной услуги (пункт 4 Правил). Ответственное "
                    "лицо назначается в течение трех рабочих дней с момента получения запроса, "
                    "представляет информацию не позднее пяти рабочих дней с момента назначения "
                    "и проводит обучение не позднее десяти рабочих дней после ее представления "
                    "(пункты 5 и 8 Правил)."),
        "executor": "Ф.И.О. ответственного исполнителя ______________________________",
        "date": "Дата: « __ »________ 20__г.",
    },
    "kk": {
        "corner": "Бірыңғай байланыс орталығының өзара іс-қимыл қағидаларына\n1-қосымша\nНысан",
        "title": "Мемлекеттік көрсетілетін қызмет туралы ақпарат беру туралы сұрау салу",
        "number": "Шығыс № {number}, {date}",
        "purpose": ("Бірыңғай байланыс орталығы мемлекеттік көрсетілетін қызмет туралы ақпарат "
                    "беруді және Бірыңғай байланыс орталығының жауапты қызметкерлерін "
                    "мемлекеттік қызметті көрсету мәселелері бойынша оқытуды сұрайды "
                    "(Қағидалардың 4-тармағы). Жауапты тұлға сұрау салу алынған сәттен бастап "
                    "үш жұмыс күні ішінде тағайындалады, тағайындалған сәттен бастап бес жұмыс "
                    "күнінен кешіктірмей ақпарат береді және ол берілгеннен кейін он жұмыс "
                    "күнінен кешіктірмей оқыту өткізеді (Қағидалардың 5 және 8-тармақтары)."),
        "executor": "Жауапты орындаушының Т.А.Ә. ______________________________",
        "date": "Күні: « __ »________ 20__ж.",
    },
}


WIDTHS_CM = [1.0, 2.6, 4.6, 3.8, 3.8, 3.2, 3.4, 4.3]  # 26.7 cm: A4 landscape less margins


def _repeat_on_every_page(row) -> None:  # type: ignore[no-untyped-def]
    """Mark a header row to repeat at the top of each page (w:tblHeader)."""
    flag = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(flag)


def build_appendix1_request(services: Sequence[Service], language: str = "ru",
                            outgoing_number: str = "", date: dt.date | None = None) -> bytes:
    """The request as DOCX bytes, one table row per service, columns 1-3 filled."""
    lang = language if language in HEADERS else "ru"
    text = TEXT[lang]
    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Cm(1.5))
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    corner = doc.add_paragraph(text["corner"])
    corner.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(text["title"]).bold = True
    if outgoing_number:
        doc.add_paragraph(text["number"].format(
            number=outgoing_number, date=(date or dt.date.today()).strftime("%d.%m.%Y")))
    doc.add_paragraph(text["purpose"])
    table = doc.add_table(rows=2, cols=8)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, header in enumerate(HEADERS[lang]):
        for row, text_ in ((0, header), (1, str(i + 1))):
            cell = table.rows[row].cells[i]
            cell.text = text_
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell.paragraphs[0].runs[0].bold = row == 0
    for row in table.rows:
        _repeat_on_every_page(row)
    for n, service in enumerate(services, start=1):
        cells = table.add_row().cells
        cells[0].text = str(n)
        cells[1].text = service.registry_number
        cells[2].text = service.name_kk if lang == "kk" and service.name_kk else service.name_ru
    for column, width in zip(table.columns, WIDTHS_CM, strict=True):
        for cell in column.cells:
            cell.width = Cm(width)
    doc.add_paragraph()
    doc.add_paragraph(text["executor"])
    doc.add_paragraph(text["date"])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
