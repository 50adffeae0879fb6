"""Kazakhstan's working days, the unit every deadline of the Rules is counted in.

Why its own module: "within N working days" is the heart of every deadline (p.4-p.12), and it
must agree with the state calendar: Saturdays and Sundays off, public holidays and the days the
law moves them to (observed days), and the weekend days a government decree turns into working
days (`weekend_workdays`, e.g. Sunday 2025-01-05).  The `holidays` package knows all three for
KZ; `mappings/calendar.toml` adds or removes days a decree announces before the package does,
and a deployment's own file (`calendar_file` in gateway.toml) can add more, overriding both.

A deadline "within N working days from D" ends at the end of the N-th working day after D: the
day D itself never counts, and neither does any non-working day.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays

DEFAULT_TZ = "Asia/Almaty"
_ONE = dt.timedelta(days=1)


# table in calendar.toml -> the WorkCalendar attribute it fills
_TABLES = {"holidays": "extra_holidays", "working_days": "extra_workdays"}


class CalendarError(ValueError):
    """The overrides file is wrong; the message is one sentence for people."""


class WorkCalendar:
    """Working days of the Republic of Kazakhstan, with local overrides."""

    def __init__(self, overrides_path: str | Path | None = None) -> None:
        self._years: dict[int, holidays.HolidayBase] = {}
        self.extra_holidays: dict[dt.date, str] = {}
        self.extra_workdays: dict[dt.date, str] = {}
        self.files: list[str] = []  # the overrides files read, in order
        if overrides_path is not None:
            self.load_overrides(overrides_path)

    def load_overrides(self, path: str | Path) -> None:
        """`[holidays]` and `[working_days]` tables: ISO date = "why" (the decree).

        Raises CalendarError, one sentence naming the file and the entry, on anything else:
        a bad date, an empty reason, a day both off and working, an unknown table."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CalendarError(f"{path}: cannot read the calendar overrides ({exc}).") from None
        unknown = sorted(set(data) - set(_TABLES))
        if unknown:
            raise CalendarError(f"{path}: unknown table [{unknown[0]}]; expected [holidays] or "
                                f"[working_days].")
        found: dict[str, dict[dt.date, str]] = {}
        for table in _TABLES:
            entries = data.get(table, {})
            if not isinstance(entries, dict):
                raise CalendarError(f"{path}: [{table}] must be a table of date = \"why\".")
            found[table] = {}
            for key, why in entries.items():
                day = _date(key, path, table)
                if not isinstance(why, str) or not why.strip():
                    raise CalendarError(f"{path}: [{table}] {key} needs a reason (the decree).")
                found[table][day] = why.strip()
        both = sorted(set(found["holidays"]) & set(found["working_days"]))
        if both:
            raise CalendarError(f"{path}: {both[0].isoformat()} is both a holiday and a "
                                f"working day.")
        # a later file (the deployment's) overrides an earlier one (the packaged) day by day
        for day, why in found["holidays"].items():
            self.extra_workdays.pop(day, None)
            self.extra_holidays[day] = why
        for day, why in found["working_days"].items():
            self.extra_holidays.pop(day, None)
            self.extra_workdays[day] = why
        self.files.append(str(path))

    def _year(self, year: int) -> holidays.HolidayBase:
        cal = self._years.get(year)
        if cal is None:
            cal = holidays.country_holidays("KZ", years=year)
            self._years[year] = cal
        return cal

    def holiday_name(self, day: dt.date) -> str | None:
        if day in self.extra_holidays:
            return self.extra_holidays[day]
        return self._year(day.year).get(day)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.extra_workdays:
            return True
        if day in self.extra_holidays:
            return False
        cal = self._year(day.year)
        if day in cal.weekend_workdays:
            return True
        return day.weekday() < 5 and day not in cal

    def workday_reason(self, day: dt.date) -> str:
        """Why a weekend day is a working day: the decree's words, or the package's transfer."""
        if day in self.extra_workdays:
            return self.extra_workdays[day]
        if day in self._year(day.year).weekend_workdays:
            return "рабочий день по постановлению Правительства (перенос выходного дня)"
        return ""

    def sources(self) -> list[str]:
        """Where the calendar comes from, for people: the package and the overrides files."""
        from importlib.metadata import version

        return [f"holidays {version('holidays')} (KZ)", *self.files]

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The N-th working day after `start` (N >= 0; N = 0 gives `start`)."""
        if n < 0:
            raise ValueError("n must not be negative")
        day, left = start, n
        while left:
            day += _ONE
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]: so add_working_days(a, working_days_between(a, b))
        is the last working day on or before b, for b after a."""
        if end <= start:
            return 0
        count, day = 0, start
        while day < end:
            day += _ONE
            count += self.is_working_day(day)
        return count

    def next_working_day(self, day: dt.date) -> dt.date:
        """`day` itself if it is a working day, else the next one."""
        while not self.is_working_day(day):
            day += _ONE
        return day


def _date(value: object, path: Path, table: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CalendarError(f"{path}: [{table}] {value!r} is not a date (YYYY-MM-DD).") from None


def local_date(moment: dt.datetime, tz: str = DEFAULT_TZ) -> dt.date:
    """The local date of an aware moment (a naive one is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(ZoneInfo(tz)).date()


def local_today(tz: str = DEFAULT_TZ) -> dt.date:
    return dt.datetime.now(ZoneInfo(tz)).date()


# decree days of the deployment (its `calendar_file`), read after the packaged ones
_DEPLOYMENT_FILES: list[Path] = []


def use_calendar_file(path: str | Path) -> None:
    """Add the deployment's decree days (gateway.toml's `calendar_file`) to the calendar every
    deadline is counted in; raises CalendarError, one sentence, if the file is wrong."""
    path = Path(path)
    if path in _DEPLOYMENT_FILES:
        return
    WorkCalendar(path)  # check it before anything counts with it
    _DEPLOYMENT_FILES.append(path)
    default_calendar.cache_clear()


@lru_cache(maxsize=1)
def default_calendar() -> WorkCalendar:
    """The calendar with the overrides shipped in mappings/calendar.toml, then the
    deployment's `calendar_file` (use_calendar_file), which may override them day by day."""
    from mappings import path

    overrides = path("calendar.toml")
    cal = WorkCalendar(overrides if overrides.exists() else None)
    for extra in _DEPLOYMENT_FILES:
        cal.load_overrides(extra)
    return cal
