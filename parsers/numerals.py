"""Dates written out in words, Russian and Kazakh: "двадцатое февраля две тысячи двадцать шестого
года", "2027 жылғы он үшінші наурыз", "екі мың жиырма жетінші жылғы жиырма алтыншы сәуір".

Why its own module: a protocol's date line and an executor's line under the form are often
written in words in a solemn document, and the numeric readers (parsers.text) see no date at
all there.  Numbers are read word by word by their stems (ordinal or cardinal, any case ending:
"двадцатого", "үшінші"), summed within a run ("двадцать" + "первого"), the thousands multiplied
("две тысячи"); a run of such words before or after a month word is the day or the year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

# stem -> value, longest stems first when matching (a word's start must be one of them)
_STEMS: dict[str, int] = {
    # Russian ordinals ("первое", "двадцатого") and the cardinals of compounds and years
    "перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "пят": 5, "шест": 6,
    "седьм": 7, "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
    "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16, "семнадцат": 17,
    "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20, "тридцат": 30,
    "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "семь": 7, "восемь": 8,
    "тысяч": 1000,
    # Kazakh ordinals and cardinals ("бірінші", "он үшінші", "жиырма алтыншы", "екі мың")
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "жиырма": 20, "отыз": 30, "мың": 1000,
}
_ORDERED = sorted(_STEMS, key=len, reverse=True)
_NUMBER_WORD = r"(?:" + "|".join(map(re.escape, _ORDERED)) + r")[а-яёәғқңөұүһі]*"
_RUN = rf"(?:{_NUMBER_WORD})(?:\s+{_NUMBER_WORD}){{0,4}}"
# the month words (parsers.text.MONTHS reads them; listed here so a run never takes "жылғы")
_MONTH = (r"((?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|"
          r"қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|"
          r"желтоқсан)[а-яёәғқңөұүһі]*)")
# day, month, year ("двадцатое февраля две тысячи двадцать шестого года"), or year, (жылғы),
# day, month ("екі мың жиырма жетінші жылғы он үшінші наурыз"; the year may be digits)
SPELLED = re.compile(rf"(?i)\b(?:({_RUN})\s+{_MONTH}\s+({_RUN}|\d{{4}})"
                     rf"|({_RUN}|\d{{4}})\s+(?:жыл\w*|ж\.)\s+({_RUN})\s+{_MONTH})")


def _value(run: str) -> int | None:
    """The number a run of number words writes, or None when a word is none."""
    total, current = 0, 0
    for word in run.casefold().split():
        stem = next((s for s in _ORDERED if word.startswith(s)), None)
        if stem is None:
            return None
        n = _STEMS[stem]
        if n == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += n
    return total + current


def spelled_date(text: str, month_of: Callable[[str], int | None]) -> dt.date | None:
    """The first date `text` writes in words; `month_of` turns a month word into its number
    (parsers.text's, so the months are read one way)."""
    for m in SPELLED.finditer(text):
        day_run, month, year_run = (m[1], m[2], m[3]) if m[1] else (m[5], m[6], m[4])
        month_number = month_of(month)
        day = _value(day_run)
        year = int(year_run) if year_run.isdigit() else _value(year_run)
        if month_number and day and year and 1990 <= year <= 2100:
            try:
                return dt.date(year, month_number, day)
            except ValueError:
                continue
    return None
