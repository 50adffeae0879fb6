"""Kazakhstan's working days against dates known from the state calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.calendar import CalendarError, WorkCalendar, default_calendar, local_date, local_today

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


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2024, 3, 21), False),  # Nauryz 2024: 21-23 March
        (D(2024, 3, 23), False),
        (D(2024, 3, 25), False),  # Saturday's Nauryz observed on Monday
        (D(2024, 3, 26), True),
        (D(2024, 5, 4), True),  # a working Saturday (day off moved to 8 May)
        (D(2024, 5, 8), False),
        (D(2025, 1, 1), False),
        (D(2025, 1, 2), False),
        (D(2025, 1, 4), False),  # a plain Saturday
        (D(2025, 1, 6), True),
        (D(2025, 1, 7), False),  # Orthodox Christmas
        (D(2026, 5, 27), False),  # Kurban ait
        (D(2026, 5, 11), False),  # Victory Day (a Saturday) observed
    ],
)
def test_more_known_days(cal, day, working):
    assert cal.is_working_day(day) is working


def test_new_year_2025_with_its_working_sunday(cal):
    days = [D(2024, 12, 31) + dt.timedelta(days=i) for i in range(9)]
    assert [d.day for d in days if cal.is_working_day(d)] == [31, 5, 6, 8]
    assert cal.working_days_between(D(2024, 12, 31), D(2025, 1, 8)) == 3


def test_counting_from_a_holiday_and_to_a_holiday(cal):
    # from Independence Day itself: the 16th never counts, the 17th is the first
    assert cal.add_working_days(D(2026, 12, 16), 1) == D(2026, 12, 17)
    # a count that would end on a holiday moves past it
    assert cal.add_working_days(D(2026, 12, 14), 2) == D(2026, 12, 17)
    assert cal.working_days_between(D(2026, 12, 15), D(2026, 12, 16)) == 0
    assert cal.next_working_day(D(2026, 12, 16)) == D(2026, 12, 17)
    assert cal.next_working_day(D(2026, 12, 17)) == D(2026, 12, 17)
    assert cal.holiday_name(D(2026, 12, 16)) == "Independence Day"


def test_negative_counts_are_refused(cal):
    with pytest.raises(ValueError):
        cal.add_working_days(D(2026, 1, 5), -1)
    assert cal.working_days_between(D(2026, 1, 9), D(2026, 1, 5)) == 0


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('[holidays]\n2026-13-01 = "x"\n', "'2026-13-01' is not a date"),
        ('[holidays]\n2026-11-27 = ""\n', "2026-11-27 needs a reason"),
        ('[holidays]\n2026-11-27 = 5\n', "2026-11-27 needs a reason"),
        ('[holidays]\n2026-11-27 = "a"\n[working_days]\n2026-11-27 = "b"\n',
         "2026-11-27 is both a holiday and a working day"),
        ('[weekends]\n2026-11-27 = "a"\n', "unknown table [weekends]"),
        ('holidays = "2026-11-27"\n', "[holidays] must be a table"),
        ("[holidays\n", "cannot read the calendar overrides"),
    ],
)
def test_a_bad_overrides_file_is_one_sentence(tmp_path, text, says):
    f = tmp_path / "calendar.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarError) as err:
        WorkCalendar(f)
    message = str(err.value)
    assert says in message and str(f) in message and "\n" not in message


def test_a_missing_overrides_file_is_one_sentence(tmp_path):
    with pytest.raises(CalendarError, match="cannot read the calendar overrides"):
        WorkCalendar(tmp_path / "nope.toml")


def test_the_shipped_overrides_load_and_the_default_is_cached():
    from mappings import path

    assert WorkCalendar(path("calendar.toml")).is_working_day(D(2025, 1, 5))
    assert default_calendar() is default_calendar()


def test_local_dates_in_the_configured_zone():
    late = dt.datetime(2026, 12, 15, 19, 30, tzinfo=dt.UTC)  # 00:30 on the 16th in Almaty
    assert local_date(late) == D(2026, 12, 16)
    assert local_date(late, "Europe/Moscow") == D(2026, 12, 15)
    assert local_date(dt.datetime(2026, 12, 15, 19, 30)) == D(2026, 12, 16)  # naive = UTC
    today = local_today("Asia/Almaty")
    assert isinstance(today, dt.date) and not isinstance(today, dt.datetime)
    assert abs((today - dt.datetime.now(dt.UTC).date()).days) <= 1
