"""The lifecycle's transitions: one small function per event type, found in a table.

Why a table: the lifecycle of DESIGN.md is read as "on this event, in any state, do this";
replies arrive out of order (a form before any appointment letter, a protocol before the form,
a replacement in any state), so each handler looks at what the case already holds rather than
at a single expected state.  States only move forward (`advance`).  Handlers mutate the copy of
the case that `apply` gives them and append actions; they do no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from gateway.calendar import WorkCalendar
from gateway.domain import (
    INFO_FIELDS,
    Action,
    AdditionalAnswerReceived,
    AdditionalRequestSent,
    AutoReplyReceived,
    Basis,
    BounceReceived,
    Case,
    CaseState,
    ConsultingStarted,
    Deadline,
    DeliveryFailed,
    InformationReceived,
    InfoVersion,
    LogEvent,
    NotifyOperator,
    ProtocolSigned,
    RefusalReceived,
    Registered,
    RegistryChanged,
    RequestSent,
    ResponsibleNamed,
    ResponsiblePerson,
    SendChangeRequest,
    SendEscalation,
    SendProtocol,
    SendReminder,
    SendRequest,
    Step,
    Tick,
    TrainingQuestionsSent,
)
from gateway.engine.deadlines import (
    AGENCY_STEPS,
    ANSWER_STEPS,
    close_or_record,
    close_step,
    close_unneeded,
    closed_text,
    open_once,
    open_step,
    overdue,
    reason_ru,
    step_name,
)

ORDER = list(CaseState)

Handler = Callable[[Case, Any, WorkCalendar, list[Action]], None]


def advance(case: Case, state: CaseState, on: dt.date, out: list[Action]) -> None:
    """Move forward to `state`; never back.  A case moving past `requested` straight from
    `registered` was answered before our p.4 request went out: the request is not sent (only
    a `registered` case's is written), so its step is closed with that reason, not left open
    and overdue for ever."""
    if ORDER.index(state) <= ORDER.index(case.state):
        return
    if case.state == CaseState.registered and state != CaseState.requested:
        answered_before_request(case, on, out)
    case.state = state


def answered_before_request(case: Case, on: dt.date, out: list[Action]) -> None:
    """p.4: the agency answered (a form, an appointment, a protocol) before our request was
    sent; the request step closes on `on` with its reason."""
    closed = close_unneeded(case, Step.request, on, "answered_before_request")
    if closed is not None:
        log(out, case, "request_not_needed", f"Запрос по п. 4 не направляется: "
            f"{closed_text('answered_before_request')}", "4")


def log(out: list[Action], case: Case, kind: str, summary: str, paragraph: str | None = None,
        **data: Any) -> None:
    out.append(LogEvent(case_id=case.id, kind=kind, paragraph=paragraph, summary=summary,
                        data={k: _plain(v) for k, v in data.items()}))


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value


def flag(case: Case, text: str, out: list[Action]) -> None:
    if text not in case.flags:
        case.flags.append(text)
        out.append(NotifyOperator(case_id=case.id, reason=text))


def same_person(a: ResponsiblePerson | None, b: ResponsiblePerson | None) -> bool:
    if a is None or b is None:
        return a is b
    def key(p: ResponsiblePerson) -> str:
        return " ".join((p.full_name or "").casefold().split())
    return key(a) == key(b) and (not a.email or not b.email or a.email == b.email)


# ---------------------------------------------------------------------------------------------


def on_registered(case: Case, ev: Registered, cal: WorkCalendar, out: list[Action]) -> None:
    deadline = open_once(case, Step.request, ev.on, cal)
    out.append(SendRequest(case_id=case.id, due=deadline.due))
    log(out, case, "registered", f"Услуга внесена в Реестр; запрос по форме приложения 1 "
        f"направляется до {deadline.due:%d.%m.%Y}", "4")


def on_request_sent(case: Case, ev: RequestSent, cal: WorkCalendar, out: list[Action]) -> None:
    # the request step is there from registration on; a case made without a Registered event
    # still shows it, counted from the registration date it carries
    close_or_record(case, Step.request, case.registered_on, ev.on, cal)
    advance(case, CaseState.requested, ev.on, out)
    if case.responsible is None:
        deadline = open_once(case, Step.appointment, ev.on, cal)
        log(out, case, "request_sent", f"Запрос направлен; ответственное лицо назначается до "
            f"{deadline.due:%d.%m.%Y}", "4", message_id=ev.message_id)
    else:
        log(out, case, "request_sent", "Запрос направлен", "4", message_id=ev.message_id)


def appoint(case: Case, person: ResponsiblePerson, on: dt.date, cal: WorkCalendar,
            out: list[Action], appointed_on: dt.date | None = None) -> None:
    """p.5: the first responsible person; the information is due 5 WD after the appointment
    itself when the agency's letter says when it was made (`appointed_on`), else after the
    letter's arrival; the step says which."""
    case.responsible = person
    stated = appointed_on is not None and appointed_on <= on
    start = appointed_on if stated and appointed_on is not None else on
    basis: Basis = "document" if stated else "arrival"
    close_or_record(case, Step.appointment, start, start, cal)
    advance(case, CaseState.appointed, on, out)
    when = f" с {start:%d.%m.%Y}" if basis == "document" else ""
    if not case.info_versions:
        deadline = case.deadline(Step.information) or open_step(
            case, Step.information, start, cal, basis=basis)
        log(out, case, "appointed", f"Назначено ответственное лицо{when}: {person.full_name}; "
            f"информация представляется до {deadline.due:%d.%m.%Y}", "5", person=person,
            basis=basis)
    else:
        log(out, case, "appointed", f"Назначено ответственное лицо{when}: {person.full_name}",
            "5", person=person)


def replace(case: Case, person: ResponsiblePerson, replaced_on: dt.date, on: dt.date,
            cal: WorkCalendar, out: list[Action], previous: ResponsiblePerson | None,
            basis: Any = None) -> None:
    """p.7: a new responsible person; the notice was due 5 WD after the replacement (its own
    effective date when the notice gives it, else the letter's date, else arrival)."""
    old = case.responsible
    case.responsible = person
    deadline = open_step(case, Step.responsible_update, min(replaced_on, on), cal, done_on=on,
                         basis=basis or "arrival")
    late = (f" (уведомление с опозданием: срок истёк {deadline.due:%d.%m.%Y})"
            if on > deadline.due else "")
    log(out, case, "responsible_replaced",
        f"Замена ответственного лица: {(old or previous or ResponsiblePerson()).full_name or '—'}"
        f" → {person.full_name}{late}", "7", person=person, late=on > deadline.due)


def on_responsible(case: Case, ev: ResponsibleNamed, cal: WorkCalendar,
                   out: list[Action]) -> None:
    if case.responsible is None:
        # p.5 counts from the appointment only as the letter itself dates it, never from the
        # letter's own outgoing or registration date
        appoint(case, ev.person, ev.on, cal, out,
                ev.replaced_on if ev.dated_by == "document" else None)
    elif not same_person(case.responsible, ev.person):
        replace(case, ev.person, ev.replaced_on or ev.on, ev.on, cal, out, ev.previous,
                ev.dated_by if ev.replaced_on else "arrival")
    else:
        case.responsible = _merge_person(case.responsible, ev.person)
        log(out, case, "responsible_confirmed",
            f"Сведения об ответственном лице уточнены: {ev.person.full_name}", "7")


def _merge_person(old: ResponsiblePerson, new: ResponsiblePerson) -> ResponsiblePerson:
    return ResponsiblePerson(**{k: getattr(new, k) or getattr(old, k)
                                for k in ResponsiblePerson.model_fields})


def on_information(case: Case, ev: InformationReceived, cal: WorkCalendar,
                   out: list[Action]) -> None:
    person = ev.info.responsible
    if person is not None and person.full_name:
        # column 8 names the responsible person: an appointment, or a replacement (p.7)
        on_responsible(case, ResponsibleNamed(key=ev.key, on=ev.on, person=person), cal, out)
    previous = case.info_versions[-1].info if case.info_versions else None
    diff = _diff(previous, ev.info) if previous else {}
    version = InfoVersion(version=len(case.info_versions) + 1, info=ev.info, received_on=ev.on,
                          inbound_id=ev.inbound_id, changed_on=ev.changed_on, diff=diff)
    case.info_versions.append(version)
    if previous is None:
        close_or_record(case, Step.information, ev.on, ev.on, cal)
        if case.deadline(Step.training) is not None:  # the protocol came first (p.8 flagged)
            log(out, case, "information_received", "Получена информация по форме приложения 1 "
                "(версия 1) после подписания протокола", "5", inbound_id=ev.inbound_id)
            return
        advance(case, CaseState.info_received, ev.on, out)
        deadline = open_once(case, Step.training, ev.on, cal)
        out.append(SendProtocol(case_id=case.id, due=deadline.due))
        log(out, case, "information_received", f"Получена информация по форме приложения 1 "
            f"(версия 1); обучение проводится до {deadline.due:%d.%m.%Y}, проект протокола "
            f"направляется ответственному лицу", "5", inbound_id=ev.inbound_id)
        return
    changed = ", ".join(COLUMN_RU.get(name, name) for name in diff) or "без изменений"
    asked = close_step(case, Step.change_update, ev.on)  # the Registry showed the change first
    if asked is not None or ev.is_change_notice \
            or ORDER.index(case.state) >= ORDER.index(CaseState.accepted):
        deadline = asked or open_step(
            case, Step.change_update, min(ev.changed_on or ev.on, ev.on), cal, done_on=ev.on,
            basis=(ev.dated_by or "document") if ev.changed_on else "arrival")
        late = (f" (с опозданием: срок истёк {deadline.due:%d.%m.%Y})"
                if ev.on > deadline.due else "")
        log(out, case, "information_changed", f"Актуализация информации (версия "
            f"{version.version}): {changed}{late}", "6", diff=diff, inbound_id=ev.inbound_id,
            late=ev.on > deadline.due)
    else:
        log(out, case, "information_revised", f"Получена уточнённая информация (версия "
            f"{version.version}): {changed}", "5", diff=diff, inbound_id=ev.inbound_id)


def on_registry_changed(case: Case, ev: RegistryChanged, cal: WorkCalendar,
                        out: list[Action]) -> None:
    """p.3, p.6: the Registry shows a changed standard or regulation.  Once the agency has
    given its information, the responsible person owes the update within 5 WD of the change:
    the step opens and a letter asks for it."""
    changed = ", ".join(COLUMN_RU.get(name, name) for name in ev.fields) or "сведения"
    if not case.info_versions:
        log(out, case, "registry_changed", f"Изменение в Реестре ({changed}); информация ещё "
            f"не представлена, запрос по п.4 остаётся в силе", "3", fields=list(ev.fields))
        return
    deadline = open_step(case, Step.change_update, ev.on, cal, basis="registry",
                         note=f"изменение в Реестре: {changed}")
    out.append(SendChangeRequest(case_id=case.id, due=deadline.due, fields=list(ev.fields)))
    log(out, case, "registry_changed", f"Изменение в Реестре ({changed}): ответственное лицо "
        f"актуализирует информацию до {deadline.due:%d.%m.%Y}", "6", fields=list(ev.fields))


# Appendix 1 columns, as the status log names a changed field
COLUMN_RU = {
    "service_name": "наименование услуги (графа 3)",
    "standard": "стандарт (графа 4)",
    "regulation": "регламент (графа 5)",
    "npa_changes": "изменения НПА (графа 6)",
    "website": "интернет-ресурс (графа 7)",
}


def _diff(old: Any, new: Any) -> dict[str, tuple[str | None, str | None]]:
    out: dict[str, tuple[str | None, str | None]] = {}
    for name in INFO_FIELDS:
        before, after = getattr(old, name), getattr(new, name)
        if after is not None and before != after:
            out[name] = (before, after)
    return out


def on_questions(case: Case, ev: TrainingQuestionsSent, cal: WorkCalendar,
                 out: list[Action]) -> None:
    log(out, case, "training_questions_sent",
        "Список вопросов направлен ответственному лицу до проведения обучения", "8")


def on_protocol(case: Case, ev: ProtocolSigned, cal: WorkCalendar, out: list[Action]) -> None:
    signed = ev.protocol_date or ev.on
    if not case.info_versions:
        flag(case, "протокол подписан, а информация по форме приложения 1 не получена", out)
    close_or_record(case, Step.training, signed, signed, cal)
    advance(case, CaseState.accepted, ev.on, out)
    deadline = open_once(case, Step.consulting_start, signed, cal)
    if case.state == CaseState.consulting and deadline.done_on is None:
        deadline.done_on = ev.on  # consulting was recorded as started before the protocol
    log(out, case, "protocol_signed", f"Протокол принятия услуги подписан {signed:%d.%m.%Y}; "
        f"консультирование начинается по истечении 5 рабочих дней, с "
        f"{deadline.due:%d.%m.%Y}", "8")


def on_consulting(case: Case, ev: ConsultingStarted, cal: WorkCalendar,
                  out: list[Action]) -> None:
    started = close_step(case, Step.consulting_start, ev.on)
    advance(case, CaseState.consulting, ev.on, out)
    early = ""
    if started is not None and ev.on < started.due:
        early = f" (раньше срока п.9: не ранее {started.due:%d.%m.%Y})"
    log(out, case, "consulting_started", f"ЕКЦ начал консультирование по услуге{early}", "9")


def on_additional(case: Case, ev: AdditionalRequestSent, cal: WorkCalendar,
                  out: list[Action]) -> None:
    deadline = open_step(case, Step.additional_request, ev.on, cal, ref=ev.message_id)
    log(out, case, "additional_request_sent", f"Направлен дополнительный запрос; ответ "
        f"ожидается до {deadline.due:%d.%m.%Y}", "10", message_id=ev.message_id)


def close_answered(case: Case, answers: str | None, on: dt.date) -> Any:
    """The open additional-request step `answers` names (our Message-ID), else the oldest
    open one: an answer or a refusal closes it.  None when no request waits."""
    waiting = [d for d in case.deadlines
               if d.step == Step.additional_request and d.done_on is None]
    chosen = next((d for d in waiting if answers and d.ref == answers), None) \
        or (waiting[0] if waiting else None)
    if chosen is not None:
        chosen.done_on = on
    return chosen


def on_additional_answer(case: Case, ev: AdditionalAnswerReceived, cal: WorkCalendar,
                         out: list[Action]) -> None:
    answered = close_answered(case, ev.answers, ev.on)
    if answered is None:
        return
    log(out, case, "additional_answer", f"Получен ответ на дополнительный запрос от "
        f"{answered.start:%d.%m.%Y}", "11", inbound_id=ev.inbound_id, answers=answered.ref)


# the agency's open steps a lawful refusal of the information answers (p.11 sub. 1)
REFUSABLE_STEPS = frozenset({Step.appointment, Step.information, Step.change_update})

GROUND_RU = {
    "state_secret": "государственные секреты",
    "commercial_secret": "коммерческая тайна",
    "protected_secret": "иная охраняемая законом тайна",
}


def on_refusal(case: Case, ev: RefusalReceived, cal: WorkCalendar, out: list[Action]) -> None:
    answered = close_answered(case, ev.answers, ev.on)
    what = f" на дополнительный запрос от {answered.start:%d.%m.%Y}" if answered else ""
    if ev.ground in GROUND_RU:
        if answered is None:  # the information itself refused lawfully: nothing to remind of
            for d in case.deadlines:
                if d.step in REFUSABLE_STEPS and d.done_on is None:
                    d.refused = ev.ground
        log(out, case, "refusal_lawful", f"Отказ в представлении информации{what} на законном "
            f"основании (п. 11 подп. 1 Правил: {GROUND_RU[ev.ground]}); к п. 12 не относится",
            "11", reason=ev.reason, ground=ev.ground, inbound_id=ev.inbound_id)
        return
    log(out, case, "refusal_received", f"Отказ в представлении информации{what} "
        f"({ev.refusals_this_month}-й {ev.window}): {ev.reason or 'причина не указана'}", "11",
        reason=ev.reason, inbound_id=ev.inbound_id)
    if not ev.counted or ev.escalate is None:
        return
    addition = ev.escalate == "addition"
    deadline = open_step(case, Step.escalation, ev.on, cal,
                         note=("дополнение: " if addition else "") + f"отказ от {ev.on:%d.%m.%Y}")
    out.append(SendEscalation(case_id=case.id, agency_id=case.agency_id, month=ev.window,
                              due=deadline.due, addition=addition,
                              refusal_inbound_id=ev.inbound_id, since=ev.window_start,
                              until=ev.on))
    if addition:
        log(out, case, "escalation_due", f"Ещё один отказ {ev.window}: дополнение к "
            f"информированию уполномоченного органа направляется до {deadline.due:%d.%m.%Y}",
            "12")
    else:
        log(out, case, "escalation_due", f"Неоднократный отказ {ev.window}: уполномоченный "
            f"орган информируется до {deadline.due:%d.%m.%Y}", "12")


def on_escalation_sent(case: Case, ev: Any, cal: WorkCalendar, out: list[Action]) -> None:
    close_step(case, Step.escalation, ev.on)
    log(out, case, "escalation_sent", "Уполномоченный орган проинформирован о неоднократном "
        "отказе", "12", message_id=ev.message_id)


def on_auto_reply(case: Case, ev: AutoReplyReceived, cal: WorkCalendar,
                  out: list[Action]) -> None:
    log(out, case, "auto_reply", "Получен автоответ; не отвечаем", inbound_id=ev.inbound_id)


def on_bounce(case: Case, ev: BounceReceived, cal: WorkCalendar, out: list[Action]) -> None:
    address = ev.address.lower()
    if address not in case.failing_addresses:
        case.failing_addresses.append(address)
    flag(case, f"адрес {address} не принимает почту (уведомление о недоставке)", out)
    log(out, case, "bounce", f"Недоставка на адрес {address}", inbound_id=ev.inbound_id)


def on_delivery_failed(case: Case, ev: DeliveryFailed, cal: WorkCalendar,
                       out: list[Action]) -> None:
    flag(case, f"письмо {ev.message_id} не доставлено: {ev.reason}", out)
    log(out, case, "delivery_failed", f"Письмо не доставлено: {ev.reason}",
        message_id=ev.message_id)


def on_tick(case: Case, ev: Tick, cal: WorkCalendar, out: list[Action]) -> None:
    today = ev.on
    if ORDER.index(case.state) > ORDER.index(CaseState.requested):
        # a case answered before its request, from before that closed the step (see advance)
        answered_before_request(case, today, out)
    start = case.deadline(Step.consulting_start)
    if case.state == CaseState.accepted and start is not None and today >= start.due:
        # p.9: consulting starts once five working days after the protocol have run out, on
        # the sixth (the step's due; see gateway.engine.deadlines): the first tick on or after it
        on_consulting(case, ConsultingStarted(key=ev.key, on=today), cal, out)
    late = overdue(case, today)
    for deadline in late:
        mark = f"overdue:{deadline.step}:{deadline.due}"
        if mark in case.seen_event_keys:
            continue
        case.seen_event_keys.append(mark)
        log(out, case, "overdue", f"Просрочен срок «{step_name(deadline.step)}»: "
            f"{deadline.due:%d.%m.%Y} ({reason_ru(deadline)})", deadline.paragraph,
            step=str(deadline.step), due=deadline.due)
        if deadline.step in ANSWER_STEPS:
            flag(case, f"нет ответа на дополнительный запрос от {deadline.start:%d.%m.%Y}", out)
        elif deadline.step not in AGENCY_STEPS:
            flag(case, f"просрочен срок ЕКЦ «{step_name(deadline.step)}» "
                 f"(п. {deadline.paragraph})", out)
    remind(case, ev, late, cal, out)


def reminder_due(deadline: Deadline, cal: WorkCalendar, interval: int) -> dt.date:
    """The day the step's next reminder is due: the working day after its deadline, then
    `interval` working days after the last one sent."""
    if deadline.reminders:
        return cal.add_working_days(deadline.reminders[-1], interval)
    return cal.add_working_days(deadline.due, 1)


def remind(case: Case, ev: Tick, late: list[Deadline], cal: WorkCalendar,
           out: list[Action]) -> None:
    """Reminders as a schedule, per step the agency owes: the first on the working day after
    the deadline, then every `reminder_interval_days` working days, at most `max_reminders`;
    once they are spent and the next would be due, the case is flagged for the operator.
    None for a step the agency refused on a lawful ground.  At most one letter a working day
    per case (a tick replayed with an older date sends nothing)."""
    today, interval = ev.on, max(1, ev.reminder_interval_days)
    owed = [d for d in late if d.step in AGENCY_STEPS and d.refused is None]
    chosen: Deadline | None = None
    for deadline in owed:
        if today < reminder_due(deadline, cal, interval):
            continue
        if len(deadline.reminders) >= ev.max_reminders:
            flag(case, f"«{step_name(deadline.step)}» (срок {deadline.due:%d.%m.%Y}): "
                 f"напоминаний направлено {len(deadline.reminders)}, ответа нет — нужен "
                 f"оператор", out)
            continue
        chosen = chosen or deadline
    last = case.last_reminder_on
    if chosen is None or not cal.is_working_day(today) or (last is not None and today <= last):
        return
    case.last_reminder_on = today
    chosen.reminders.append(today)
    out.append(SendReminder(case_id=case.id, step=chosen.step, paragraph=chosen.paragraph,
                            due=chosen.due, reason_ru=reason_ru(chosen),
                            number=len(chosen.reminders)))


TRANSITIONS: dict[str, Handler] = {
    "registered": on_registered,
    "request_sent": on_request_sent,
    "responsible_named": on_responsible,
    "information_received": on_information,
    "training_questions_sent": on_questions,
    "protocol_signed": on_protocol,
    "consulting_started": on_consulting,
    "additional_request_sent": on_additional,
    "additional_answer_received": on_additional_answer,
    "registry_changed": on_registry_changed,
    "refusal_received": on_refusal,
    "escalation_sent": on_escalation_sent,
    "auto_reply_received": on_auto_reply,
    "bounce_received": on_bounce,
    "delivery_failed": on_delivery_failed,
    "tick": on_tick,
}
