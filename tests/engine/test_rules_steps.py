"""The engine's side of the Rules' duties, with plain values: which day p.6 and p.7 count
from (and a late notice recorded late), a Registry change owed by the agency (with its
reminder), the p.8 protocol asked for, the p.10 answer step, and reasons people read in
Russian or Kazakh with the right plural forms."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.calendar import default_calendar
from gateway.domain import (
    AdditionalAnswerReceived,
    AdditionalRequestSent,
    InformationReceived,
    NotifyOperator,
    ProtocolSigned,
    RefusalReceived,
    RegistryChanged,
    ResponsibleNamed,
    ResponsiblePerson,
    SendChangeRequest,
    SendProtocol,
    SendReminder,
    Service,
    ServiceInfo,
    Step,
    Tick,
)
from gateway.engine import apply, new_case
from gateway.engine.deadlines import explain, reason_text, step_name, working_days_ru

D = dt.date
CAL = default_calendar()
AKHMETOV = ResponsiblePerson(full_name="Ахметов Ерлан Серикович", email="e.a@minjust.gov.kz")
NURLANOV = ResponsiblePerson(full_name="Нурланов Марат Ерланович", email="m.n@minjust.gov.kz")
INFO = ServiceInfo(registry_number="00301138", standard="Стандарт № 219", website="a.kz")


def run(case, *events):
    actions = []
    for ev in events:
        case, acts = apply(case, ev, CAL)
        actions.extend(acts)
    return case, actions


@pytest.fixture
def informed():
    case = new_case(Service(registry_number="00301138", agency_id="minjust",
                            name_ru="Регистрация рождения", registered_on=D(2026, 11, 2)))
    case, acts = run(case, InformationReceived(key="i", on=D(2026, 11, 3), info=INFO))
    [protocol] = [a for a in acts if isinstance(a, SendProtocol)]
    assert protocol.due == case.deadline(Step.training).due  # p.8: the draft goes at once
    return case


@pytest.mark.parametrize(("dated_by", "words"), [
    ("document", "дата указана в самом уведомлении"),
    ("letter", "дата исходящего письма"),
    ("edoc", "дата регистрации электронного документа"),
])
def test_p6_counts_from_the_stated_date_and_a_late_notice_is_late(informed, dated_by, words):
    case, acts = run(informed, ProtocolSigned(key="p", on=D(2026, 11, 10)),
                     InformationReceived(key="c", on=D(2026, 11, 30), is_change_notice=True,
                                         info=INFO.model_copy(update={"standard": "№ 555"}),
                                         changed_on=D(2026, 11, 16), dated_by=dated_by))
    step = case.deadline(Step.change_update)
    assert (step.start, step.due, step.done_on, step.basis) == (
        D(2026, 11, 16), D(2026, 11, 23), D(2026, 11, 30), dated_by)
    assert step.overdue_on(D(2026, 11, 30)) and words in step.reason
    [entry] = [a for a in acts if getattr(a, "kind", "") == "information_changed"]
    assert "с опозданием: срок истёк 23.11.2026" in entry.summary


def test_p6_without_any_date_counts_from_arrival_and_says_so(informed):
    case, _ = run(informed, InformationReceived(key="c", on=D(2026, 11, 30),
                                                is_change_notice=True, info=INFO))
    step = case.deadline(Step.change_update)
    assert (step.start, step.basis, step.done_on) == (D(2026, 11, 30), "arrival", D(2026, 11, 30))
    assert "дата поступления" in step.reason and not step.overdue_on(D(2026, 11, 30))


def test_p7_counts_from_the_replacements_effective_date(informed):
    case, _ = run(informed, ResponsibleNamed(key="a", on=D(2026, 11, 4), person=AKHMETOV),
                  ResponsibleNamed(key="b", on=D(2026, 12, 1), person=NURLANOV,
                                   replaced_on=D(2026, 11, 20), dated_by="document"))
    step = case.deadline(Step.responsible_update)
    assert (step.start, step.due, step.basis) == (D(2026, 11, 20), D(2026, 11, 27), "document")
    assert step.overdue_on(D(2026, 12, 1))  # the notice came after the five working days


def test_a_registry_change_is_owed_by_the_agency_and_earns_a_reminder(informed):
    case, acts = run(informed, ProtocolSigned(key="p", on=D(2026, 11, 10)),
                     RegistryChanged(key="reg", on=D(2026, 12, 1),
                                     fields={"standard": ("№ 219", "№ 700")}))
    [ask] = [a for a in acts if isinstance(a, SendChangeRequest)]
    step = case.deadline(Step.change_update)
    assert ask.due == step.due == D(2026, 12, 8) and step.basis == "registry"
    case, acts = run(case, Tick(key="t", on=D(2026, 12, 9)))
    [reminder] = [a for a in acts if isinstance(a, SendReminder)]
    assert reminder.step == Step.change_update and "Реестре" in reminder.reason_ru
    # the agency's update closes the same step, late
    case, _ = run(case, InformationReceived(key="u", on=D(2026, 12, 10), is_change_notice=True,
                                            info=INFO.model_copy(update={"standard": "№ 700"})))
    steps = [d for d in case.deadlines if d.step == Step.change_update]
    assert len(steps) == 1 and steps[0].done_on == D(2026, 12, 10)


def test_a_registry_change_before_any_information_only_logs(informed):
    case = new_case(Service(registry_number="1", agency_id="a", name_ru="x",
                            registered_on=D(2026, 11, 2)))
    case, acts = run(case, RegistryChanged(key="reg", on=D(2026, 12, 1), fields={}))
    assert not case.deadline(Step.change_update) and not any(
        isinstance(a, SendChangeRequest) for a in acts)


def test_additional_requests_are_answered_one_by_one(informed):
    case, _ = run(informed, AdditionalRequestSent(key="s1", on=D(2026, 12, 1), message_id="<1>"),
                  AdditionalRequestSent(key="s2", on=D(2026, 12, 1), message_id="<2>"))
    case, _ = run(case, AdditionalAnswerReceived(key="a", on=D(2026, 12, 2), answers="<2>"))
    steps = [d for d in case.deadlines if d.step == Step.additional_request]
    assert [(d.ref, d.done_on) for d in steps] == [("<1>", None), ("<2>", D(2026, 12, 2))]
    case, acts = run(case, Tick(key="t", on=D(2026, 12, 9)))
    # the Rules set no term: no reminder for it (the training's is another matter)
    assert all(a.step == Step.training for a in acts if isinstance(a, SendReminder))
    assert any(isinstance(a, NotifyOperator) and "дополнительный запрос" in a.reason
               for a in acts)
    case, _ = run(case, RefusalReceived(key="r", on=D(2026, 12, 10), answers=None))
    assert all(d.done_on for d in case.deadlines if d.step == Step.additional_request)


def test_reasons_read_in_russian_with_plurals_and_in_kazakh(informed):
    assert [working_days_ru(n) for n in (1, 3, 5, 10, 21, 22, 11)] == [
        "1 рабочий день", "3 рабочих дня", "5 рабочих дней", "10 рабочих дней",
        "21 рабочий день", "22 рабочих дня", "11 рабочих дней"]
    training = informed.deadline(Step.training)
    assert explain(training) == ("10 рабочих дней с даты представления информации "
                                 "(03.11.2026), п. 8 Правил")
    kk = explain(training, "kk")
    assert "03.11.2026" in kk and "8-тармағы" in kk and "жұмыс күні" in kk
    assert step_name(Step.training) == "обучение и подписание протокола"
    assert step_name("escalation", "kk").startswith("бас тартулар")
    assert "первый рабочий день по истечении 5 рабочих дней" in reason_text(
        Step.consulting_start, D(2026, 11, 10))
