"""The p.4 requests of newly registered cases, composed a batch at a time by the outbox pass.

Why not in the import: a request is a letter with its own Appendix 1 form (a DOCX) and a MIME
message; a Registry import of 100,000 services would take far too long in one transaction.
The import opens the cases; this module finds the cases still in `registered` with no request
in the outbox and queues theirs (gateway.delivery.senders does the letter) before the outbox
sends what is due.  A case whose request cannot be written (no address in the directory) is
told to the operator once and skipped until the directory changes it (`gateway agencies
import` clears the mark).

Why batches this way: each batch is its own short transaction (at most BATCH requests or
BATCH_SECONDS of work), so a pass cut short keeps every batch it committed and the board's
writers (a login) never queue long behind it; the cases are walked in id order from where the
last batch ended (no rescan of those already queued), and a batch reads its cases' agencies,
services and threads in four queries instead of several per letter (each statement the same
every batch, so compiled once).
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Select,
    and_,
    bindparam,
    delete,
    exists,
    func,
    literal,
    select,
)

from gateway.config import Config
from gateway.domain import Agency, Case, SendRequest, Service, Step
from gateway.runtime.actions import handle_actions
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import agencies, cases, clock_marks, outbox, services

BLOCKED = "request-blocked:"  # clock mark of a case whose request could not be written
BATCH = 50  # requests per transaction at most ...
BATCH_SECONDS = 0.5  # ... and at most this long a transaction


def _waiting(limit: int, after: str = "") -> Select[tuple[Any]]:
    asked = exists().where(and_(outbox.c.case_id == cases.c.id, outbox.c.kind == "request"))
    blocked = exists().where(clock_marks.c.key == literal(BLOCKED) + cases.c.id)
    q = (select(cases.c.data).where(cases.c.state == "registered")
         .where(~asked).where(~blocked).order_by(cases.c.id).limit(limit))
    return q.where(cases.c.id > after) if after else q


def waiting(conn: Connection) -> int:
    """How many cases wait for their p.4 request to be written (for `gateway status`)."""
    inner = _waiting(10**9).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar() or 0)


def queue_requests(engine: Engine, cfg: Config, limit: int | None = 50, *,
                   seconds: float | None = None, batch: int = BATCH) -> int:
    """Queue the waiting p.4 requests — up to `limit` (None: no limit) and, when given, for
    about `seconds` — a batch per transaction; how many were queued."""
    queued, after = 0, ""
    started = time.monotonic()
    while limit is None or queued < limit:
        want = batch if limit is None else min(batch, limit - queued)
        done, after, more = _batch(engine, cfg, after, want)
        queued += done
        if not more or (seconds is not None and time.monotonic() - started >= seconds):
            break
    return queued


def _directory(conn: Connection, found: list[dict[str, Any]]
               ) -> tuple[dict[str, Agency], dict[tuple[str, str], dict[str, Any]]]:
    """The batch's agencies and services' data, two queries for the lot (the same statement
    every batch: the lists are expanding parameters, so it is compiled once)."""
    ids = sorted({c["agency_id"] for c in found})
    keys = {(c["registry_number"], c["agency_id"]) for c in found}
    by_agency = {a: Agency.model_validate(d) for a, d in conn.execute(
        _AGENCIES, {"ids": ids})}
    # the primary key searched with each number and each agency; the pairs kept here
    rows = conn.execute(_SERVICES, {"numbers": sorted({r for r, _ in keys}), "ids": ids})
    return by_agency, {(r, a): d for r, a, d in rows if (r, a) in keys}


_AGENCIES = select(agencies.c.agency_id, agencies.c.data).where(
    agencies.c.agency_id.in_(bindparam("ids", expanding=True)))
_SERVICES = select(services.c.registry_number, services.c.agency_id, services.c.data).where(
    services.c.registry_number.in_(bindparam("numbers", expanding=True)),
    services.c.agency_id.in_(bindparam("ids", expanding=True)))


def _batch(engine: Engine, cfg: Config, after: str, limit: int) -> tuple[int, str, bool]:
    """One transaction: (requests queued, the last case id looked at, whether more may wait)."""
    from gateway.delivery.outbox import NoRecipient, threads_of

    queued = 0
    last = after
    with engine.begin() as conn:
        q = _waiting(limit, after)
        if conn.dialect.name == "postgresql":
            q = q.with_for_update(of=cases, skip_locked=True)
        found = list(conn.execute(q).scalars())  # each case's data, validated as it is written
        if not found:
            return 0, after, False
        by_agency, service_data = _directory(conn, found)
        services_found: dict[tuple[str, str], Service] = {}
        context = {"agencies": by_agency, "services": services_found,
                   "threads": threads_of(conn, [c["id"] for c in found])}
        started = time.monotonic()
        for data in found:
            case = Case.model_validate(data)
            last = case.id
            key = (case.registry_number, case.agency_id)
            if key in service_data and key not in services_found:
                services_found[key] = Service.model_validate(service_data[key])
            step = case.deadline(Step.request)
            due = step.due if step is not None else case.registered_on
            try:
                with conn.begin_nested():
                    handle_actions(conn, case, [SendRequest(case_id=case.id, due=due)], cfg,
                                   context)
                queued += 1
            except (NoRecipient, LookupError) as exc:
                why = (f"в справочнике нет пригодного адреса органа {case.agency_id}"
                       if isinstance(exc, NoRecipient) else
                       f"органа {case.agency_id} или услуги нет в справочнике")
                if repo.clock_mark(conn, BLOCKED + case.id):
                    record(conn, cfg, kind="operator_attention", case_id=case.id, paragraph="4",
                           summary=f"Запрос по п. 4 не сформирован: {why}")
            if time.monotonic() - started >= BATCH_SECONDS:
                return queued, last, True  # commit: a short transaction, the rest next
    return queued, last, len(found) == limit


def unblock(conn: Connection) -> None:
    """After the directory changed (in its transaction): try every blocked request again."""
    conn.execute(delete(clock_marks).where(clock_marks.c.key.like(f"{BLOCKED}%")))
