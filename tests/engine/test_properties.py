"""Invariants of the calendar and the engine, over generated dates and event sequences."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.calendar import default_calendar
from gateway.domain import (
    STEP_PARAGRAPH,
    AdditionalAnswerReceived,
    AdditionalRequestSent,
    AutoReplyReceived,
    BounceReceived,
    CaseState,
    ConsultingStarted,
    DeliveryFailed,
    EscalationSent,
    InformationReceived,
    LogEvent,
    ProtocolSigned,
    RefusalReceived,
    Registered,
    RegistryChanged,
    RequestSent,
    ResponsibleNamed,
    ResponsiblePerson,
    SendReminder,
    Service,
    ServiceInfo,
    Tick,
    TrainingQuestionsSent,
)
from gateway.engine import apply, new_case
from gateway.engine.deadlines import RECURRING_STEPS, due_date

CAL = default_calendar()
dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 12, 31))


@settings(deadline=None)  # the first date of a year builds its holidays
@given(dates, st.integers(min_value=1, max_value=15))
def test_a_due_date_is_always_a_working_day(start, n):
    due = CAL.add_working_days(start, n)
    assert CAL.is_working_day(due)
    assert due > start
    assert CAL.working_days_between(start, due) == n
    # and no day in between is skipped: the day before due leaves one working day uncounted
    assert CAL.working_days_between(start, due - dt.timedelta(days=1)) == n - 1


@settings(deadline=None)
@given(dates, st.integers(min_value=0, max_value=60))
def test_add_and_between_agree_for_any_two_dates(a, gap):
    b = a + dt.timedelta(days=gap)
    k = CAL.working_days_between(a, b)
    last = CAL.add_working_days(a, k)
    assert last <= b < CAL.add_working_days(a, k + 1)
    assert k == 0 or CAL.is_working_day(last)


@settings(deadline=None)
@given(dates)
def test_next_working_day_skips_only_days_off(day):
    nxt = CAL.next_working_day(day)
    assert CAL.is_working_day(nxt)
    skipped = [day + dt.timedelta(days=i) for i in range((nxt - day).days)]
    assert not any(CAL.is_working_day(d) for d in skipped)


PEOPLE = [ResponsiblePerson(full_name=name, email=f"p{i}@gov.kz")
          for i, name in enumerate(["Ахметов Е. С.", "Касымова Д. Е.", "Нурланов М. Е."])]


def _event(kind: int, key: str, on: dt.date):
    """One of every event type, chosen by `kind`."""
    person = PEOPLE[kind % 3]
    builders = [
        lambda: Registered(key=key, on=on),
        lambda: RequestSent(key=key, on=on, message_id=f"<{key}@ekc>"),
        lambda: ResponsibleNamed(key=key, on=on, person=person),
        lambda: InformationReceived(key=key, on=on, info=ServiceInfo(
            registry_number="1", website=f"w{kind % 4}",
            responsible=person if kind % 2 else None)),
        lambda: InformationReceived(key=key, on=on, is_change_notice=True, changed_on=on,
                                    info=ServiceInfo(registry_number="1", standard=f"s{kind}")),
        lambda: TrainingQuestionsSent(key=key, on=on),
        lambda: ProtocolSigned(key=key, on=on),
        lambda: ConsultingStarted(key=key, on=on),
        lambda: AdditionalRequestSent(key=key, on=on),
        lambda: RefusalReceived(key=key, on=on, refusals_this_month=kind % 3 + 1),
        lambda: EscalationSent(key=key, on=on),
        lambda: RefusalReceived(key=key, on=on, refusals_this_month=2,
                                escalate=("first", "addition", None)[kind % 3],
                                ground=("state_secret", None)[kind % 2]),
        lambda: RegistryChanged(key=key, on=on, fields={"standard": ("a", f"s{kind}")}),
        lambda: AdditionalAnswerReceived(key=key, on=on, answers=f"<k{kind % 5}@ekc>"),
        lambda: InformationReceived(key=key, on=on, is_change_notice=True, dated_by="letter",
                                    changed_on=on - dt.timedelta(days=kind % 20),
                                    info=ServiceInfo(registry_number="1", website=f"x{kind}")),
        lambda: ResponsibleNamed(key=key, on=on, person=PEOPLE[(kind + 1) % 3],
                                 replaced_on=on - dt.timedelta(days=kind % 20),
                                 dated_by="document"),
        lambda: AutoReplyReceived(key=key, on=on),
        lambda: BounceReceived(key=key, on=on, address=f"a{kind % 2}@gov.kz"),
        lambda: DeliveryFailed(key=key, on=on, message_id="<m@ekc>", reason="550"),
        lambda: Tick(key=f"tick:{on}", on=on),
        lambda: Tick(key=f"tick:{on}", on=on),
    ]
    return builders[kind % len(builders)]()


events = st.lists(st.tuples(st.integers(0, 200), dates), min_size=1, max_size=25)


def _fresh():
    return new_case(Service(registry_number="1", agency_id="a", name_ru="x",
                            registered_on=dt.date(2025, 1, 1)))


@settings(max_examples=150, deadline=None)
@given(events)
def test_engine_invariants(seq):
    case = _fresh()
    order = list(CaseState)
    applied = []
    for i, (kind, on) in enumerate(seq):
        ev = _event(kind, f"k{i}", on)
        before = case
        case, _ = apply(case, ev, CAL)
        applied.append(ev)
        # states never go backwards
        assert order.index(case.state) >= order.index(before.state)
        # applying the same event twice changes nothing
        again, acts = apply(case, ev, CAL)
        assert again == case and acts == []
        # every due date is a working day, counted by the step's rule, with its paragraph
        for d in case.deadlines:
            assert CAL.is_working_day(d.due) and d.due > d.start
            assert d.paragraph == STEP_PARAGRAPH[d.step] and d.reason
            assert d.due == due_date(d.step, d.start, CAL)
        steps = Counter(d.step for d in case.deadlines)
        assert all(n == 1 for step, n in steps.items() if step not in RECURRING_STEPS)
    # replaying everything (a crash before the commit, processed again) changes nothing
    replayed, acts = case, []
    for ev in applied:
        replayed, more = apply(replayed, ev, CAL)
        acts.extend(more)
    assert replayed == case and acts == []


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), dates), max_size=8),
       st.lists(dates, min_size=1, max_size=30))
def test_reminders_at_most_one_a_working_day_and_overdue_once(seq, tick_days):
    case = _fresh()
    for i, (kind, on) in enumerate(seq):
        case, _ = apply(case, _event(kind, f"k{i}", on), CAL)
    reminders: Counter[dt.date] = Counter()
    overdue: Counter[tuple[str, str]] = Counter()
    for j, day in enumerate(tick_days):  # several ticks a day, in any order, as a restart may
        case, acts = apply(case, Tick(key=f"t{j}", on=day), CAL)
        for a in acts:
            if isinstance(a, SendReminder):
                reminders[day] += 1
                assert CAL.is_working_day(day) and a.due < day and a.reason_ru
            elif isinstance(a, LogEvent) and a.kind == "overdue":
                overdue[(a.data["step"], a.data["due"])] += 1
    assert all(n == 1 for n in reminders.values())
    assert all(n == 1 for n in overdue.values())
    assert all(len(d.reminders) <= 3 for d in case.deadlines)  # max_reminders
