"""What an operator records or sends on a case by hand, for the CLI and the board alike.

Why one place: `gateway case protocol` and the board's protocol form (p.8), `gateway case
answer` (p.10, an answer that came some other way), `gateway report explain` and the board's
explanation form (p.16) must check the same things, log the same event
and change the case the same way; only the words they answer in differ (English on the command
line, Russian or Kazakh on the board), so a refusal is a `ManualRefused` with a code and the
facts, and each front-end words it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import Connection, select, update

from gateway.config import Config
from gateway.domain import AdditionalAnswerReceived, Case, ProtocolSigned, Step
from gateway.engine.casework import apply_to_case
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import outbox, tasks


class ManualRefused(Exception):
    """`code`: no_case | recorded | no_task | not_discrepancy | explained | no_agency |
    not_sent | no_request | answered; `facts` what the front-end needs to say why (a date, a
    cause)."""

    def __init__(self, code: str, **facts: Any) -> None:
        super().__init__(code)
        self.code, self.facts = code, facts


def _by(by: str | None) -> str:
    return f"Оператор {by}: " if by else ""


def record_protocol(conn: Connection, cfg: Config, case_id: str, signed: dt.date,
                    today: dt.date, by: str, file: tuple[str, bytes] | None = None
                    ) -> Case | None:
    """p.8: the protocol of acceptance recorded as signed on `signed` (the file kept with the
    case when given); consulting then starts 5 working days later.  The case as it is now."""
    case = repo.get_case(conn, case_id, for_update=True)
    if case is None:
        raise ManualRefused("no_case")
    training = case.deadline(Step.training)
    if training is not None and training.done_on is not None:
        raise ManualRefused("recorded", signed=training.done_on)
    data: dict[str, object] = {"by": by, "signed": signed.isoformat()}
    if file is not None:
        data |= {"sha256": repo.put_blob(conn, file[1]), "file": file[0]}
    record(conn, cfg, kind="protocol_recorded", case_id=case_id, paragraph="8",
           summary=f"Оператор {by} зарегистрировал подписанный протокол от {signed:%d.%m.%Y}"
                   + (f" (файл {file[0]})" if file else ""),
           data=data)
    return apply_to_case(conn, cfg, case_id, ProtocolSigned(
        key=f"operator:protocol:{case_id}", on=today, protocol_date=signed),
        context={"today": today})


def record_answer(conn: Connection, cfg: Config, case_id: str, to: str, today: dt.date,
                  by: str, file: tuple[str, bytes] | None = None) -> Case | None:
    """p.10-11: the agency's answer to our additional request `to` (its outgoing number, its
    outbox id or its Message-ID), received some way the gateway did not see (a phone call's
    letter, a paper), recorded by an operator: it closes that request's step as a mail or an
    e-document answer would.  The file, when given, is kept with the case."""
    case = repo.get_case(conn, case_id, for_update=True)
    if case is None:
        raise ManualRefused("no_case")
    wanted = to.strip()
    q = (select(outbox.c.id, outbox.c.message_id, outbox.c.outgoing_number)
         .where(outbox.c.case_id == case_id).where(outbox.c.kind == "additional_request"))
    forms = {wanted, f"<{wanted.strip('<>')}>"}
    if "-" in wanted and "/" in wanted:
        head, _, rest = wanted.partition("-")
        forms |= {f"ЕКЦ-{rest}", f"ББО-{rest}"} if head in ("ЕКЦ", "ББО") else set()
    rows = conn.execute(q.order_by(outbox.c.id)).all()
    row = next((r for r in rows if r.outgoing_number in forms or r.message_id in forms
                or (wanted.lstrip("#").isdigit() and r.id == int(wanted.lstrip("#")))), None)
    if row is None:
        raise ManualRefused("no_request", to=wanted)
    step = next((d for d in case.deadlines if d.step == Step.additional_request
                 and d.ref == row.message_id), None)
    if step is not None and step.done_on is not None:
        raise ManualRefused("answered", on=step.done_on)
    data: dict[str, object] = {"by": by, "answers": row.message_id,
                               "outgoing_number": row.outgoing_number}
    if file is not None:
        data |= {"sha256": repo.put_blob(conn, file[1]), "file": file[0]}
    record(conn, cfg, kind="answer_recorded", case_id=case_id, paragraph="10", data=data,
           outbox_id=row.id,
           summary=f"Оператор {by} зарегистрировал ответ на дополнительный запрос исх. № "
                   f"{row.outgoing_number}" + (f" (файл {file[0]})" if file else ""))
    if step is None:  # not yet delivered: nothing waits on it, the answer is on record
        return case
    return apply_to_case(conn, cfg, case_id, AdditionalAnswerReceived(
        key=f"operator:answer:{row.id}", on=today, answers=row.message_id),
        context={"today": today})


def explanation_items(text: str) -> list[str]:
    """One explanation per case of discrepancy: paragraphs separated by a blank line."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _agency(conn: Connection, cfg: Config, given: str | None,
            task: Any) -> str | None:
    """The agency whose figures differ: the one given (its id, or its name in any grammatical
    case), else the one the notice names (read again, in any case, for a task stored before
    names were read so), else None."""
    from gateway.processing.authority import agency_in_text, message_text

    if given:
        if repo.get_agency(conn, given) is not None:
            return given
        return agency_in_text(conn, cfg, given.lower()) or given
    if task["agency_id"]:
        return str(task["agency_id"])
    if task["inbound_id"] is None:
        return None
    from gateway.store.schema import inbound

    sha = conn.execute(select(inbound.c.sha256).where(inbound.c.id == task["inbound_id"])
                       ).scalar()
    raw = repo.get_blob(conn, sha) if sha else None
    return agency_in_text(conn, cfg, message_text(raw)) if raw else None


def explain_discrepancy(conn: Connection, cfg: Config, task_id: int, items: list[str],
                        month: str, today: dt.date, agency_id: str | None = None,
                        by: str | None = None) -> tuple[int, str]:
    """p.16: the explanation of each discrepancy sent at once to the quality-control
    authority, the task closed; (outbox id, agency id)."""
    from gateway.delivery.outbox import NoRecipient
    from gateway.delivery.senders import send_discrepancy
    from outbound.documents.appendix2 import month_words

    words = month_words(month, cfg.language) if re.fullmatch(r"\d{4}-\d{2}", month) else month
    task = conn.execute(select(tasks).where(tasks.c.id == task_id)).mappings().first()
    if task is None:
        raise ManualRefused("no_task")
    if task["kind"] != "discrepancy":
        raise ManualRefused("not_discrepancy")
    if task["done_on"] is not None:
        raise ManualRefused("explained", on=task["done_on"])
    agency_id = _agency(conn, cfg, agency_id, task)
    if not agency_id:
        raise ManualRefused("no_agency")
    try:
        outbox_id = send_discrepancy(conn, cfg, agency_id, items, words)
    except (NoRecipient, LookupError) as exc:
        raise ManualRefused("not_sent", why=str(exc)) from None
    conn.execute(update(tasks).where(tasks.c.id == task_id)
                 .values(done_on=today, agency_id=agency_id))
    data: dict[str, object] = {"task_id": task_id, "agency_id": agency_id, "items": len(items)}
    if by:
        data["by"] = by
    record(conn, cfg, kind="discrepancy_explained", paragraph="16", outbox_id=outbox_id,
           inbound_id=task["inbound_id"], data=data,
           summary=f"{_by(by)}{'п' if by else 'П'}ояснение по расхождению ({agency_id}) "
                   f"направлено в уполномоченный орган: случаев — {len(items)} (п. 16)")
    return outbox_id, agency_id
