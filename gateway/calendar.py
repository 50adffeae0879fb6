"""Kazakhstan's working days.  STUB: replaced by the engine work (signatures are fixed)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


class WorkCalendar:
    def __init__(self, overrides_path: str | None = None) -> None:
        self._hol = holidays.country_holidays("KZ")

    def is_working_day(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self._hol

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        day, left = start, n
        while left > 0:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        n, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            n += self.is_working_day(day)
        return n


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    return WorkCalendar()
