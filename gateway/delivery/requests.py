"""The p.4 requests of newly registered cases, composed a batch at a time by the outbox pass.

Why not in the import: a request is a letter with its own Appendix 1 form (a DOCX) and a MIME
message, tens of milliseconds each; a Registry import of 100,000 services would take hours
in one transaction.  The import opens the cases; this module finds the cases still in
`registered` with no request in the outbox and queues theirs (gateway.delivery.senders does
the letter), one transaction per batch, before the outbox sends what is due.  A case whose
request cannot be written (no address in the directory) is told to the operator once and
skipped until the directory changes it (`gateway agencies import` clears the mark).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Select, and_, delete, exists, func, literal, select

from gateway.config import Config
from gateway.domain import Case, SendRequest, Step
from gateway.runtime.actions import handle_actions
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import cases, clock_marks, outbox

BLOCKED = "request-blocked:"  # clock mark of a case whose request could not be written


def _waiting(limit: int) -> Select[tuple[Any]]:
    asked = exists().where(and_(outbox.c.case_id == cases.c.id, outbox.c.kind == "request"))
    blocked = exists().where(clock_marks.c.key == literal(BLOCKED) + cases.c.id)
    return (select(cases.c.data).where(cases.c.state == "registered")
            .where(~asked).where(~blocked).order_by(cases.c.id).limit(limit))


def waiting(conn: Connection) -> int:
    """How many cases wait for their p.4 request to be written (for `gateway status`)."""
    inner = _waiting(10**9).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar() or 0)


def queue_requests(engine: Engine, cfg: Config, limit: int = 50) -> int:
    """Queue up to `limit` waiting p.4 requests in one transaction; how many were queued."""
    from gateway.delivery.outbox import NoRecipient

    queued = 0
    with engine.begin() as conn:
        q = _waiting(limit)
        if conn.dialect.name == "postgresql":
            q = q.with_for_update(of=cases, skip_locked=True)
        for data in conn.execute(q).scalars():
            case = Case.model_validate(data)
            step = case.deadline(Step.request)
            due = step.due if step is not None else case.registered_on
            try:
                with conn.begin_nested():
                    handle_actions(conn, case, [SendRequest(case_id=case.id, due=due)], cfg)
                queued += 1
            except (NoRecipient, LookupError) as exc:
                why = (f"в справочнике нет пригодного адреса органа {case.agency_id}"
                       if isinstance(exc, NoRecipient) else
                       f"органа {case.agency_id} или услуги нет в справочнике")
                if repo.clock_mark(conn, BLOCKED + case.id):
                    record(conn, cfg, kind="operator_attention", case_id=case.id, paragraph="4",
                           summary=f"Запрос по п. 4 не сформирован: {why}")
    return queued


def unblock(conn: Connection) -> None:
    """After the directory changed (in its transaction): try every blocked request again."""
    conn.execute(delete(clock_marks).where(clock_marks.c.key.like(f"{BLOCKED}%")))
