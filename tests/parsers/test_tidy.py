"""The last pass: positions kept to the position, empty-meaning cells empty, ditto marks."""

from __future__ import annotations

import pytest

from parsers.form.layouts import DITTO
from parsers.text import fold
from parsers.tidy import position


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


@pytest.mark.parametrize("cell", ["отсутствует", "Не предусмотрен", "без изменений",
                                  "Изменений нет", "Өзгерістер жоқ", "өзгерген жоқ",
                                  "не утверждался", "(отсутствует)"])
def test_a_cell_that_says_nothing_is_empty(cell: str) -> None:
    assert fold(cell) is None


@pytest.mark.parametrize("cell", ["Приказ № 12 от 03.02.2025 о внесении изменений",
                                  "Не предусмотрено приказом № 5 от 01.01.2020",
                                  "www.egov.kz"])
def test_a_cell_that_says_something_is_kept(cell: str) -> None:
    assert fold(cell) == cell


@pytest.mark.parametrize("cell", ['—"—', '-"-', '"', "〃", "- // -", "то же", "сол сияқты"])
def test_ditto_marks(cell: str) -> None:
    assert DITTO.match(cell)


@pytest.mark.parametrize("cell", ["—", "Приказ", "www.egov.kz"])
def test_not_ditto(cell: str) -> None:
    assert not DITTO.match(cell)
