"""p.4: a reply that arrives before our request went out.  The request is rightly not sent (only
a case still `registered` gets one written), so its step is closed with its reason -- never
left open and shown overdue for ever."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.calendar import default_calendar
from gateway.domain import (
    CaseState,
    InformationReceived,
    LogEvent,
    ProtocolSigned,
    Registered,
    RequestSent,
    ResponsibleNamed,
    SendReminder,
    Service,
    Step,
    Tick,
)
from gateway.engine import apply, case_view, new_case
from gateway.engine.deadlines import closed_text, explain
from tests.engine.test_lifecycle import PETROV, info

D = dt.date
CAL = default_calendar()
REASON = "информация получена до направления запроса"


def registered():
    svc = Service(registry_number="00701003", agency_id="mcs", name_ru="Выдача архивных справок",
                  registered_on=D(2026, 3, 19))
    case, _ = apply(new_case(svc), Registered(key="r", on=D(2026, 3, 19)), CAL)
    return case


def run(case, *events):
    actions = []
    for ev in events:
        case, acts = apply(case, ev, CAL)
        actions.extend(acts)
    return case, actions


REPLIES = {
    "form": InformationReceived(key="i", on=D(2026, 3, 20), info=info(responsible=PETROV)),
    "appointment": ResponsibleNamed(key="a", on=D(2026, 3, 20), person=PETROV),
    "protocol": ProtocolSigned(key="p", on=D(2026, 3, 20)),
}


@pytest.mark.parametrize("reply", sorted(REPLIES))
def test_a_reply_before_the_request_closes_the_p4_step_with_its_reason(reply):
    case, acts = run(registered(), REPLIES[reply])
    assert case.state != CaseState.registered  # so no request is written for it
    step = case.deadline(Step.request)
    assert step.done_on == D(2026, 3, 20) and step.closed == "answered_before_request"
    assert step.note == REASON == closed_text("answered_before_request")
    assert any(isinstance(a, LogEvent) and a.kind == "request_not_needed" and REASON in a.summary
               for a in acts)
    # weeks later: the step is not overdue, and no reminder is owed for it
    later, acts = run(case, Tick(key="t", on=D(2026, 5, 4)))
    view = case_view(later, D(2026, 5, 4), CAL)
    assert not next(d for d in view["deadlines"] if d["step"] == "request")["overdue"]
    assert not any(isinstance(a, LogEvent) and a.kind == "overdue" and a.paragraph == "4"
                   for a in acts)
    assert not any(isinstance(a, SendReminder) and a.step == Step.request for a in acts)


def test_the_request_sent_after_all_keeps_the_step_closed_once():
    case, _ = run(registered(), REPLIES["form"], RequestSent(key="s", on=D(2026, 3, 23)))
    steps = [d for d in case.deadlines if d.step == Step.request]
    assert len(steps) == 1 and steps[0].closed == "answered_before_request"


def test_a_request_sent_first_is_done_as_ever():
    case, _ = run(registered(), RequestSent(key="s", on=D(2026, 3, 20)), REPLIES["form"])
    step = case.deadline(Step.request)
    assert step.done_on == D(2026, 3, 20) and step.closed is None


def test_a_case_stuck_from_before_is_closed_at_the_next_tick():
    case, _ = run(registered(), REPLIES["form"])
    step = case.deadline(Step.request)
    step.done_on, step.closed, step.note = None, None, ""  # as such a case was stored
    case.state = CaseState.info_received
    case, acts = run(case, Tick(key="t", on=D(2026, 4, 1)))
    assert case.deadline(Step.request).closed == "answered_before_request"
    assert not any(isinstance(a, LogEvent) and a.kind == "overdue" and a.paragraph == "4"
                   for a in acts)


def test_the_closed_step_reads_in_kazakh_too():
    case, _ = run(registered(), REPLIES["appointment"])
    assert closed_text("answered_before_request", "kk") != REASON
    assert explain(case.deadline(Step.request), "kk")  # its date's reason still reads
