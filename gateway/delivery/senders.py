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

from sqlalchemy import Connection, select

from gateway.calendar import default_calendar, local_date
from gateway.config import Config
from gateway.delivery.outbox import allocate_number, now, queue_message, recipients_for
from gateway.domain import Case, Step
from gateway.runtime.actions import handles
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import inbound, outbox
from outbound.compose import DOCX, EML

STEP_RU = {
    Step.appointment: "назначение ответственного лица (п. 5 Правил)",
    Step.information: "представление информации по форме Приложения 1 (п. 5 Правил)",
    Step.training: "проведение обучения и подписание протокола (п. 8 Правил)",
    Step.change_update: "актуализация представленной информации (п. 6 Правил)",
    Step.responsible_update: "уведомление о замене ответственного лица (п. 7 Правил)",
}
# the Registry's columns as a Kazakh letter names them (Russian: engine.transitions.COLUMN_RU)
COLUMN_KK = {
    "service_name": "қызметтің атауы (3-баған)",
    "standard": "стандарт (4-баған)",
    "regulation": "регламент (5-баған)",
    "npa_changes": "НҚА өзгерістері (6-баған)",
    "website": "интернет-ресурс (7-баған)",
}
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь"]


def transport(agency: Any) -> str:
    """The agency's e-document folder when it uses one, else e-mail."""
    return "edoc" if agency.uses_edoc else "smtp"


def request_context(agency: Any, service: Any, appointment_due: dt.date) -> dict[str, Any]:
    """The p.4 request's facts (send_request, and a batch's, gateway.delivery.requests)."""
    return {"service": service, "agency": agency,
            "appointment_due": appointment_due.strftime("%d.%m.%Y")}


def _lookup(conn: Connection, case: Case, ctx: dict[str, Any] | None = None
            ) -> tuple[Any, Any]:
    """The case's agency and service: from the batch's look-up (ctx "agencies", "services",
    gateway.delivery.requests) when it has them, else from the store."""
    ctx = ctx or {}
    agency = ctx.get("agencies", {}).get(case.agency_id) or repo.get_agency(conn, case.agency_id)
    service = ctx.get("services", {}).get((case.registry_number, case.agency_id)) \
        or repo.get_service(conn, case.registry_number, case.agency_id)
    if agency is None or service is None:
        raise LookupError(f"case {case.id}: agency or service missing from the directory")
    return agency, service


@handles("send_request")
def send_request(conn: Connection, case: Case, action: Any, cfg: Config,
                 ctx: dict[str, Any]) -> None:
    from outbound.documents.appendix1 import build_appendix1_request

    agency, service = _lookup(conn, case, ctx)
    today = ctx.get("today") or local_date(now(), cfg.timezone)
    number = allocate_number(conn, cfg)  # the form carries the letter's outgoing number
    form = build_appendix1_request([service], cfg.language, outgoing_number=number, date=today)
    appointment_due = default_calendar().add_working_days(max(today, dt.date.today()), 3)
    queue_message(
        conn, cfg, kind="request", composer="request", case_id=case.id, outgoing_number=number,
        agency_id=agency.agency_id, to=recipients_for(None, agency), transport=transport(agency),
        case=case, agency=agency,
        thread=ctx["threads"].get(case.id) if "threads" in ctx else None,  # a batch's look-up
        context=request_context(agency, service, appointment_due),
        attachments=[(f"prilozhenie-1-{service.registry_number}.docx", form, DOCX)],
    )


@handles("send_reminder")
def send_reminder(conn: Connection, case: Case, action: Any, cfg: Config,
                  ctx: dict[str, Any]) -> None:
    from gateway.engine.deadlines import explain, step_name

    agency, service = _lookup(conn, case)
    deadline = case.deadline(action.step)
    step_text = STEP_RU.get(action.step, str(action.step))
    reason = action.reason_ru or (deadline.reason if deadline else "")
    if cfg.language == "kk" and deadline is not None:  # the letter's language
        step_text = step_name(action.step, "kk")
        reason = explain(deadline, "kk")
    queue_message(
        conn, cfg, kind="reminder", composer="reminder", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency), transport=transport(agency),
        context={"service": service, "agency": agency, "paragraph": action.paragraph,
                 "step_text": step_text, "due": action.due.strftime("%d.%m.%Y"),
                 "reason": reason},
    )


