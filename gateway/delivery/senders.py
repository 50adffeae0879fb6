"""Action handlers that write letters into the outbox: the p.4 request, reminders, the p.12
escalation; and the operator's letters: p.8 training questions, p.10-11 additional requests,
p.16 discrepancy explanations.

Why here and not in the engine: the engine only says "send the request, due D"; what goes in
the letter (which addresses, which attachment, which wording) needs the directory and the
registry, which only the store has.  Each handler runs in the transaction of the case change
that asked for it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from gateway.calendar import default_calendar, local_date
from gateway.config import Config
from gateway.delivery.outbox import allocate_number, now, queue_message, recipients_for
from gateway.domain import Case, Step
from gateway.runtime.actions import handles
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import clock_marks, inbound, outbox
from outbound.compose import DOCX, EML

STEP_RU = {
    Step.appointment: "назначение ответственного лица (п. 5 Правил)",
    Step.information: "представление информации по форме Приложения 1 (п. 5 Правил)",
    Step.training: "проведение обучения и подписание протокола (п. 8 Правил)",
    Step.change_update: "актуализация представленной информации (п. 6 Правил)",
    Step.responsible_update: "уведомление о замене ответственного лица (п. 7 Правил)",
}
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь"]


def _transport(agency: Any) -> str:
    return "edoc" if agency.uses_edoc else "smtp"


def _lookup(conn: Connection, case: Case) -> tuple[Any, Any]:
    agency = repo.get_agency(conn, case.agency_id)
    service = repo.get_service(conn, case.registry_number, case.agency_id)
    if agency is None or service is None:
        raise LookupError(f"case {case.id}: agency or service missing from the directory")
    return agency, service


@handles("send_request")
def send_request(conn: Connection, case: Case, action: Any, cfg: Config,
                 ctx: dict[str, Any]) -> None:
    from outbound.documents.appendix1 import build_appendix1_request

    agency, service = _lookup(conn, case)
    today = ctx.get("today") or local_date(now(), cfg.timezone)
    number = allocate_number(conn, cfg)  # the form carries the letter's outgoing number
    form = build_appendix1_request([service], cfg.language, outgoing_number=number, date=today)
    appointment_due = default_calendar().add_working_days(max(today, dt.date.today()), 3)
    queue_message(
        conn, cfg, kind="request", composer="request", case_id=case.id, outgoing_number=number,
        agency_id=agency.agency_id, to=recipients_for(None, agency), transport=_transport(agency),
        context={"service": service, "agency": agency,
                 "appointment_due": appointment_due.strftime("%d.%m.%Y")},
        attachments=[(f"prilozhenie-1-{service.registry_number}.docx", form, DOCX)],
    )


@handles("send_reminder")
def send_reminder(conn: Connection, case: Case, action: Any, cfg: Config,
                  ctx: dict[str, Any]) -> None:
    agency, service = _lookup(conn, case)
    deadline = case.deadline(action.step)
    queue_message(
        conn, cfg, kind="reminder", composer="reminder", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency), transport=_transport(agency),
        context={"service": service, "agency": agency, "paragraph": action.paragraph,
                 "step_text": STEP_RU.get(action.step, str(action.step)),
                 "due": action.due.strftime("%d.%m.%Y"),
                 "reason": action.reason_ru or (deadline.reason if deadline else "")},
    )


@handles("send_escalation")
def send_escalation(conn: Connection, case: Case, action: Any, cfg: Config,
                    ctx: dict[str, Any]) -> None:
    """p.12: once per agency and month, with the refusals and the requests they answer."""
    try:
        with conn.begin_nested():
            conn.execute(insert(clock_marks).values(
                key=f"escalation:{action.agency_id}:{action.month}", at=now()))
    except IntegrityError:
        return  # another case of the same agency escalated this month already
    qc = repo.get_agency(conn, cfg.quality_control_agency)
    agency = repo.get_agency(conn, action.agency_id)
    if qc is None or agency is None:
        record(conn, cfg, kind="operator_attention", case_id=case.id, paragraph="12",
               summary=f"Эскалация не отправлена: в справочнике нет органа "
                       f"{cfg.quality_control_agency!r} (quality_control_agency)")
        return
    attachments, items = [], []
    for n, ref in enumerate(repo.list_refusals(conn, action.agency_id, action.month), start=1):
        row = conn.execute(select(inbound.c.sha256, inbound.c.subject)
                           .where(inbound.c.id == ref["inbound_id"])).first()
        if row is not None:
            attachments.append((f"otkaz-{n}.eml", repo.get_blob(conn, row.sha256) or b"", EML))
            items.append(f"отказ от {ref['on']:%d.%m.%Y}: {row.subject or ''} "
                         f"({ref['reason'] or 'причина не указана'})")
    cases = [c.id for c in repo.list_cases(conn, agency_id=action.agency_id)]
    requests = conn.execute(select(outbox.c.sha256, outbox.c.outgoing_number)
                            .where(outbox.c.case_id.in_(cases))
                            .where(outbox.c.kind.in_(("request", "additional_request")))
                            .order_by(outbox.c.id)).all()
    for req in requests:
        attachments.append((f"zapros-{req.outgoing_number.replace('/', '-')}.eml",
                            repo.get_blob(conn, req.sha256) or b"", EML))
        items.append(f"запрос ЕКЦ исх. № {req.outgoing_number}")
    year, month = (int(x) for x in action.month.split("-"))
    queue_message(
        conn, cfg, kind="escalation", composer="escalation", case_id=case.id,
        agency_id=qc.agency_id, to=list(qc.emails), transport=_transport(qc),
        context={"agency": agency, "items": items,
                 "month_text": f"{MONTHS_RU[month - 1]} {year} года"},
        attachments=attachments,
    )


def send_questions(conn: Connection, cfg: Config, case: Case, text: str) -> int:
    """p.8: the operator's questions to the responsible person, before training."""
    agency, service = _lookup(conn, case)
    training = case.deadline(Step.training)
    name = case.responsible.full_name if case.responsible and case.responsible.full_name else ""
    return queue_message(
        conn, cfg, kind="questions", composer="questions", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency), auto=False,
        transport=_transport(agency),
        context={"service": service, "agency": agency, "questions": text.strip(),
                 "responsible_name": name or "коллега",
                 "training_due": training.due.strftime("%d.%m.%Y") if training else "—"},
    )


def send_additional_request(conn: Connection, cfg: Config, case: Case, text: str,
                            answer_due: dt.date | None = None) -> int:
    """p.10-11: the contact centre asks the agency for more information on the case's service."""
    agency, service = _lookup(conn, case)
    return queue_message(
        conn, cfg, kind="additional_request", composer="additional_request", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency),
        transport=_transport(agency),
        context={"service": service, "agency": agency, "questions": text.strip(),
                 "answer_due": answer_due.strftime("%d.%m.%Y") if answer_due else None},
    )


def send_discrepancy(conn: Connection, cfg: Config, agency_id: str, items: list[str],
                     month_text: str = "") -> int:
    """p.16: at once, an explanation per discrepancy, to the quality-control authority."""
    qc = repo.get_agency(conn, cfg.quality_control_agency)
    agency = repo.get_agency(conn, agency_id)
    if qc is None or agency is None:
        raise LookupError(f"agency {agency_id!r} or the quality-control authority "
                          f"{cfg.quality_control_agency!r} is not in the directory")
    return queue_message(
        conn, cfg, kind="discrepancy", composer="discrepancy", agency_id=qc.agency_id,
        to=list(qc.emails), transport=_transport(qc),
        context={"agency": agency, "items": items, "month_text": month_text},
    )
