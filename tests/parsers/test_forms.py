"""The Appendix 1 form in every layout agencies send, each fixture with its expected parse."""

from __future__ import annotations

import pytest

from parsers.api import parse_document
from tests.parsers.makers import EXPECTED, KK, ROW, RU, docx_bytes, pdf_bytes, xlsx_bytes

NUMBERS = [str(i) for i in range(1, 9)]
ORDER = [0, 2, 1, 7, 3, 4, 6, 5]  # columns in another order
AFTER = ["Ф.И.О. ответственного исполнителя: Смирнова Елена Павловна",
         "Дата: « 12 » марта 2015 г."]


def split_header(header):
    # the header split over two rows, e.g. "Наименование" / "государственной услуги"
    top = [h.split(" ", 1)[0] for h in header]
    bottom = [h.split(" ", 1)[1] if " " in h else "" for h in header]
    return [top, bottom]


VARIANTS = {
    "docx russian": ("form.docx", lambda: docx_bytes([[RU, NUMBERS, ROW]], after=AFTER)),
    "docx kazakh headers": ("form.docx", lambda: docx_bytes([[KK, ROW]])),
    "docx columns reordered": ("form.docx", lambda: docx_bytes(
        [[[RU[i] for i in ORDER], [ROW[i] for i in ORDER]]])),
    "docx header over two rows": ("form.docx", lambda: docx_bytes(
        [[*split_header(RU), NUMBERS, ROW]])),
    "docx footnotes and line breaks": ("form.docx", lambda: docx_bytes(
        [[[h.replace(" ", "\n", 1) + "*" for h in RU], ROW]])),
    "docx on its side": ("form.docx", lambda: docx_bytes(
        [[[h, v] for h, v in zip(RU[1:], ROW[1:], strict=True)]])),
    "docx several tables": ("form.docx", lambda: docx_bytes(
        [[["Исх. №", "12-3/456"], ["Дата", "01.03.2015"]], [RU, ROW]])),
    "xlsx": ("form.xlsx", lambda: xlsx_bytes([["Приложение 1"], RU, NUMBERS, ROW], after=AFTER)),
    "pdf ruled": ("form.pdf", lambda: pdf_bytes([RU, NUMBERS, ROW], after=AFTER)),
    "pdf named docx": ("form.docx", lambda: pdf_bytes([RU, ROW])),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_form_variant(variant):
    name, make = VARIANTS[variant]
    result = parse_document(make(), name)
    assert not result.errors, result.errors
    [doc] = result.documents
    assert doc.kind == "appendix1_form"
    [service] = doc.services
    assert service.model_dump(mode="json") == EXPECTED
    if "kazakh" in variant:
        assert doc.language == "kk"


def test_executor_and_date_under_the_table():
    doc = parse_document(docx_bytes([[RU, ROW]], after=AFTER), "f.docx").documents[0]
    assert doc.executor.full_name == "Смирнова Елена Павловна"
    assert doc.executor.date.isoformat() == "2015-03-12"


@pytest.mark.parametrize(("line", "name", "date"), [
    ("Ф.И.О. ответственного исполнителя: Нестеренко А.П. Дата: 01.03.2027",
     "Нестеренко А.П.", "2027-03-01"),
    ("Орындаған: Әбдірахман Г., күні: 2027 жылғы 3 наурыз", "Әбдірахман Г.", "2027-03-03"),
])
def test_executor_and_date_on_one_line(line, name, date):
    doc = parse_document(docx_bytes([[RU, ROW]], after=[line]), "f.docx").documents[0]
    assert (doc.executor.full_name, doc.executor.date.isoformat()) == (name, date)


def test_empty_cells_and_dashes_are_null():
    row = ["1", "00402674", "Услуга", "", "-", "—", "", ""]
    other = ["2", "00402675", "Другая", "Стандарт, приказ № 1", "", "", "", ""]
    s = parse_document(docx_bytes([[RU, row, other]]), "f.docx").documents[0].services[0]
    assert (s.standard, s.regulation, s.npa_changes, s.website, s.responsible) == \
        (None, None, None, None, None)


def test_a_table_that_is_not_the_form_gives_a_letter():
    result = parse_document(docx_bytes([[["a", "b"], ["c", "d"]]], before=["Просто письмо."]),
                            "x.docx")
    assert result.documents[0].kind == "other"


def test_pdf_laid_out_by_position_only():
    data = pdf_bytes([RU, ROW], ruled=False)
    result = parse_document(data, "form.pdf")
    [doc] = result.documents
    assert doc.kind == "appendix1_form"
    [service] = doc.services
    assert service.registry_number == "00402674"
    assert service.website == "www.mcs.gov.kz"


@pytest.mark.parametrize("cell", ["№ 00402674", "№00402674", "No. 00402674", "00402674"])
def test_a_registry_number_with_its_sign_is_the_number(cell):
    row = [ROW[0], cell, *ROW[2:]]
    doc = parse_document(docx_bytes([[RU, row]]), "f.docx").documents[0]
    assert doc.services[0].registry_number == "00402674"


@pytest.mark.parametrize(("cell", "field"), [
    ("Адрес веб-ресурса, на котором размещены стандарт и регламент", "website"),
    ("Нормативные правовые акты, вносящие изменения и дополнения в стандарт и регламент "
     "государственной услуги", "npa_changes"),
    ("Стандарт государственной услуги (с указанием его реквизитов)", "standard"),
])
def test_a_header_names_its_own_column_not_the_ones_it_mentions(cell, field):
    from parsers.form import header_field

    assert header_field(cell) == field


@pytest.mark.parametrize(("row", "mended"), [
    (["www.mti-min.gov.k", "z Ержанова Камила"], ["www.mti-min.gov.kz", "Ержанова Камила"]),
    (["a.b@mti-min.gov.k", "z"], ["a.b@mti-min.gov.kz", None]),
    (["www.egov.kz", "z Ержанова"], ["www.egov.kz", "z Ержанова"]),  # whole already
    (["Выдача справок", "kz"], ["Выдача справок", "kz"]),  # no address cut
])
def test_an_address_cut_by_a_ruled_cells_border_is_put_back(row, mended):
    from parsers.form.positions import mend_overflow

    assert mend_overflow(row) == mended
