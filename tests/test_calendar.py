"""Kazakhstan's working days against dates known from the state calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.calendar import WorkCalendar, default_calendar, local_date

D = dt.date


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return default_calendar()


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 3, 20), True),  # Friday before Nauryz
        (D(2026, 3, 23), False),  # Nauryz, Monday
        (D(2026, 3, 24), False),  # Nauryz observed
        (D(2026, 3, 25), False),  # Nauryz observed
        (D(2026, 3, 26), True),
        (D(2025, 1, 3), False),  # day off moved from Sunday 2025-01-05
        (D(2025, 1, 5), True),  # the working Sunday
        (D(2025, 12, 16), False),  # Independence Day
        (D(2026, 12, 16), False),
        (D(2026, 11, 28), False),  # a plain Saturday
        (D(2026, 11, 27), True),
    ],
)
def test_known_days(cal, day, working):
    assert cal.is_working_day(day) is working


@pytest.mark.parametrize(
    ("start", "n", "due"),
    [
        (D(2026, 3, 19), 3, D(2026, 3, 27)),  # across Nauryz: 20, 26, 27
        (D(2025, 1, 2), 3, D(2025, 1, 8)),  # 5th (Sunday, working), 6th, 8th (7th Christmas)
        (D(2026, 3, 23), 1, D(2026, 3, 26)),  # counted from a holiday itself
        (D(2026, 12, 15), 1, D(2026, 12, 17)),  # over Independence Day
        (D(2026, 11, 27), 5, D(2026, 12, 4)),  # over a weekend
        (D(2026, 11, 27), 0, D(2026, 11, 27)),
    ],
)
def test_add_working_days(cal, start, n, due):
    assert cal.add_working_days(start, n) == due
    assert cal.working_days_between(start, due) == n


def test_overrides_from_toml(tmp_path):
    f = tmp_path / "calendar.toml"
    f.write_text('[holidays]\n2026-11-27 = "decree"\n[working_days]\n2026-11-28 = "decree"\n')
    cal = WorkCalendar(f)
    assert not cal.is_working_day(D(2026, 11, 27))
    assert cal.is_working_day(D(2026, 11, 28))
    assert cal.holiday_name(D(2026, 11, 27)) == "decree"
    assert cal.add_working_days(D(2026, 11, 26), 1) == D(2026, 11, 28)


def test_next_working_day_and_local_date(cal):
    assert cal.next_working_day(D(2026, 3, 21)) == D(2026, 3, 26)
    # 20:00 UTC on the 25th is already the 26th in Almaty (UTC+5)
    assert local_date(dt.datetime(2026, 3, 25, 20, 0, tzinfo=dt.UTC)) == D(2026, 3, 26)
