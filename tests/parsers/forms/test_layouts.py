"""Every layout of the Appendix 1 form an agency may send, read by the format parsers directly:
one test over a table of cases, each a fixture built in the test and the answer it must give."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from parsers.registry import DocumentRejected, ParseLimits, get
from tests.parsers.forms.builders import (
    cyrillic_font,
    docx_form,
    pdf_form,
    revised,
    xlsx_form,
)
from tests.parsers.forms.cases import (
    EXECUTOR_KK,
    EXECUTOR_KK_EXPECTED,
    EXECUTOR_RU,
    EXECUTOR_RU_EXPECTED,
    EXPECTED,
    KK,
    NUMBERS,
    ROWS,
    RU,
    many,
)

ORDER = [0, 2, 1, 7, 3, 6, 4, 5]  # the columns in another order
NO_EXECUTOR = {"full_name": None, "date": None}
GROUP_TOP = ["№ п/п", "Государственная услуга", "", "Стандарт", "Регламент", "Изменения НПА",
             "Интернет-ресурс", "Ответственное лицо"]
GROUP_BOTTOM = ["", "№ в реестре", "наименование", "", "", "", "", ""]
GROUP_MERGES = [(0, 0, 1, 0), (0, 1, 0, 2), *[(0, j, 1, j) for j in range(3, 8)]]
LETTERHEAD = [["Исх. № 12-3/456", "от 01.03.2015"], ["Кому: ЕКЦ", "От: Министерство"]]
SIGNATURES = [["Руководитель", "", "Иванов И.И."]]
# the header exactly as the Rules print it, line breaks and all
RULES = ["№\nп/\nп", "№ \nгосударственной\nуслуги в реестре",
         "Наименование \nгосударственной\nуслуги",
         "Стандарт \nгосударственной\nуслуги (с \nуказанием его \nреквизитов)",
         "Регламент \nгосударственной\nуслуги (с \nуказанием его \nреквизитов)",
         "Изменения \nнормативных\nправовых \nактов",
         "Интернет-ресурс\n, на котором \nразмещена \nинформация о \nгосударственной\nуслуге",
         "Фамилия, имя, \nотчество, \nдолжность \nответственного\nлица"]
# the Rules' Appendix 2 (the contact centre's own report): a table, but not the form
APPENDIX2 = ["№ п/п", "Дата и время поступления жалобы и обращения",
             "Ф.И.О. ответственного за форум", "Регион", "Ф.И.О. заявителя",
             "Характер обращения", "Принятые меры, № запроса",
             "Нарушение стандарта государственной услуги"]
BLANKS = [["Исх. № 12-3/456"], ["от 01.03.2015"], ["Единый контакт-центр"], [], ["Письмо"],
          ["Направляем информацию"], [], ["по запросу"], [], [], ["Запрос о предоставлении"]]


def split_words(header: list[str]) -> list[list[str]]:
    """The header typed over two rows: first word above, the rest below."""
    return [[h.split(" ", 1)[0] for h in header],
            [h.split(" ", 1)[1] if " " in h else "" for h in header]]


def reordered(rows: list[list[str]]) -> list[list[str]]:
    return [[row[i] for i in ORDER] for row in rows]


def sideways(header: list[str], row: list[str]) -> list[list[str]]:
    return [[h, v] for h, v in zip(header[1:], row[1:], strict=True)]


def merged_responsible() -> list[dict]:
    # one responsible person for every service: column 8 merged down the rows
    return [{**e, "responsible": EXPECTED[0]["responsible"]} for e in EXPECTED]


@dataclass
class Case:
    fmt: str
    make: Callable[[], bytes]
    services: list[dict] = field(default_factory=lambda: EXPECTED)
    executor: dict = field(default_factory=lambda: EXECUTOR_RU_EXPECTED)
    language: str = "ru"


CASES = {
    "docx russian headers": Case("docx", lambda: docx_form([[RU, *ROWS]], after=EXECUTOR_RU)),
    "docx kazakh headers": Case("docx", lambda: docx_form([[KK, *ROWS]], after=EXECUTOR_KK),
                                executor=EXECUTOR_KK_EXPECTED, language="kk"),
    "docx columns reordered": Case("docx", lambda: docx_form([reordered([RU, *ROWS])],
                                                             after=EXECUTOR_RU)),
    "docx header over two rows": Case("docx", lambda: docx_form(
        [[*split_words(RU), *ROWS]], after=EXECUTOR_RU)),
    "docx merged group header": Case("docx", lambda: docx_form(
        [[GROUP_TOP, GROUP_BOTTOM, NUMBERS, *ROWS]], merges=[GROUP_MERGES], after=EXECUTOR_RU)),
    "docx header as the Rules print it": Case("docx", lambda: docx_form(
        [[RULES, NUMBERS, *ROWS]], after=["Ф .И .О.  ответственного  исполнителя "
                                          "Смирнова Елена Павловна",
                                          "Дата: « 12 »__марта__ 2015г."])),
    "docx typed with track changes and content controls": Case("docx", lambda: revised(
        docx_form([[RU, NUMBERS, *ROWS]], after=EXECUTOR_RU))),
    "docx numbers row": Case("docx", lambda: docx_form([[RU, NUMBERS, *ROWS]], after=EXECUTOR_RU)),
    "docx footnotes and line breaks": Case("docx", lambda: docx_form(
        [[[h.replace(" ", "\n", 2) + "¹" for h in KK], NUMBERS, *ROWS]], after=EXECUTOR_KK),
        executor=EXECUTOR_KK_EXPECTED, language="kk"),
    "docx on its side": Case("docx", lambda: docx_form([sideways(RU, ROWS[0])]),
                             services=EXPECTED[:1], executor=NO_EXECUTOR),
    "docx on its side kazakh": Case("docx", lambda: docx_form(
        [sideways(KK, ROWS[1])], after=EXECUTOR_KK), services=EXPECTED[1:2],
        executor=EXECUTOR_KK_EXPECTED, language="kk"),
    "docx on its side, one table a service": Case("docx", lambda: docx_form(
        [sideways(RU, ROWS[0]), sideways(RU, ROWS[1])]), services=EXPECTED[:2],
        executor=NO_EXECUTOR),
    "docx on its side with row numbers": Case("docx", lambda: docx_form(
        [[[str(n), *pair] for n, pair in enumerate(sideways(RU, ROWS[0]), start=2)]]),
        services=EXPECTED[:1], executor=NO_EXECUTOR),
    "docx several tables": Case("docx", lambda: docx_form(
        [LETTERHEAD, [RU, NUMBERS, *ROWS], SIGNATURES], after=EXECUTOR_RU)),
    # its rows are Russian (only the people's names are Kazakh) under a Kazakh and a Russian
    # header: Russian, as the corpora's authors key such forms
    "docx bilingual: the form in Kazakh, then in Russian": Case("docx", lambda: docx_form(
        [[KK, *ROWS], [RU, *ROWS]], after=EXECUTOR_RU), language="ru"),
    "docx executor in the form's last row and a table under it": Case("docx", lambda: docx_form(
        [[RU, *ROWS, [EXECUTOR_RU[0]] + [""] * 7], [[EXECUTOR_RU[1].split(":")[0],
                                                    EXECUTOR_RU[1].split(":")[1]]]],
        merges=[[(4, 0, 4, 7)]])),
    "docx form inside a layout table": Case("docx", lambda: docx_form(
        [[RU, *ROWS]], nested=True, after=EXECUTOR_RU)),
    "docx responsible merged down": Case("docx", lambda: docx_form(
        [[RU, *ROWS]], merges=[[(1, 7, 3, 7)]], after=EXECUTOR_RU), services=merged_responsible()),
    "xlsx russian": Case("xlsx", lambda: xlsx_form(
        [["Приложение 1"], RU, NUMBERS, *ROWS], after=EXECUTOR_RU, numbers_as_numbers=True)),
    "xlsx kazakh on the second sheet": Case("xlsx", lambda: xlsx_form(
        [KK, *ROWS], after=EXECUTOR_KK, before_sheets=[LETTERHEAD]),
        executor=EXECUTOR_KK_EXPECTED, language="kk"),
    "xlsx responsible merged down, blank rows above": Case("xlsx", lambda: xlsx_form(
        [["", "", "Приложение 1"], [], RU, *ROWS], merges=[(3, 7, 5, 7)], after=EXECUTOR_RU),
        services=merged_responsible()),
    "xlsx letterhead above, executor in another column": Case("xlsx", lambda: xlsx_form(
        [*BLANKS, RU, *ROWS, [], ["", EXECUTOR_RU[0]], ["", "", EXECUTOR_RU[1]]])),
    "xlsx merged group header": Case("xlsx", lambda: xlsx_form(
        [GROUP_TOP, GROUP_BOTTOM, *ROWS], merges=GROUP_MERGES), executor=NO_EXECUTOR),
    "pdf ruled": Case("pdf", lambda: pdf_form([RU, NUMBERS, *ROWS], after=EXECUTOR_RU)),
    "pdf ruled kazakh reordered": Case("pdf", lambda: pdf_form(
        reordered([KK, *ROWS]), after=EXECUTOR_KK), executor=EXECUTOR_KK_EXPECTED,
        language="kk"),
    "pdf ruled over several pages": Case("pdf", lambda: pdf_form(
        [RU, *many(20)[0]], repeat_rows=1, after=EXECUTOR_RU), services=many(20)[1]),
    "pdf ruled, executor in the form's last row": Case("pdf", lambda: pdf_form(
        [RU, *ROWS, [EXECUTOR_RU[0], "", "", "", "", "", "", ""],
         [EXECUTOR_RU[1], "", "", "", "", "", "", ""]])),
    "pdf position only": Case("pdf", lambda: pdf_form(
        [RU, NUMBERS, *ROWS], ruled=False, before=["Приложение 1"], after=EXECUTOR_RU)),
    "pdf position only kazakh": Case("pdf", lambda: pdf_form(
        [KK, *ROWS], ruled=False, after=EXECUTOR_KK), executor=EXECUTOR_KK_EXPECTED,
        language="kk"),
    "pdf position only, top-aligned, no padding": Case("pdf", lambda: pdf_form(
        [RU, NUMBERS, *ROWS], ruled=False, tight=True, after=EXECUTOR_RU)),
    "pdf position only, top-aligned, no padding, no № column": Case("pdf", lambda: pdf_form(
        [row[1:] for row in [RU, *ROWS]], ruled=False, tight=True, after=EXECUTOR_RU)),
    "pdf position only over two pages": Case("pdf", lambda: pdf_form(
        [RU, *many(12)[0]], ruled=False, repeat_rows=1, after=EXECUTOR_RU),
        services=many(12)[1]),
    "pdf position only under a ruled letterhead": Case("pdf", lambda: pdf_form(
        [RU, NUMBERS, *ROWS], ruled=False, boxed=LETTERHEAD, after=EXECUTOR_RU)),
    "pdf position only reordered": Case("pdf", lambda: pdf_form(
        reordered([RU, NUMBERS, *ROWS]), ruled=False, after=EXECUTOR_RU)),
}
NO_FONT = "no Cyrillic TrueType font (apt-get install fonts-dejavu-core)"
NEEDS_FONT = pytest.mark.skipif(cyrillic_font() is None, reason=NO_FONT)


def parse(fmt: str, data: bytes) -> list:
    parser = get(fmt)
    assert parser is not None
    return parser(data, f"form.{fmt}", ParseLimits())


@pytest.mark.parametrize("name", list(CASES))
def test_form_layout(name: str) -> None:
    case = CASES[name]
    if case.fmt == "pdf" and cyrillic_font() is None:
        pytest.skip(NO_FONT)
    [doc] = parse(case.fmt, case.make())
    assert doc.kind == "appendix1_form"
    assert [s.model_dump(mode="json") for s in doc.services] == case.services
    if case.executor is not NO_EXECUTOR:
        assert doc.executor.model_dump(mode="json") == case.executor
    assert doc.language == case.language


def test_a_row_of_dashes_and_blanks_is_null_not_lost() -> None:
    row = ["1", "00402674", "Услуга", "", "-", "—", " ", "–"]
    filled = ["2", "00402675", "Другая", "Стандарт, приказ № 1", "-", "—", " ", "–"]
    [doc] = parse("docx", docx_form([[RU, row, filled]]))
    service = doc.services[0]
    assert service.model_dump(mode="json") == {
        "registry_number": "00402674", "service_name": "Услуга", "standard": None,
        "regulation": None, "npa_changes": None, "website": None, "responsible": None}
    assert any("column 8" in w for w in doc.warnings)


def test_a_form_sent_back_with_columns_4_to_8_empty_is_no_reply() -> None:
    """Our blank form (or request) returned: nothing the agency fills, so `other` (issue #21)."""
    row = ["1", "00402674", "Услуга", "", "-", "—", " ", "–"]
    [doc] = parse("docx", docx_form([[RU, row]]))
    assert doc.kind == "other" and any("columns 4-8 empty" in w for w in doc.warnings)


def test_tables_that_are_not_the_form_give_other_with_their_text() -> None:
    data = docx_form([LETTERHEAD, [["Наименование", "Количество"], ["Бумага", "5"]],
                      [APPENDIX2, ["1", "01.03.2015", "Иванов И.И.", "Астана", "Петров П.П.",
                                   "жалоба", "меры", "да"]]],
                     before=["Просим принять к сведению."])
    [doc] = parse("docx", data)
    assert doc.kind == "other"
    assert doc.services == []
    from parsers.formats.docx import text_of

    text = text_of(data, ParseLimits())
    assert "Просим принять к сведению." in text and "Бумага" in text


@NEEDS_FONT
def test_pdf_text_of_gives_the_letter_text() -> None:
    from parsers.formats.pdf import text_of

    data = pdf_form([["а", "б"]], before=["Сообщаем об отказе в предоставлении информации."])
    assert "Сообщаем об отказе" in text_of(data, ParseLimits())


@pytest.mark.parametrize(("fmt", "data", "code"), [
    ("docx", b"", "corrupt"),
    ("docx", b"PK\x03\x04 not really a zip", "corrupt"),
    ("xlsx", b"<html>not a workbook</html>", "corrupt"),
    ("pdf", b"%PDF-1.4\n%broken", "corrupt"),
])
def test_unreadable_input_is_rejected_with_a_code(fmt: str, data: bytes, code: str) -> None:
    with pytest.raises(DocumentRejected) as caught:
        parse(fmt, data)
    assert caught.value.code == code
    assert caught.value.message and "\n" not in caught.value.message


def _renamed_main_part(data: bytes) -> bytes:
    """The same package with its main document at word/main.xml (relationships to match)."""
    import io
    import zipfile

    moved = {"word/document.xml": "word/main.xml",
             "word/_rels/document.xml.rels": "word/_rels/main.xml.rels"}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                body = body.replace(b"word/document.xml", b"word/main.xml")
            dst.writestr(moved.get(item.filename, item.filename), body)
    return out.getvalue()


def test_docx_main_part_is_found_by_its_relationship_not_its_usual_name() -> None:
    data = docx_form([[RU, ROWS[0]]])
    [doc] = parse("docx", _renamed_main_part(data))
    assert doc.kind == "appendix1_form" and doc == parse("docx", data)[0]


def test_a_package_that_is_not_a_word_document_is_rejected_by_the_docx_reader() -> None:
    with pytest.raises(DocumentRejected) as caught:
        parse("docx", xlsx_form([RU, ROWS[0]]))
    assert caught.value.code == "corrupt"
    assert "'workbook', not a document" in caught.value.message


@NEEDS_FONT
def test_encrypted_pdf_is_rejected() -> None:
    with pytest.raises(DocumentRejected) as caught:
        parse("pdf", pdf_form([RU, ROWS[0]], encrypt=True))
    assert caught.value.code == "encrypted_pdf"
