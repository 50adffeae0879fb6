"""The Rules' terms where they start (issue #23): p.5 from the appointment as the agency's
letter dates it, and reminders of a passed deadline as a schedule, none after a lawful refusal."""

from __future__ import annotations

import datetime as dt

from gateway.calendar import default_calendar
from gateway.domain import (
    NotifyOperator,
    RefusalReceived,
    Registered,
    RequestSent,
    ResponsibleNamed,
    ResponsiblePerson,
    SendReminder,
    Service,
    Step,
    Tick,
)
from gateway.engine import apply, new_case
from gateway.engine.deadlines import explain

D = dt.date
CAL = default_calendar()
PERSON = ResponsiblePerson(full_name="Сейтжанов Ерлан Нурланович", email="e.s@mcs.gov.kz")


def run(case, *events):
    out = []
    for ev in events:
        case, acts = apply(case, ev, CAL)
        out += acts
    return case, out


def requested(registered=D(2027, 1, 4), sent=D(2027, 1, 5)):
    svc = Service(registry_number="00701003", agency_id="mcs", name_ru="Выдача справок",
                  registered_on=registered)
    case, _ = run(new_case(svc), Registered(key="r", on=registered),
                  RequestSent(key="s", on=sent))
    return case


def test_p5_counts_from_the_appointment_the_letter_states():
    # appointed on 5 January 2027 by order, the letter arrives on 11 January
    case, _ = run(requested(), ResponsibleNamed(key="a", on=D(2027, 1, 11), person=PERSON,
                                                replaced_on=D(2027, 1, 5), dated_by="document"))
    info = case.deadline(Step.information)
    assert (info.start, info.basis) == (D(2027, 1, 5), "document")
    assert info.due == CAL.add_working_days(D(2027, 1, 5), 5)
    assert "дата назначения указана в письме органа" in info.reason
    assert "(05.01.2027)" in info.reason
    assert "тағайындау күні органның хатында көрсетілген" in explain(info, "kk")


def test_p5_counts_from_arrival_when_the_letter_does_not_date_the_appointment():
    for dated_by in (None, "letter", "edoc"):  # an outgoing or registration date is not one
        case, _ = run(requested(), ResponsibleNamed(
            key="a", on=D(2027, 1, 11), person=PERSON,
            replaced_on=D(2027, 1, 6) if dated_by else None, dated_by=dated_by))
        info = case.deadline(Step.information)
        assert (info.start, info.basis) == (D(2027, 1, 11), "arrival"), dated_by
        assert "дата поступления письма о назначении" in info.reason


def ticks(case, first, last, **schedule):
    out = []
    day = first
    while day <= last:
        case, acts = apply(case, Tick(key=f"t:{day}", on=day, **schedule), CAL)
        out += acts
        day += dt.timedelta(days=1)
    return case, out


def test_reminders_follow_the_schedule_then_the_operator_is_told():
    case = requested(D(2026, 3, 19), D(2026, 3, 20))  # appointment due 25.03.2026
    due = case.deadline(Step.appointment).due
    case, acts = ticks(case, due, due + dt.timedelta(days=60))
    sent = [a for a in acts if isinstance(a, SendReminder)]
    first = CAL.add_working_days(due, 1)
    want = [first, CAL.add_working_days(first, 5), CAL.add_working_days(first, 10)]
    assert case.deadline(Step.appointment).reminders == want
    assert [r.number for r in sent] == [1, 2, 3]
    told = [a for a in acts if isinstance(a, NotifyOperator) and "напоминаний" in a.reason]
    assert len(told) == 1 and "нужен оператор" in told[0].reason
    assert any("напоминаний" in f for f in case.flags)


def test_the_schedule_is_configurable():
    case = requested(D(2026, 3, 19), D(2026, 3, 20))
    due = case.deadline(Step.appointment).due
    case, acts = ticks(case, due, due + dt.timedelta(days=40), reminder_interval_days=2,
                       max_reminders=2)
    first = CAL.add_working_days(due, 1)
    assert case.deadline(Step.appointment).reminders == [first, CAL.add_working_days(first, 2)]


def test_no_reminder_for_information_refused_on_a_lawful_ground():
    case = requested(D(2026, 3, 19), D(2026, 3, 20))
    case, _ = run(case, RefusalReceived(key="f", on=D(2026, 3, 23), ground="state_secret",
                                        counted=False))
    due = case.deadline(Step.appointment).due
    case, acts = ticks(case, due, due + dt.timedelta(days=30))
    assert not [a for a in acts if isinstance(a, SendReminder)]
    assert case.deadline(Step.appointment).refused == "state_secret"


def test_an_unlawful_refusal_does_not_stop_the_schedule():
    case = requested(D(2026, 3, 19), D(2026, 3, 20))
    case, _ = run(case, RefusalReceived(key="f", on=D(2026, 3, 23), reason="нет данных"))
    due = case.deadline(Step.appointment).due
    case, acts = ticks(case, due, due + dt.timedelta(days=30))
    assert len([a for a in acts if isinstance(a, SendReminder)]) == 3