@handles("send_escalation")
def send_escalation(conn: Connection, case: Case, action: Any, cfg: Config,
                    ctx: dict[str, Any]) -> None:
    """p.12: the repeated refusals of one agency, once, with every refusal of the window and
    the requests they answer; a later refusal in the window as an addition to that letter."""
    ref = action.refusal_inbound_id
    if not repo.clock_mark(conn, f"escalation:{action.agency_id}:"
                                 f"{ref if ref is not None else action.month}"):
        return  # the same refusal's letter is queued already
    qc = repo.get_agency(conn, cfg.quality_control_agency)
    agency = repo.get_agency(conn, action.agency_id)
    if qc is None or agency is None:
        record(conn, cfg, kind="operator_attention", case_id=case.id, paragraph="12",
               summary=f"Эскалация не отправлена: в справочнике нет органа "
                       f"{cfg.quality_control_agency!r} (quality_control_agency)")
        return
    if action.addition and ref is not None:
        found = [r for r in repo.refusals_between(conn, action.agency_id, action.until,
                                                  action.until) if r["inbound_id"] == ref]
    elif action.since is not None and action.until is not None:
        found = repo.refusals_between(conn, action.agency_id, action.since, action.until)
    else:  # a calendar month, YYYY-MM
        found = repo.list_refusals(conn, action.agency_id, action.month)
    attachments: list[tuple[str, bytes, str]] = []
    answered: list[tuple[str, bytes, str]] = []  # the requests refused, after the refusals
    said: list[dict[str, Any]] = []  # facts, not phrases: the templates word them (ru, kk)
    requests_attached: set[str] = set()
    for n, ref_row in enumerate(found, start=1):
        row = conn.execute(select(inbound.c.sha256, inbound.c.subject)
                           .where(inbound.c.id == ref_row["inbound_id"])).first()
        if row is None:
            continue
        raw = repo.get_blob(conn, row.sha256) or b""
        attachments.append((f"otkaz-{n}.eml", raw, EML))
        request = _request_refused(conn, raw, ref_row["case_id"], ref_row["inbound_id"])
        said.append({"on": f"{ref_row['on']:%d.%m.%Y}", "subject": row.subject or "",
                     "reason": ref_row["reason"] or "",
                     "request": request.outgoing_number if request is not None else ""})
        if request is not None and request.outgoing_number not in requests_attached:
            requests_attached.add(request.outgoing_number)
            answered.append((f"zapros-{request.outgoing_number.replace('/', '-')}.eml",
                             repo.get_blob(conn, request.sha256) or b"", EML))
    attachments += answered
    repo.mark_escalated(conn, [r["inbound_id"] for r in found if r["inbound_id"] is not None])
    # facts, not phrases: the templates decline the month and say the window (ru and kk)
    context: dict[str, Any] = {"agency": agency, "authority": qc, "refusals": said,
                               "month_mode": cfg.refusal_month}
    if action.since is not None and action.until is not None:
        year, month = action.until.year, action.until.month
        context |= {"since": f"{action.since:%d.%m.%Y}", "until": f"{action.until:%d.%m.%Y}"}
    else:  # an action queued before windows had dates: its month, YYYY-MM
        year, month = (int(x) for x in action.month.split("-"))
    context["month_text"] = f"{MONTHS_RU[month - 1]} {year} года"
    name = "escalation"
    thread: list[str] = []  # the authority never saw our letters to the agency: a thread of its own
    if action.addition:
        cases = [c.id for c in repo.list_cases(conn, agency_id=action.agency_id)]
        first = conn.execute(select(outbox.c.outgoing_number, outbox.c.message_id)
                             .where(outbox.c.kind == "escalation")
                             .where(outbox.c.case_id.in_(cases))
                             .order_by(outbox.c.id.desc()).limit(1)).first()
        name, context["first_number"] = "escalation_addition", first[0] if first else "—"
        thread = [first[1]] if first else []  # an addition answers the escalation it adds to
    queue_message(
        conn, cfg, kind="escalation", composer=name, case_id=case.id,
        agency_id=qc.agency_id, to=list(qc.emails), transport=transport(qc),
        context=context, attachments=attachments, thread=thread,
    )


