"""The last pass: positions kept to the position, empty-meaning cells empty, ditto marks."""

from __future__ import annotations

import pytest

from gateway.domain import ServiceInfo
from parsers.form.layouts import DITTO
from parsers.records import ParsedDocument, ParseResult
from parsers.text import fold
from parsers.tidy import position, tidy


@pytest.mark.parametrize(("raw", "want"), [
    ("бөлім басшысы, байланыс", "бөлім басшысы"),
    ("лицензиялау бөлімінің бас маманы, ішкі 3", "лицензиялау бөлімінің бас маманы"),
    ("главный специалист, вн. 2-14", "главный специалист"),
    ("главный эксперт Управления, т", "главный эксперт Управления"),
    ("орнына жер кадастры бөлімінің бас маманы", "жер кадастры бөлімінің бас маманы"),
    ("будет вести главный специалист отдела", "главный специалист отдела"),
    ('"', None), ("ұялы", None),
    ("специалист по работе с тел. обращениями", "специалист по работе с тел. обращениями"),
    ("ведущий специалист", "ведущий специалист"),
])
def test_position_is_the_position(raw: str, want: str | None) -> None:
    assert position(raw) == want


@pytest.mark.parametrize("cell", ["без изменений", "Изменений нет", "Өзгерістер жоқ",
                                  "өзгерген жоқ", "(без изменений)"])
def test_a_change_notice_cell_that_did_not_change_is_null(cell: str) -> None:
    doc = ParsedDocument(part="x", kind="change_notice", services=[
        ServiceInfo(registry_number="00301138", standard=cell, website="www.egov.kz")])
    result = ParseResult(source="x", documents=[doc])
    service = tidy(result).documents[0].services[0]
    assert service.standard is None and service.website == "www.egov.kz"


def test_a_form_keeps_its_text_as_written() -> None:
    # the contract: empty, a dash or missing gives null; text ("отсутствует") as written
    doc = ParsedDocument(part="x", kind="appendix1_form", services=[
        ServiceInfo(registry_number="00301138", regulation="отсутствует",
                    npa_changes="Изменений нет")])
    result = ParseResult(source="x", documents=[doc])
    service = tidy(result).documents[0].services[0]
    assert service.regulation == "отсутствует" and service.npa_changes == "Изменений нет"
    assert fold("—") is None


@pytest.mark.parametrize("cell", ['—"—', '-"-', '"', "〃", "- // -", "то же", "сол сияқты"])
def test_ditto_marks(cell: str) -> None:
    assert DITTO.match(cell)


@pytest.mark.parametrize("cell", ["—", "Приказ", "www.egov.kz"])
def test_not_ditto(cell: str) -> None:
    assert not DITTO.match(cell)
