"""p.5 counts from the appointment itself: the day an agency's letter says the person was
appointed, in the wordings agencies use (issue #23), read by `effective_date`."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.letter_fields import effective_date

JAN5 = dt.date(2027, 1, 5)


@pytest.mark.parametrize("text", [
    "Приказом от 5 января 2027 года № 12 ответственным лицом за взаимодействие с ЕКЦ назначен "
    "Ахметов Ерлан Серикович.",
    "Приказом Министра от 05.01.2027 № 12-к ответственной за представление информации "
    "назначена Жумабаева Айгуль Маратовна.",
    "С 5 января 2027 года ответственным лицом назначена Жумабаева Айгуль Маратовна.",
    "2027 жылғы 5 қаңтардан бастап жауапты тұлға болып Серікова Дана тағайындалды.",
    "2027 жылғы 5 қаңтардағы № 12 бұйрығымен жауапты тұлға болып Серікова Дана тағайындалды.",
])
def test_the_appointments_own_date_is_read(text):
    assert effective_date(text) == JAN5


@pytest.mark.parametrize("text", [
    "На Ваш запрос от 28.12.2026 № ЕКЦ-2026/5 сообщаем: ответственным лицом назначен "
    "Ахметов Е.С.\n\nИсх. № 12 от 06.01.2027",
    "Стандарт утвержден приказом от 17 апреля 2015 года № 219. Просим учесть.",
])
def test_a_letters_own_or_an_acts_date_is_not_the_appointment(text):
    assert effective_date(text) is None


@pytest.mark.parametrize(("text", "day"), [
    ("на период отпуска (со 2 по 27 августа 2027 года) обязанности возлагаются на Кусаинова",
     "2027-08-02"),
    ("Ахметов Ерлан Серікұлының 2027 жылғы 5 шілдеден 30 шілдеге дейінгі демалысы кезеңінде "
     "міндеттері Тоқтароваға жүктеледі", "2027-07-05"),
])
def test_a_period_starts_on_its_first_day(text: str, day: str) -> None:
    assert str(effective_date(text)) == day
