"""The Appendix 2 report: reopened with python-docx and openpyxl, as the Rules draw it."""

from __future__ import annotations

import datetime as dt
import io

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT

from gateway.domain import Appeal
from outbound.documents.appendix2 import (
    HEADERS,
    build_appendix2_docx,
    build_appendix2_xlsx,
    leaf_headers,
    month_words,
    write_docx,
    write_xlsx,
)

# the Rules' Appendix 2 columns, as printed there (line breaks folded)
RULES_RU = ["№ п/п", "Дата и время поступления жалобы и обращения",
            "Ф.И.О. ответственного за форум", "Регион", "Ф.И.О. заявителя",
            "Содержание жалобы и обращения", "Принятые меры, № запроса",
            "Нарушение стандарта государственной услуги", "Действие (бездействие) работников"]


def appeal(n: int, agency: str = "mcs") -> Appeal:
    return Appeal(received_at=dt.datetime(2026, 10, 1 + n % 28, 9, n % 60),
                  forum_responsible="Сейтжанова А.", region="Карагандинская область",
                  applicant=f"Заявитель <{n}> & сын", nature="жалоба",
                  content=f"Срок нарушен\nвторая строка {n}", measures=f"Запрос № {n}",
                  standard_violation="да" if n % 2 else "", staff_action="бездействие",
                  agency_id=agency)


ROWS = [appeal(n) for n in range(1, 6)]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_docx_table_as_the_rules_draw_it(language):
    document = docx.Document(io.BytesIO(build_appendix2_docx(ROWS, "2026-10", "Акимат",
                                                             language)))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    [table] = document.tables
    assert len(table.columns) == 9
    top, below, numbers, *body = [[c.text for c in r.cells] for r in table.rows]
    h = HEADERS[language]
    assert top[:5] == below[:5] == h["first"]  # two rows tall
    assert top[5:] == [h["group"]] * 4  # "Характер обращения" spans 6-9
    assert below[5:] == h["grouped"]
    if language == "ru":
        assert below == RULES_RU and top[5] == "Характер обращения"
    assert numbers == [str(i) for i in range(1, 10)]
    assert len(body) == len(ROWS)
    assert body[0] == ["1", "02.10.2026 09:01", "Сейтжанова А.", "Карагандинская область",
                       "Заявитель <1> & сын", "жалоба. Срок нарушен\nвторая строка 1",
                       "Запрос № 1", "да", "бездействие"]
    assert [r[0] for r in body] == ["1", "2", "3", "4", "5"]
    text = [p.text for p in document.paragraphs]
    assert "Акимат" in text
    assert any(month_words("2026-10", language) in t for t in text)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_xlsx_table_as_the_rules_draw_it(language):
    wb = openpyxl.load_workbook(io.BytesIO(build_appendix2_xlsx(ROWS, "2026-10", None,
                                                                language)))
    ws = wb.active
    assert ws.page_setup.orientation == "landscape"
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    title, top, below, numbers, *body = values
    assert HEADERS[language]["group"] not in str(title)
    assert top == [*HEADERS[language]["first"], HEADERS[language]["group"], None, None, None]
    assert below[5:] == HEADERS[language]["grouped"]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A2:A3", "B2:B3", "C2:C3", "D2:D3",
                                                        "E2:E3", "F2:I2"}
    assert numbers == [str(i) for i in range(1, 10)]
    assert len(body) == len(ROWS) and all(len(r) == 9 for r in body)
    assert body[4][0] == "5" and body[4][6] == "Запрос № 5"


def test_leaf_headers_are_the_rules_columns():
    assert leaf_headers("ru") == RULES_RU
    assert len(leaf_headers("kk")) == 9


def test_empty_month_still_has_the_form(tmp_path):
    assert write_docx(tmp_path / "r.docx", [], month="2026-02") == 0
    assert write_xlsx(tmp_path / "r.xlsx", [], month="2026-02") == 0
    table = docx.Document(str(tmp_path / "r.docx")).tables[0]
    assert len(table.rows) == 3
    assert openpyxl.load_workbook(tmp_path / "r.xlsx").active.max_row == 4


def test_rows_are_streamed_not_listed(tmp_path):
    """A generator is consumed once, in order: the writers never need the rows in memory."""
    count = write_docx(tmp_path / "r.docx", (appeal(n) for n in range(1, 1001)),
                       month="2026-10")
    assert count == 1000
    table = docx.Document(str(tmp_path / "r.docx")).tables[0]
    assert table.rows[-1].cells[0].text == "1000"
    assert table.rows[-1].cells[6].text == "Запрос № 1000"


def test_control_characters_and_line_breaks_keep_the_files_valid():
    dirty = appeal(1).model_copy(update={"content": "a\x00b\x0bc\r\nd", "applicant": "e\x1ff"})
    table = docx.Document(io.BytesIO(build_appendix2_docx([dirty], "2026-10"))).tables[0]
    assert table.rows[3].cells[4].text == "ef"
    assert table.rows[3].cells[5].text == "жалоба. abc\nd"
    ws = openpyxl.load_workbook(io.BytesIO(build_appendix2_xlsx([dirty], "2026-10"))).active
    assert ws.cell(5, 6).value == "жалоба. abc\nd"


def test_streamed_xlsx_rows_and_extent(tmp_path):
    """The data rows spliced into XlsxWriter's sheet: extent, order and style are right."""
    target = tmp_path / "r.xlsx"
    assert write_xlsx(target, (appeal(n) for n in range(1, 1001)), month="2026-10") == 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]  # no leftovers
    ro = openpyxl.load_workbook(target, read_only=True)
    assert ro.active.max_row == 1004 and ro.active.max_column == 9
    ro.close()
    ws = openpyxl.load_workbook(target).active
    assert ws.cell(1004, 1).value == "1000" and ws.cell(1004, 7).value == "Запрос № 1000"
    assert ws.cell(5, 6).alignment.wrap_text and ws.cell(5, 6).border.left.style == "thin"
    assert ws.print_title_rows == "$2:$4"


def test_both_files_from_one_pass(tmp_path):
    from outbound.documents.appendix2 import write_both

    rows = iter([appeal(n) for n in range(1, 8)])  # an iterator: readable once only
    assert write_both(tmp_path / "r.docx", tmp_path / "r.xlsx", rows, month="2026-10") == 7
    table = docx.Document(str(tmp_path / "r.docx")).tables[0]
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    assert [c.text for c in table.rows[-1].cells] == [c.value for c in ws[ws.max_row]]


def test_failure_leaves_no_partial_files(tmp_path):
    def broken():
        yield appeal(1)
        raise RuntimeError("the database went away")

    from outbound.documents.appendix2 import write_both

    with pytest.raises(RuntimeError):
        write_both(tmp_path / "r.docx", tmp_path / "r.xlsx", broken(), month="2026-10")
    assert list(tmp_path.iterdir()) == []
