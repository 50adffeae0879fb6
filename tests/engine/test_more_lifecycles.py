"""More lifecycles over real holidays (May, Independence Day), the p.9 start, and what the
engine does with the messages that are not replies: bounces, auto-replies, failed deliveries."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.calendar import default_calendar
from gateway.domain import (
    AutoReplyReceived,
    BounceReceived,
    CaseState,
    ConsultingStarted,
    DeliveryFailed,
    EscalationSent,
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
    TrainingQuestionsSent,
)
from gateway.engine import apply, case_view, new_case

D = dt.date
CAL = default_calendar()
AKHMETOV = ResponsiblePerson(full_name="Ахметов Ерлан Серикович", email="e.akhmetov@minjust.gov.kz")


def run(case, *events):
    actions = []
    for ev in events:
        case, acts = apply(case, ev, CAL)
        actions.extend(acts)
    return case, actions


def fresh(registered_on: dt.date = D(2026, 4, 29)):
    return new_case(Service(registry_number="00301138", agency_id="minjust",
                            name_ru="Регистрация рождения", registered_on=registered_on))


INFO = ServiceInfo(registry_number="00301138", service_name="Регистрация рождения",
                   website="www.minjust.gov.kz")


def test_a_lifecycle_across_the_may_holidays():
    case, acts = run(fresh(), Registered(key="r", on=D(2026, 4, 29)))
    # 30 April, 4 May, 5 May: 1 May (Friday) is the Day of Unity
    assert case.deadline(Step.request).due == D(2026, 5, 5)
    case, _ = run(case, RequestSent(key="s", on=D(2026, 4, 30)))
    assert case.deadline(Step.appointment).due == D(2026, 5, 6)  # 4, 5, 6 May
    case, _ = run(case, ResponsibleNamed(key="a", on=D(2026, 5, 6), person=AKHMETOV))
    # 8, 12, 13, 14, 15: 7 May Defender's Day, 11 May Victory Day observed (9 May a Saturday)
    assert case.deadline(Step.information).due == D(2026, 5, 15)
    case, _ = run(case, InformationReceived(key="i", on=D(2026, 5, 15), info=INFO))
    # 18-22, 25, 26, 28, 29 May, 1 June: 27 May is Kurban ait
    assert case.deadline(Step.training).due == D(2026, 6, 1)
    case, _ = run(case, ProtocolSigned(key="p", on=D(2026, 5, 29)))
    # 1-5 June run out, consulting starts on Monday 8 June
    assert case.deadline(Step.consulting_start).due == D(2026, 6, 8)
    case, _ = run(case, Tick(key="t:6-5", on=D(2026, 6, 5)), Tick(key="t:6-6", on=D(2026, 6, 6)))
    assert case.state == CaseState.accepted
    case, _ = run(case, Tick(key="t:6-8", on=D(2026, 6, 8)))
    assert case.state == CaseState.consulting
    view = case_view(case, D(2026, 6, 30), CAL)
    assert [(d["step"], d["paragraph"], d["overdue"]) for d in view["deadlines"]] == [
        ("request", "4", False), ("appointment", "5", False), ("information", "5", False),
        ("training", "8", False), ("consulting_start", "9", False)]


def test_a_lifecycle_across_independence_day_with_a_late_agency():
    case, _ = run(fresh(D(2026, 12, 11)), Registered(key="r", on=D(2026, 12, 11)),
                  RequestSent(key="s", on=D(2026, 12, 11)))
    assert case.deadline(Step.appointment).due == D(2026, 12, 17)  # 14, 15, 17: 16 Dec off
    case, acts = run(case, Tick(key="t17", on=D(2026, 12, 17)))
    assert not [a for a in acts if isinstance(a, SendReminder)]
    case, acts = run(case, Tick(key="t18", on=D(2026, 12, 18)))
    [reminder] = [a for a in acts if isinstance(a, SendReminder)]
    assert (reminder.step, reminder.paragraph, reminder.due) == (Step.appointment, "5",
                                                                 D(2026, 12, 17))
    assert reminder.reason_ru == ("3 рабочих дня с даты получения запроса Единого "
                                  "контакт-центра (11.12.2026), п. 5 Правил")
    case, _ = run(case, ResponsibleNamed(key="a", on=D(2026, 12, 21), person=AKHMETOV))
    late = case.deadline(Step.appointment)
    assert late.done_on == D(2026, 12, 21) and late.overdue_on(D(2026, 12, 21))
    # the information is counted from the real (late) appointment: 22-25, 28 December
    assert case.deadline(Step.information).due == D(2026, 12, 28)
    case, acts = run(case, Tick(key="t22", on=D(2026, 12, 22)))
    assert not acts  # nothing owed is late any more, the appointment's overdue already logged


def test_consulting_started_by_hand_before_its_day_is_logged_as_early():
    case, _ = run(fresh(), InformationReceived(key="i", on=D(2026, 4, 1), info=INFO),
                  ProtocolSigned(key="p", on=D(2026, 4, 9)))
    case, acts = run(case, ConsultingStarted(key="c", on=D(2026, 4, 14)))
    assert case.state == CaseState.consulting
    [entry] = [a for a in acts if isinstance(a, LogEvent)]
    assert entry.paragraph == "9" and "раньше срока" in entry.summary


def test_protocol_then_information_keeps_the_case_accepted():
    case, acts = run(fresh(), ProtocolSigned(key="p", on=D(2026, 4, 9)))
    assert [a.reason for a in acts if isinstance(a, NotifyOperator)] == [
        "протокол подписан, а информация по форме приложения 1 не получена"]
    case, acts = run(case, InformationReceived(key="i", on=D(2026, 4, 10), info=INFO))
    assert case.state == CaseState.accepted
    assert [d.step for d in case.deadlines].count(Step.training) == 1
    assert case.deadline(Step.information).done_on == D(2026, 4, 10)
    assert [a.kind for a in acts if isinstance(a, LogEvent)] == ["information_received"]


def test_request_sent_without_a_registered_event_still_shows_the_request_step():
    case, _ = run(fresh(D(2026, 3, 19)), RequestSent(key="s", on=D(2026, 3, 20)))
    request = case.deadline(Step.request)
    assert request.start == D(2026, 3, 19) and request.done_on == D(2026, 3, 20)
    assert request.due == D(2026, 3, 27)


def test_the_centre_s_own_late_step_is_flagged_not_reminded():
    case, _ = run(fresh(D(2026, 3, 19)), Registered(key="r", on=D(2026, 3, 19)))
    case, acts = run(case, Tick(key="t", on=D(2026, 3, 30)))
    assert not any(isinstance(a, SendReminder) for a in acts)
    assert [a.kind for a in acts if isinstance(a, LogEvent)] == ["overdue"]
    assert any(isinstance(a, NotifyOperator) and "направление запроса" in a.reason
               for a in acts)


def test_overdue_is_logged_once_per_deadline_over_many_days():
    case, _ = run(fresh(D(2026, 3, 19)), Registered(key="r", on=D(2026, 3, 19)),
                  RequestSent(key="s", on=D(2026, 3, 20)))
    days = [D(2026, 3, 30) + dt.timedelta(days=i) for i in range(20)]
    case, acts = run(case, *(Tick(key=f"tick:{d}", on=d) for d in days))
    overdue = [a for a in acts if isinstance(a, LogEvent) and a.kind == "overdue"]
    assert len(overdue) == 1 and overdue[0].data == {"step": "appointment", "due": "2026-03-30"}
    reminders = [a for a in acts if isinstance(a, SendReminder)]
    # on the schedule: the working day after the deadline, then every 5 working days
    assert [r.number for r in reminders] == [1, 2, 3]
    assert case.deadline(Step.appointment).reminders == [D(2026, 3, 31), D(2026, 4, 7),
                                                          D(2026, 4, 14)]


def test_escalation_once_a_month_and_again_the_next_month():
    case, acts = run(fresh(), RefusalReceived(key="f1", on=D(2026, 5, 4), refusals_this_month=1),
                     RefusalReceived(key="f2", on=D(2026, 5, 5), refusals_this_month=2,
                                     escalate="first", window="в мае 2026 года"),
                     RefusalReceived(key="f3", on=D(2026, 5, 6), refusals_this_month=3,
                                     escalate="addition", window="в мае 2026 года"))
    assert [a.addition for a in acts if isinstance(a, SendEscalation)] == [False, True]
    assert [a.paragraph for a in acts if isinstance(a, LogEvent)] == ["11", "11", "12", "11",
                                                                       "12"]
    case, acts = run(case, EscalationSent(key="e", on=D(2026, 5, 7)),
                     EscalationSent(key="e2", on=D(2026, 5, 7)))
    assert all(d.done_on == D(2026, 5, 7) for d in case.deadlines if d.step == Step.escalation)
    case, acts = run(case, RefusalReceived(key="f4", on=D(2026, 6, 2), refusals_this_month=2,
                                           escalate="first", window="в июне 2026 года"))
    [esc] = [a for a in acts if isinstance(a, SendEscalation)]
    assert esc.month == "в июне 2026 года" and esc.due == D(2026, 6, 5)
    assert esc.agency_id == "minjust"


def test_bounce_marks_the_address_and_tells_the_operator_once():
    case, acts = run(fresh(), BounceReceived(key="b1", on=D(2026, 5, 4),
                                             address="Kanc@Minjust.gov.kz"))
    assert case.failing_addresses == ["kanc@minjust.gov.kz"]
    assert sum(isinstance(a, NotifyOperator) for a in acts) == 1
    case, acts = run(case, BounceReceived(key="b2", on=D(2026, 5, 5),
                                          address="kanc@minjust.gov.kz"))
    assert case.failing_addresses == ["kanc@minjust.gov.kz"]
    assert [type(a) for a in acts] == [LogEvent]


def test_an_auto_reply_is_recorded_and_changes_nothing_else():
    before, _ = run(fresh(D(2026, 3, 19)), Registered(key="r", on=D(2026, 3, 19)))
    after, acts = run(before, AutoReplyReceived(key="ar", on=D(2026, 3, 20), inbound_id=5))
    assert [type(a) for a in acts] == [LogEvent] and acts[0].data == {"inbound_id": 5}
    assert after.model_copy(update={"seen_event_keys": before.seen_event_keys}) == before


def test_a_failed_delivery_flags_the_case():
    case, acts = run(fresh(), DeliveryFailed(key="d", on=D(2026, 5, 4), message_id="<x@ekc>",
                                             reason="550 mailbox unavailable"))
    assert case.flags == ["письмо <x@ekc> не доставлено: 550 mailbox unavailable"]
    assert {type(a) for a in acts} == {NotifyOperator, LogEvent}


@pytest.mark.parametrize(("event", "paragraph"), [
    (Registered(key="k", on=D(2026, 5, 4)), "4"),
    (RequestSent(key="k", on=D(2026, 5, 4)), "4"),
    (ResponsibleNamed(key="k", on=D(2026, 5, 4), person=AKHMETOV), "5"),
    (InformationReceived(key="k", on=D(2026, 5, 4), info=INFO), "5"),
    (TrainingQuestionsSent(key="k", on=D(2026, 5, 4)), "8"),
    (ProtocolSigned(key="k", on=D(2026, 5, 4)), "8"),
    (ConsultingStarted(key="k", on=D(2026, 5, 4)), "9"),
    (RefusalReceived(key="k", on=D(2026, 5, 4)), "11"),
    (EscalationSent(key="k", on=D(2026, 5, 4)), "12"),
])
def test_every_lifecycle_event_is_logged_with_its_paragraph(event, paragraph):
    case, acts = apply(fresh(), event, CAL)
    logs = [a for a in acts if isinstance(a, LogEvent)]
    assert logs and logs[0].paragraph == paragraph and logs[0].summary
    assert all(a.case_id == case.id for a in acts)


def test_the_view_is_exactly_the_contract_s_object():
    case, acts = run(fresh(D(2026, 3, 19)), Registered(key="r", on=D(2026, 3, 19)))
    assert [type(a) for a in acts] == [SendRequest, LogEvent]
    view = case_view(case, D(2026, 3, 30))
    assert view == {
        "id": "00301138-minjust", "registry_number": "00301138", "agency_id": "minjust",
        "state": "registered", "responsible": None,
        "deadlines": [{"step": "request", "paragraph": "4", "due": "2026-03-27",
                       "done_on": None, "overdue": True}],
    }
    case, _ = run(case, ResponsibleNamed(key="a", on=D(2026, 3, 26), person=AKHMETOV))
    assert case_view(case, D(2026, 3, 26))["responsible"] == {
        "full_name": "Ахметов Ерлан Серикович", "position": None,
        "email": "e.akhmetov@minjust.gov.kz", "phone": None}


def test_a_request_sent_again_and_a_protocol_recorded_twice_keep_one_step_each():
    case, _ = run(fresh(D(2026, 3, 19)), Registered(key="r", on=D(2026, 3, 19)),
                  RequestSent(key="s1", on=D(2026, 3, 20)),
                  RequestSent(key="s2", on=D(2026, 3, 26)),  # resent after a bounce
                  ProtocolSigned(key="p-mail", on=D(2026, 4, 10), protocol_date=D(2026, 4, 9)),
                  ProtocolSigned(key="p-operator", on=D(2026, 4, 13)))
    steps = [d.step for d in case.deadlines]
    assert steps.count(Step.request) == steps.count(Step.training) == 1
    assert steps.count(Step.consulting_start) == 1
    assert case.deadline(Step.request).done_on == D(2026, 3, 20)
    assert case.deadline(Step.training).done_on == D(2026, 4, 9)


def test_a_revised_form_names_the_changed_columns_of_appendix_1():
    case, acts = run(fresh(), InformationReceived(key="i1", on=D(2026, 4, 1), info=INFO),
                     InformationReceived(key="i2", on=D(2026, 4, 2), info=INFO.model_copy(
                         update={"website": "minjust.gov.kz/births", "standard": "№ 112"})))
    [revised] = [a for a in acts if isinstance(a, LogEvent) and a.kind == "information_revised"]
    assert revised.summary == ("Получена уточнённая информация (версия 2): стандарт (графа 4), "
                               "интернет-ресурс (графа 7)")
    assert revised.data["diff"] == {"standard": (None, "№ 112"),
                                    "website": ("www.minjust.gov.kz", "minjust.gov.kz/births")}
