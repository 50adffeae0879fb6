"""Whole lifecycles with real dates across holidays, and the out-of-order replies agencies send."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.calendar import default_calendar
from gateway.domain import (
    CaseState,
    InformationReceived,
    LogEvent,
    NotifyOperator,
    ProtocolSigned,
    RefusalReceived,
    Registered,
    RequestSent,
    ResponsibleNamed,
    ResponsiblePerson,
    SendEscalation,
    SendReminder,
    SendRequest,
    Service,
    ServiceInfo,
    Step,
    Tick,
)
from gateway.engine import apply, case_view, new_case

D = dt.date
CAL = default_calendar()
PETROV = ResponsiblePerson(full_name="Петров Андрей Викторович", position="начальник отдела",
                           email="a.petrov@mcs.gov.kz", phone="+77172740011")
IVANOVA = ResponsiblePerson(full_name="Иванова Мария Сергеевна", email="m.ivanova@mcs.gov.kz")


def info(**kw) -> ServiceInfo:
    base = dict(registry_number="00701003", service_name="Выдача архивных справок",
                standard="Стандарт № 341", regulation="Регламент № 429", website="mcs.gov.kz")
    base.update(kw)
    return ServiceInfo(**base)


def run(case, *events):
    actions = []
    for ev in events:
        case, acts = apply(case, ev, CAL)
        actions.extend(acts)
    return case, actions


@pytest.fixture
def case():
    svc = Service(registry_number="00701003", agency_id="mcs", name_ru="Выдача архивных справок",
                  registered_on=D(2026, 3, 19))
    return new_case(svc)


def due(case, step):
    return case.deadline(step).due


def test_the_whole_lifecycle_across_nauryz(case):
    case, acts = run(case, Registered(key="r", on=D(2026, 3, 19)))
    assert due(case, Step.request) == D(2026, 3, 27)  # 20, 26, 27: Nauryz 23-25 skipped
    assert [a for a in acts if isinstance(a, SendRequest)][0].due == D(2026, 3, 27)
    case, _ = run(case, RequestSent(key="s", on=D(2026, 3, 20)))
    assert case.state == CaseState.requested
    assert due(case, Step.appointment) == D(2026, 3, 30)  # 26, 27, 30
    case, _ = run(case, ResponsibleNamed(key="a", on=D(2026, 3, 26), person=PETROV))
    assert case.state == CaseState.appointed and case.responsible == PETROV
    assert due(case, Step.information) == D(2026, 4, 2)
    case, _ = run(case, InformationReceived(key="i", on=D(2026, 4, 1), info=info()))
    assert case.state == CaseState.info_received
    assert due(case, Step.training) == D(2026, 4, 15)
    case, _ = run(case, ProtocolSigned(key="p", on=D(2026, 4, 10), protocol_date=D(2026, 4, 9)))
    assert case.state == CaseState.accepted
    # p.9: five working days after the signing (10, 13, 14, 15, 16 April) run out first;
    # consulting starts on the next working day
    assert due(case, Step.consulting_start) == D(2026, 4, 17)
    case, acts = run(case, Tick(key="t1", on=D(2026, 4, 16)))
    assert case.state == CaseState.accepted and not acts
    case, _ = run(case, Tick(key="t2", on=D(2026, 4, 17)))
    assert case.state == CaseState.consulting
    assert case.deadline(Step.consulting_start).done_on == D(2026, 4, 17)
    view = case_view(case, D(2026, 4, 20), CAL)
    assert [d["step"] for d in view["deadlines"]] == [
        "request", "appointment", "information", "training", "consulting_start"]
    assert not any(d["overdue"] for d in view["deadlines"])
    assert all(d["done_on"] for d in view["deadlines"])


def test_form_before_any_appointment_letter(case):
    case, _ = run(case, Registered(key="r", on=D(2026, 3, 19)),
                  RequestSent(key="s", on=D(2026, 3, 20)),
                  InformationReceived(key="i", on=D(2026, 3, 26), info=info(responsible=PETROV)))
    assert case.state == CaseState.info_received
    assert case.responsible == PETROV  # column 8 is the appointment
    assert case.deadline(Step.appointment).done_on == D(2026, 3, 26)
    assert case.deadline(Step.information).done_on == D(2026, 3, 26)


def test_second_form_before_protocol_is_a_new_version_with_a_diff(case):
    case, acts = run(case, InformationReceived(key="i1", on=D(2026, 4, 1), info=info()),
                     InformationReceived(key="i2", on=D(2026, 4, 3),
                                         info=info(website="www.mcs.gov.kz/arch")))
    assert [v.version for v in case.info_versions] == [1, 2]
    assert case.info_versions[1].diff == {"website": ("mcs.gov.kz", "www.mcs.gov.kz/arch")}
    assert any(isinstance(a, LogEvent) and a.kind == "information_revised" for a in acts)
    assert case.deadline(Step.change_update) is None


def test_change_after_acceptance_is_p6_with_its_deadline(case):
    case, _ = run(case, InformationReceived(key="i1", on=D(2026, 4, 1), info=info()),
                  ProtocolSigned(key="p", on=D(2026, 4, 8)),
                  InformationReceived(key="i2", on=D(2026, 5, 4), info=info(standard="Новый"),
                                      is_change_notice=True, changed_on=D(2026, 4, 27)))
    d = case.deadline(Step.change_update)
    assert d.paragraph == "6" and d.start == D(2026, 4, 27)
    assert d.due == D(2026, 5, 5)  # 28, 29, 30, 4, 5 (1 May a holiday)
    assert d.done_on == D(2026, 5, 4) and not d.overdue_on(D(2026, 6, 1))


def test_protocol_without_information_is_accepted_and_flagged(case):
    case, acts = run(case, ProtocolSigned(key="p", on=D(2026, 4, 8)))
    assert case.state == CaseState.accepted
    assert case.flags and any(isinstance(a, NotifyOperator) for a in acts)


@pytest.mark.parametrize("state_events", [0, 2, 4])
def test_responsible_change_in_any_state(case, state_events):
    first = [Registered(key="r", on=D(2026, 3, 19)), RequestSent(key="s", on=D(2026, 3, 20)),
             ResponsibleNamed(key="a", on=D(2026, 3, 26), person=PETROV),
             InformationReceived(key="i", on=D(2026, 4, 1), info=info())][:state_events]
    case, _ = run(case, *first)
    before = case.state
    case, _ = run(case, ResponsibleNamed(key="x", on=D(2026, 12, 21), person=IVANOVA,
                                         replaced_on=D(2026, 12, 14)))
    assert case.responsible == IVANOVA
    if case.deadline(Step.responsible_update):
        d = case.deadline(Step.responsible_update)
        assert d.due == D(2026, 12, 22)  # 15, 17, 18, 21, 22: 16 Dec is a holiday
        assert d.done_on == D(2026, 12, 21)
    else:  # no one was appointed yet: it is simply the appointment
        assert state_events < 3
    assert list(CaseState).index(case.state) >= list(CaseState).index(before)


def test_repeated_refusal_in_a_month_escalates_once(case):
    case, acts = run(case, RefusalReceived(key="f1", on=D(2026, 5, 4), refusals_this_month=1))
    assert not any(isinstance(a, SendEscalation) for a in acts)
    case, acts = run(case, RefusalReceived(key="f2", on=D(2026, 5, 6), refusals_this_month=2,
                                           escalate="first", window="в мае 2026 года"))
    esc = [a for a in acts if isinstance(a, SendEscalation)]
    assert len(esc) == 1 and esc[0].month == "в мае 2026 года" and not esc[0].addition
    assert esc[0].due == D(2026, 5, 13)  # 8, 12, 13: 7 May and 11 May (observed) are off
    case, acts = run(case, RefusalReceived(key="f3", on=D(2026, 5, 20), refusals_this_month=3,
                                           escalate="addition", inbound_id=3))
    [add] = [a for a in acts if isinstance(a, SendEscalation)]
    assert add.addition and add.refusal_inbound_id == 3
    # every escalation step opened has its own letter
    assert [d.step for d in case.deadlines].count(Step.escalation) == 2


def test_a_lawful_refusal_is_recorded_with_its_ground_and_never_escalated(case):
    case, acts = run(case, RefusalReceived(key="f1", on=D(2026, 5, 4), ground="state_secret",
                                           counted=False, escalate=None))
    [entry] = [a for a in acts if isinstance(a, LogEvent)]
    assert entry.kind == "refusal_lawful" and "государственные секреты" in entry.summary
    assert entry.data["ground"] == "state_secret"
    assert not case.deadline(Step.escalation)


def test_overdue_gives_at_most_one_reminder_a_working_day(case):
    case, _ = run(case, Registered(key="r", on=D(2026, 3, 19)),
                  RequestSent(key="s", on=D(2026, 3, 20)))
    case, acts = run(case, Tick(key="t0", on=D(2026, 3, 30)))  # the last day: still on time
    assert not acts
    case, acts = run(case, Tick(key="t1", on=D(2026, 3, 31)))
    reminders = [a for a in acts if isinstance(a, SendReminder)]
    assert len(reminders) == 1 and reminders[0].step == Step.appointment
    assert sum(1 for a in acts if isinstance(a, LogEvent) and a.kind == "overdue") == 1
    case, acts = run(case, Tick(key="t1b", on=D(2026, 3, 31)))  # same day, another tick
    assert not acts
    case, acts = run(case, Tick(key="t2", on=D(2026, 4, 1)))
    assert not acts  # the next one is 5 working days later (gateway.toml), not tomorrow
    case, acts = run(case, Tick(key="t3", on=D(2026, 4, 4)))  # Saturday: no reminder
    assert not acts


def test_the_same_event_twice_changes_nothing(case):
    ev = InformationReceived(key="inbound:7", on=D(2026, 4, 1), info=info())
    once, acts1 = apply(case, ev, CAL)
    twice, acts2 = apply(once, ev, CAL)
    assert twice == once and acts2 == [] and acts1
