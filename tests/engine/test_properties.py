"""Invariants of the calendar and the engine, over generated dates and event sequences."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.calendar import default_calendar
from gateway.domain import (
    CaseState,
    InformationReceived,
    ProtocolSigned,
    RefusalReceived,
    Registered,
    RequestSent,
    ResponsibleNamed,
    ResponsiblePerson,
    Service,
    ServiceInfo,
    Tick,
)
from gateway.engine import apply, new_case

CAL = default_calendar()
dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))


@given(dates, st.integers(min_value=1, max_value=15))
def test_a_due_date_is_always_a_working_day(start, n):
    due = CAL.add_working_days(start, n)
    assert CAL.is_working_day(due)
    assert due > start
    assert CAL.working_days_between(start, due) == n


def _event(kind: int, key: str, on: dt.date):
    person = ResponsiblePerson(full_name=f"Person {kind % 3}")
    return [
        Registered(key=key, on=on),
        RequestSent(key=key, on=on),
        ResponsibleNamed(key=key, on=on, person=person),
        InformationReceived(key=key, on=on, info=ServiceInfo(registry_number="1",
                                                             website=f"w{kind}")),
        ProtocolSigned(key=key, on=on),
        RefusalReceived(key=key, on=on, refusals_this_month=kind % 3 + 1),
        Tick(key=key, on=on),
    ][kind % 7]


events = st.lists(st.tuples(st.integers(0, 20), dates), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(events)
def test_engine_invariants(seq):
    case = new_case(Service(registry_number="1", agency_id="a", name_ru="x",
                            registered_on=dt.date(2025, 1, 1)))
    order = list(CaseState)
    for i, (kind, on) in enumerate(seq):
        ev = _event(kind, f"k{i}", on)
        before = case
        case, _ = apply(case, ev, CAL)
        # states never go backwards
        assert order.index(case.state) >= order.index(before.state)
        # applying the same event twice changes nothing
        again, acts = apply(case, ev, CAL)
        assert again == case and acts == []
        # every due date is a working day, with its paragraph
        for d in case.deadlines:
            assert CAL.is_working_day(d.due) and d.paragraph
