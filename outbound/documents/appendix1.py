"""The Appendix 1 request (p.4): the form as the Rules draw it, columns 2-3 filled.

Why generated, not a template file: the table has one row per service asked about, and the
agency fills columns 4-8 in Word; the header texts are the Rules' own (Russian) or their Kazakh
translation, so the parsers recognise what comes back.  The one-service form of every p.4
request is generated once per language and its values put in (`_stamped`): the same document,
a thousandth of the time.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile
from collections.abc import Sequence
from xml.sax.saxutils import escape as xml_escape

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
    line = TEXT[lang]["number"].format(
        number=outgoing_number, date=(date or dt.date.today()).strftime("%d.%m.%Y")) \
        if outgoing_number else ""
    rows = [(str(n), s.registry_number, _name(s, lang)) for n, s in enumerate(services, start=1)]
    if len(rows) == 1 and line and _plain(line, *rows[0]):
        return _stamped(lang, line, rows[0][1], rows[0][2])
    return _build(lang, rows, line)


def _name(service: Service, lang: str) -> str:
    return service.name_kk if lang == "kk" and service.name_kk else service.name_ru


# -- one service, fast: the form built once per language with marks, the values put in --------
#
# Every p.4 request is this form for one service (thousands at once after a Registry import);
# python-docx takes ~25 ms to build it, so it is built once per language with a mark where
# each value goes, and a request is that document's XML with the marks replaced (escaped as
# lxml would) and zipped after the form's other parts, compressed once.  The result is the
# document `_build` makes for the same values (tests/outbound/documents/test_appendix1.py).

_MARKS = ("\ue000LINE\ue000", "\ue000NUMBER\ue000", "\ue000NAME\ue000")
_DOCUMENT = "word/document.xml"


def _plain(*values: str) -> bool:
    """Values python-docx would write as plain text (no line breaks, tabs or XML-illegal
    characters, no mark), so putting them in the XML text gives the same document."""
    return all(not any(c < " " or "\ue000" <= c <= "\uf8ff" or c in "\ufffe\uffff"
                       for c in v) for v in values)


@functools.lru_cache(maxsize=4)
def _form(lang: str) -> tuple[bytes, zipfile.ZipInfo, str]:
    """(the form's other parts as a zip, document.xml's entry, document.xml with the marks)."""
    stamp = _build(lang, [("1", _MARKS[1], _MARKS[2])], _MARKS[0])
    rest = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(stamp)) as source, \
            zipfile.ZipFile(rest, "w", zipfile.ZIP_DEFLATED) as target:
        document = source.getinfo(_DOCUMENT)
        xml = source.read(_DOCUMENT).decode("utf-8")
        for info in source.infolist():
            if info.filename != _DOCUMENT:
                target.writestr(info, source.read(info), compress_type=zipfile.ZIP_DEFLATED)
    if any(xml.count(mark) != 1 for mark in _MARKS):
        raise RuntimeError("appendix1: the form's marks are not where they were put")
    return rest.getvalue(), document, xml


def _stamped(lang: str, line: str, number: str, name: str) -> bytes:
    rest, document, xml = _form(lang)
    for mark, value in zip(_MARKS, (line, number, name), strict=True):
        xml = xml.replace(mark, xml_escape(value))
    out = io.BytesIO(rest)
    out.seek(0, io.SEEK_END)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target:
        target.writestr(document, xml.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _build(lang: str, rows: Sequence[tuple[str, str, str]], number_line: str) -> bytes:
    """The form with python-docx: `rows` are (n, registry number, name)."""
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
    if number_line:
        doc.add_paragraph(number_line)
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
    for n, number, name in rows:
        cells = table.add_row().cells
        cells[0].text = n
        cells[1].text = number
        cells[2].text = name
    for column, width in zip(table.columns, WIDTHS_CM, strict=True):
        for cell in column.cells:
            cell.width = Cm(width)
    doc.add_paragraph()
    doc.add_paragraph(text["executor"])
    doc.add_paragraph(text["date"])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
