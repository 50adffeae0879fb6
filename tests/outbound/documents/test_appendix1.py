"""The Appendix 1 request: the Rules' form, and what an agency fills in comes back through the
project's own DOCX parser."""

from __future__ import annotations

import datetime as dt
import importlib.util
import io

import docx
import pytest
from docx.enum.section import WD_ORIENT

from gateway.domain import Service
from outbound.documents.appendix1 import HEADERS, build_appendix1_request
from parsers.registry import ParseLimits, get

SERVICES = [
    Service(registry_number="00701003", agency_id="dsm",
            name_ru="Выдача лицензии на медицинскую деятельность",
            name_kk="Медициналық қызметке лицензия беру", registered_on=dt.date(2026, 11, 24)),
    Service(registry_number="00402674", agency_id="mcs", name_ru="Выдача архивных справок",
            name_kk="Архивтік анықтамалар беру", registered_on=dt.date(2026, 11, 24)),
]
# the Rules' Appendix 1 headers, as printed there (line breaks folded)
RULES_RU = [
    "№ п/п", "№ государственной услуги в реестре", "Наименование государственной услуги",
    "Стандарт государственной услуги (с указанием его реквизитов)",
    "Регламент государственной услуги (с указанием его реквизитов)",
    "Изменения нормативных правовых актов",
    "Интернет-ресурс, на котором размещена информация о государственной услуге",
    "Фамилия, имя, отчество, должность ответственного лица",
]
FILLED = {
    "00701003": ["Стандарт, утвержденный приказом Министра здравоохранения от 28.04.2015 № 294",
                 "Регламент, утвержденный приказом от 30.06.2015 № 511",
                 "Приказ от 05.06.2016 № 312", "www.dsm.gov.kz",
                 "Касымова Динара Ерлановна, главный эксперт, +7 (7172) 74-11-22, "
                 "D.Kasymova@dsm.gov.kz"],
    "00402674": ["Стандарт от 09.03.2015 № 341", "Регламент от 12.05.2015 № 180", "-",
                 "www.mcs.gov.kz", "Омаров Бахыт Каримович, руководитель отдела"],
}


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_form_as_the_rules_draw_it(language):
    document = _open(build_appendix1_request(SERVICES, language, "ЕКЦ-2026/17",
                                             dt.date(2026, 11, 25)))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    [table] = document.tables
    assert len(table.columns) == 8
    header = [c.text for c in table.rows[0].cells]
    assert header == HEADERS[language]
    if language == "ru":
        assert header == RULES_RU
    assert [c.text for c in table.rows[1].cells] == [str(i) for i in range(1, 9)]
    body = [[c.text for c in row.cells] for row in table.rows[2:]]
    assert [r[:2] for r in body] == [["1", "00701003"], ["2", "00402674"]]
    names = [s.name_kk if language == "kk" else s.name_ru for s in SERVICES]
    assert [r[2] for r in body] == names
    assert all(r[3:] == [""] * 5 for r in body)  # columns 4-8 are the agency's
    text = "\n".join(p.text for p in document.paragraphs)
    assert "ЕКЦ-2026/17" in text and "25.11.2026" in text
    if language == "ru":
        assert "Запрос о предоставлении информации о государственной услуге" in text
        assert "Ф.И.О. ответственного исполнителя" in text
        assert "Дата: « __ »________ 20__г." in text
    else:
        assert "Жауапты орындаушының Т.А.Ә." in text


def test_kazakh_headers_are_not_russian():
    assert not set(HEADERS["kk"][1:]) & set(HEADERS["ru"][1:])


def _fill_as_an_agency(data: bytes) -> bytes:
    document = _open(data)
    for row in document.tables[0].rows[2:]:
        for cell, value in zip(row.cells[3:], FILLED[row.cells[1].text], strict=True):
            cell.text = value
    for p in document.paragraphs:
        if p.text.startswith("Ф.И.О."):
            p.text = "Ф.И.О. ответственного исполнителя: Сапарова Гульнар Ахметовна"
        elif p.text.startswith("Дата"):
            p.text = "Дата: « 27 » ноября 2026 г."
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.skipif(importlib.util.find_spec("parsers.formats.docx") is None,
                    reason="the DOCX parser (parsers/formats/docx.py) is not written yet")
def test_filled_request_parses_back():
    parse = get("docx")
    assert parse is not None
    data = _fill_as_an_agency(build_appendix1_request(SERVICES, "ru", "1", dt.date(2026, 11, 25)))
    [doc] = parse(data, "form.docx", ParseLimits())
    assert doc.kind == "appendix1_form"
    got = {s.registry_number: s for s in doc.services}
    assert set(got) == set(FILLED)
    dsm = got["00701003"]
    assert dsm.service_name == "Выдача лицензии на медицинскую деятельность"
    assert dsm.standard == FILLED["00701003"][0]
    assert dsm.regulation == FILLED["00701003"][1]
    assert dsm.website == "www.dsm.gov.kz"
    assert dsm.responsible.full_name == "Касымова Динара Ерлановна"
    assert dsm.responsible.email == "d.kasymova@dsm.gov.kz"
    assert dsm.responsible.phone == "+77172741122"
    assert got["00402674"].npa_changes is None  # a dash is no change
    assert doc.executor.full_name == "Сапарова Гульнар Ахметовна"
    assert doc.executor.date == dt.date(2026, 11, 27)


def test_sample_form_is_what_the_tool_makes():
    """mappings/samples/filled-form-ru.docx is reproducible from tools/make_sample_form.py."""
    from mappings import path
    from tools.make_sample_form import SERVICE, filled_form

    sample = _open(path("samples/filled-form-ru.docx").read_bytes())
    fresh = _open(filled_form(SERVICE))
    rows = [[[c.text for c in r.cells] for r in d.tables[0].rows] for d in (sample, fresh)]
    assert rows[0] == rows[1]
    assert rows[0][2][1] == SERVICE.registry_number
    assert all(rows[0][2][3:])  # columns 4-8 filled


def test_header_rows_repeat_on_every_page():
    table = _open(build_appendix1_request(SERVICES * 30, "ru")).tables[0]
    flags = [r._tr.trPr is not None and r._tr.trPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
        for r in table.rows]
    assert flags[:2] == [True, True] and not any(flags[2:])
    assert len(table.rows) == 62


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("name", ["Выдача справки <о несудимости> & \"прочее\" 'x'",
                                  "Две\nстроки", "Табуляция\tвнутри", "Метка \ue000NAME\ue000"])
def test_the_one_service_form_put_together_fast_is_the_form_python_docx_builds(language, name):
    """Every p.4 request is the one-service form: made once per language with marks and its
    values put in, it must be byte for byte, part for part, what python-docx makes (and a
    value that is not plain text takes python-docx's way)."""
    import zipfile

    from outbound.documents import appendix1

    service = SERVICES[0].model_copy(update={"name_ru": name, "name_kk": name})
    fast = build_appendix1_request([service], language, "ЕКЦ-2026/17", dt.date(2026, 11, 25))
    line = appendix1.TEXT[language]["number"].format(number="ЕКЦ-2026/17", date="25.11.2026")
    slow = appendix1._build(language, [("1", service.registry_number, name)], line)
    with zipfile.ZipFile(io.BytesIO(fast)) as f, zipfile.ZipFile(io.BytesIO(slow)) as s:
        assert sorted(f.namelist()) == sorted(s.namelist())
        for part in s.namelist():
            assert f.read(part) == s.read(part), part
    cells = _open(fast).tables[0].rows[2].cells
    assert [c.text for c in cells[:3]] == ["1", service.registry_number, name]
