"""Dates written out in words, Russian and Kazakh (parsers.numerals), as a table."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.text import find_dates


@pytest.mark.parametrize(("text", "day"), [
    ("Дата составления: двадцатое февраля две тысячи двадцать шестого года", dt.date(2026, 2, 20)),
    ("первое марта 2027 года", dt.date(2027, 3, 1)),
    ("тридцать первого декабря две тысячи двадцать седьмого года", dt.date(2027, 12, 31)),
    ("2027 жылғы он үшінші наурыз", dt.date(2027, 3, 13)),
    ("екі мың жиырма жетінші жылғы жиырма алтыншы сәуір", dt.date(2027, 4, 26)),
])
def test_a_date_in_words(text: str, day: dt.date) -> None:
    assert find_dates(text) == [day]


@pytest.mark.parametrize("text", [
    "он три пункта марта",  # no month right after the number words
    "тридцатое февраля две тысячи двадцать седьмого года",  # no such day
    "двадцатое мая пятьсот первого года",  # no plausible year
])
def test_words_that_are_no_date(text: str) -> None:
    assert find_dates(text) == []
