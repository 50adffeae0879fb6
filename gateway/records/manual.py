"""What an operator records or sends by hand, for the CLI and the board alike: the signed
protocol and the training questions (p.8), an additional request (p.10-11), the explanation of
a discrepancy (p.16), a letter sent again, a quarantined letter released or rejected.

Why one place: `gateway case protocol|ask|answer`, `gateway questions send`, `gateway report
explain`, `gateway task done`, `gateway outbox retry`, `gateway quarantine release|reject` and
the board's forms must check the same things, log the same event and change the store the same
way (the board once queued p.8 questions on a case whose training was done, which the CLI
refused); only the words they answer in differ (English on the command line, Russian or Kazakh
on the board), so a refusal is a `ManualRefused` with a code and the facts, and each front-end
words it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import Connection, Engine, select, update

from gateway.config import Config
from gateway.domain import AdditionalAnswerReceived, Case, ProtocolSigned, Step
from gateway.engine.casework import apply_to_case
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import outbox, tasks


class ManualRefused(Exception):
    """`code`: no_case | recorded | no_task | not_discrepancy | explained | no_agency |
    not_sent | no_to | no_request | answered | empty_text | trained | no_letter |
    not_quarantined | changed | empty_reason | task_done | is_discrepancy; `facts` what the
    front-end needs to say why (a date, a cause)."""

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
    wanted = to.strip()
    if not wanted:
        raise ManualRefused("no_to")
    case = repo.get_case(conn, case_id, for_update=True)
    if case is None:
        raise ManualRefused("no_case", case=case_id)
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


def task_done(conn: Connection, cfg: Config, task_id: int, day: dt.date, by: str) -> None:
    """p.15: the authority's training request recorded done on `day` (a discrepancy is done
    only by sending its explanation, `explain_discrepancy`)."""
    task = conn.execute(select(tasks).where(tasks.c.id == task_id)).mappings().first()
    if task is None:
        raise ManualRefused("no_task", id=task_id)
    if task["done_on"] is not None:
        raise ManualRefused("task_done", id=task_id, on=task["done_on"])
    if task["kind"] == "discrepancy":
        raise ManualRefused("is_discrepancy", id=task_id)
    conn.execute(update(tasks).where(tasks.c.id == task_id).values(done_on=day))
    record(conn, cfg, kind="task_done", paragraph=task["paragraph"],
           inbound_id=task["inbound_id"], data={"task_id": task_id, "by": by},
           summary=f"Задача #{task_id} выполнена {day:%d.%m.%Y} ({by}): "
                   f"обучение сотрудников уполномоченного органа проведено (п. 15)")


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


def send_questions(conn: Connection, cfg: Config, case_id: str, text: str, by: str) -> int:
    """p.8: the operator's questions to the responsible person, before the training (refused
    once the protocol is signed: then it is an additional request, p.10); the outbox id."""
    from gateway.delivery.outbox import NoRecipient
    from gateway.delivery.senders import send_questions as queue_questions

    if not text.strip():
        raise ManualRefused("empty_text")
    case = repo.get_case(conn, case_id, for_update=True)
    if case is None:
        raise ManualRefused("no_case", case=case_id)
    training = case.deadline(Step.training)
    if training is not None and training.done_on is not None:
        raise ManualRefused("trained", case=case_id, on=training.done_on)
    try:
        outbox_id = queue_questions(conn, cfg, case, text)
    except (NoRecipient, LookupError) as exc:
        raise ManualRefused("not_sent", why=str(exc)) from None
    record(conn, cfg, kind="operator_questions", case_id=case_id, paragraph="8",
           outbox_id=outbox_id, data={"by": by},
           summary=f"Оператор {by} отправил вопросы к обучению (исходящее #{outbox_id})")
    return outbox_id


def send_additional_request(conn: Connection, cfg: Config, case_id: str, text: str,
                            today: dt.date, by: str) -> tuple[int, dt.date]:
    """p.10-11: an additional request to the case's responsible person, its answer asked
    within 5 working days (tracked as its own step once delivered); (outbox id, answer due)."""
    from gateway.calendar import default_calendar
    from gateway.delivery.outbox import NoRecipient
    from gateway.delivery.senders import send_additional_request as queue_request

    if not text.strip():
        raise ManualRefused("empty_text")
    answer_due = default_calendar().add_working_days(today, 5)
    case = repo.get_case(conn, case_id, for_update=True)
    if case is None:
        raise ManualRefused("no_case", case=case_id)
    try:
        outbox_id = queue_request(conn, cfg, case, text, answer_due)
    except (NoRecipient, LookupError) as exc:
        raise ManualRefused("not_sent", why=str(exc)) from None
    record(conn, cfg, kind="operator_additional_request", case_id=case_id, paragraph="10",
           outbox_id=outbox_id, data={"by": by},
           summary=f"Оператор {by} направил дополнительный запрос (исходящее #{outbox_id}), "
                   f"ответ до {answer_due:%d.%m.%Y}")
    return outbox_id, answer_due


def retry_letter(engine: Engine, cfg: Config, outbox_id: int, by: str) -> str:
    """An outbox letter sent again now (same Message-ID; recipients that accepted it are not
    sent to again), logged with who asked: "queued" or "sent" (nothing left to send)."""
    from gateway.delivery.outbox import retry_now

    said = retry_now(engine, outbox_id)
    if said == "missing":
        raise ManualRefused("no_letter", id=outbox_id)
    with engine.begin() as conn:
        record(conn, cfg, kind="operator_retry", outbox_id=outbox_id,
               data={"by": by, "outcome": said},
               summary=f"Оператор {by} повторил отправку письма #{outbox_id} ({said})")
    return said


def release_letter(engine: Engine, cfg: Config, inbound_id: int, by: str,
                   case: str | None = None, reason: str = "") -> None:
    """A quarantined letter processed again, trusted by the operator's word (routed to `case`
    when given): gateway.processing.decisions.release, its refusal as a code."""
    from gateway.processing.decisions import DecisionError, release

    try:
        release(engine, cfg, inbound_id, by, case or None, reason)
    except DecisionError as exc:
        raise ManualRefused(exc.code, **exc.facts) from None


def reject_letter(engine: Engine, cfg: Config, inbound_id: int, by: str, reason: str) -> None:
    """A quarantined letter set aside for good (it stays stored), with the reason."""
    from gateway.processing.decisions import DecisionError, reject

    try:
        reject(engine, cfg, inbound_id, by, reason)
    except DecisionError as exc:
        raise ManualRefused(exc.code, **exc.facts) from None
