"""The shared normalisers (parsers/text.py) on the spellings agencies use: one table per job."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.form import header_field, join_lines
from parsers.text import (
    detect_language,
    find_dates,
    find_email,
    find_phone,
    fold,
    parse_date,
    split_responsible,
)

D = dt.date


@pytest.mark.parametrize(("raw", "expected"), [
    ("  Выдача \n архивных\tсправок ", "Выдача архивных справок"),
    ("", None), ("   ", None), ("-", None), ("—", None), ("–", None), ("нет", None),
    ("жоқ", None), (None, None), ("-5", "-5"), ("\u200b—\ufeff", None),
    ("Выда\u00adча\u00a0справок", "Выдача справок"),
])
def test_fold(raw, expected):
    assert fold(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("12.03.2015", D(2015, 3, 12)),
    ("12/03/15", D(2015, 3, 12)),
    ("2015-03-12", D(2015, 3, 12)),
    ("« 12 » марта 2015 г.", D(2015, 3, 12)),
    ("«1» мая 2015 года", D(2015, 5, 1)),
    ("Дата: 29 октября 2015 г.", D(2015, 10, 29)),
    ("2015 жылғы 12 наурыз", D(2015, 3, 12)),
    ("2015 жылғы «5» мамырдағы", D(2015, 5, 5)),
    ("2015 ж. 1 желтоқсан", D(2015, 12, 1)),
    ("31.02.2015", None),
    ("марта", None),
    ("", None),
])
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


def test_find_dates_in_order_of_appearance():
    text = "приказ от 24 февраля 2015 года № 350, изменён 19.03.2015, 2015 жылғы 1 сәуір"
    assert find_dates(text) == [D(2015, 2, 24), D(2015, 3, 19), D(2015, 4, 1)]


@pytest.mark.parametrize(("raw", "expected"), [
    ("e-mail: A.Petrov@MCS.gov.kz.", "a.petrov@mcs.gov.kz"),
    ("почта: info@egov.kz, тел. 1414", "info@egov.kz"),
    ("нет адреса", None),
])
def test_find_email(raw, expected):
    assert find_email(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), [
    ("+7 (7172) 74-00-11", "+77172740011"),
    ("тел. 8 (7172) 74-05-12, факс", "87172740512"),
    ("моб.: 8 701 123 45 67", "87011234567"),
    ("тел.: 74-00-11", "740011"),
    ("приказ № 350 от 24.02.2015", None),
])
def test_find_phone(raw, expected):
    assert find_phone(raw) == expected


P = ("full_name", "position", "email", "phone")


@pytest.mark.parametrize(("cell", "expected"), [
    ("Петров Андрей Викторович, начальник отдела, тел. +7 (7172) 74-00-11, "
     "e-mail: A.Petrov@MCS.gov.kz",
     ("Петров Андрей Викторович", "начальник отдела", "a.petrov@mcs.gov.kz", "+77172740011")),
    ("Петров Андрей Викторович\nначальник отдела\n+7 7172 740011\npetrov@mcs.gov.kz",
     ("Петров Андрей Викторович", "начальник отдела", "petrov@mcs.gov.kz", "+77172740011")),
    ("Главный специалист Петров Андрей Викторович, тел.: 74-00-11",
     ("Петров Андрей Викторович", "Главный специалист", None, "740011")),
    ("Петров А.В., ответственный секретарь", ("Петров А.В.", "ответственный секретарь", None,
                                              None)),
    ("А.В. Петров – руководитель управления", ("А.В. Петров", "руководитель управления", None,
                                              None)),
    ("Жауапты тұлға: Серікбаев Нұрлан Қайратұлы, бөлім басшысы",
     ("Серікбаев Нұрлан Қайратұлы", "бөлім басшысы", None, None)),
    ("Ахметов Болат, эксперт", ("Ахметов Болат", "эксперт", None, None)),
    ("начальник отдела", (None, "начальник отдела", None, None)),
])
def test_split_responsible(cell, expected):
    person = split_responsible(cell)
    assert person is not None
    assert tuple(getattr(person, f) for f in P) == expected


@pytest.mark.parametrize("cell", ["", "-", "—", None])
def test_split_responsible_of_nothing_is_none(cell):
    assert split_responsible(cell) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Мемлекеттік көрсетілетін қызметтің атауы", "kk"),
    ("Сообщаем, что ответственным лицом назначен Петров А.В.", "ru"),
    ("", "ru"),
    # a Kazakh name in a Russian sentence does not make it Kazakh; a line of Kazakh words does
    ("Теперь по ЕКЦ - Оралбек Айдос Нұрланұлы, ветврач, 8 (72541) 6-20-33.", "ru"),
    ("Қабылданды. Рахмет.", "kk"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize(("cell", "expected"), [
    ("https://egov.kz/services/ap\nostil", "https://egov.kz/services/apostil"),
    ("a.seitkali@adilet.gov.\nkz", "a.seitkali@adilet.gov.kz"),
    ("e-mail:\na.petrov@mcs.gov.kz", "e-mail: a.petrov@mcs.gov.kz"),
    ("Регламент № 429 от\n26.04.2015", "Регламент № 429 от 26.04.2015"),
    ("www.a.kz,\nwww.b.kz", "www.a.kz, www.b.kz"),
    (None, ""),
])
def test_join_lines(cell, expected):
    assert join_lines(cell) == expected


@pytest.mark.parametrize(("cell", "field"), [
    ("Стaндaрт госудaрственной услуги", "standard"),  # Latin "a" typed in Cyrillic words
    ("НАИМЕНОВАНИЕ\nГОСУДАРСТВЕННОЙ УСЛУГИ", "service_name"),
    ("Номер по реестру", "registry_number"),
    ("Изменения НПА*", "npa_changes"),
    ("Жауапты адамның Т.А.Ә., лауазымы", "responsible"),
    ("Интернет-ресурс\n, на котором размещена информация", "website"),
    ("Количество", None),
])
def test_header_cells_by_meaning(cell, field):
    assert header_field(cell) == field