def _request_refused(conn: Connection, raw: bytes, case_id: str | None,
                     inbound_id: int) -> Any:
    """Our letter a refusal answers: the one its In-Reply-To/References name, else the case's
    latest additional request or p.4 request before it."""
    from email.parser import BytesHeaderParser

    headers = BytesHeaderParser().parsebytes(raw)
    named = " ".join(str(headers.get(h, "")) for h in ("In-Reply-To", "References")).split()
    if named:
        row = conn.execute(select(outbox.c.sha256, outbox.c.outgoing_number)
                           .where(outbox.c.message_id.in_(named[-20:]))
                           .order_by(outbox.c.id.desc()).limit(1)).first()
        if row is not None:
            return row
    if not case_id:
        return None
    arrived = conn.execute(select(inbound.c.received_at)
                           .where(inbound.c.id == inbound_id)).scalar()
    q = (select(outbox.c.sha256, outbox.c.outgoing_number, outbox.c.created_at)
         .where(outbox.c.case_id == case_id)
         .where(outbox.c.kind.in_(("request", "additional_request"))))
    rows = conn.execute(q.order_by(outbox.c.id)).all()
    before = [r for r in rows if arrived is None or r.created_at is None
              or _utc(r.created_at) <= _utc(arrived)]
    chosen = before or rows  # the latest sent before the refusal came (else the latest)
    return chosen[-1] if chosen else None


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


@handles("send_protocol")
def send_protocol(conn: Connection, case: Case, action: Any, cfg: Config,
                  ctx: dict[str, Any]) -> None:
    """p.8: the protocol of acceptance, drafted, to the responsible person to sign."""
    from outbound.documents.protocol import build_protocol

    agency, service = _lookup(conn, case)
    number = allocate_number(conn, cfg)
    document = build_protocol(service, agency, case.responsible, cfg.language,
                              outgoing_number=number)
    name = case.responsible.full_name if case.responsible and case.responsible.full_name else ""
    queue_message(
        conn, cfg, kind="protocol", composer="protocol", case_id=case.id,
        outgoing_number=number, agency_id=agency.agency_id, to=recipients_for(case, agency),
        transport=transport(agency),
        context={"service": service, "agency": agency, "responsible_name": name,
                 "training_due": action.due.strftime("%d.%m.%Y")},
        attachments=[(f"protokol-{service.registry_number}.docx", document, DOCX)],
    )


@handles("send_change_request")
def send_change_request(conn: Connection, case: Case, action: Any, cfg: Config,
                        ctx: dict[str, Any]) -> None:
    """p.6: the Registry shows a change; the responsible person is asked to update."""
    from gateway.engine.transitions import COLUMN_RU

    agency, service = _lookup(conn, case)
    names, other = (COLUMN_KK, "мәліметтер") if cfg.language == "kk" else (COLUMN_RU, "сведения")
    queue_message(
        conn, cfg, kind="change_request", composer="change_request", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency),
        transport=transport(agency),
        context={"service": service, "agency": agency, "due": action.due.strftime("%d.%m.%Y"),
                 "changed": ", ".join(names.get(f, f) for f in action.fields) or other},
    )


def send_questions(conn: Connection, cfg: Config, case: Case, text: str) -> int:
    """p.8: the operator's questions to the responsible person, before training."""
    agency, service = _lookup(conn, case)
    training = case.deadline(Step.training)
    name = case.responsible.full_name if case.responsible and case.responsible.full_name else ""
    return queue_message(
        conn, cfg, kind="questions", composer="questions", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency), auto=False,
        transport=transport(agency),
        context={"service": service, "agency": agency, "questions": text.strip(),
                 "responsible_name": name,
                 "training_due": training.due.strftime("%d.%m.%Y") if training else "—"},
    )


def send_additional_request(conn: Connection, cfg: Config, case: Case, text: str,
                            answer_due: dt.date | None = None) -> int:
    """p.10-11: the contact centre asks the agency for more information on the case's service."""
    agency, service = _lookup(conn, case)
    return queue_message(
        conn, cfg, kind="additional_request", composer="additional_request", case_id=case.id,
        agency_id=agency.agency_id, to=recipients_for(case, agency),
        transport=transport(agency),
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
        to=list(qc.emails), transport=transport(qc),
        context={"agency": agency, "authority": qc, "items": items, "month_text": month_text},
    )
