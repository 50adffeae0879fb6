"""The p.4 requests of newly registered cases, composed a batch at a time by the outbox pass.

Why not in the import: a request is a letter with its own Appendix 1 form (a DOCX) and a MIME
message; a Registry import of 100,000 services would take far too long in one transaction.
The import opens the cases; this module finds the cases still in `registered` with no request
in the outbox and queues theirs before the outbox sends what is due (a request's facts as
gateway.delivery.senders.send_request gives them, the letter composed by
gateway.delivery.letters).  A case whose request cannot be written (no address in the
directory) is told to the operator once and skipped until the directory changes it (`gateway
agencies import` clears the mark).

Why batches this way: each batch is its own short transaction (at most BATCH requests or
BATCH_SECONDS of work), so a pass cut short keeps every batch it committed and the board's
writers (a login) never queue long behind it; the cases are walked in id order from where the
last batch ended (no rescan of those already queued), and a batch reads its cases' agencies,
services and threads in four queries instead of several per letter (each statement the same
every batch, so compiled once).  Inside a batch the letters are numbered, composed and stored
a chunk at a time (gateway.delivery.composing): a backlog's are composed by worker processes
while this one stores the chunk before, three statements a chunk (outbox.store).
"""

from __future__ import annotations

import datetime as dt
import time
from concurrent.futures import ProcessPoolExecutor
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

from gateway.calendar import default_calendar, local_date
from gateway.config import Config
from gateway.delivery import composing
from gateway.delivery.letters import Order, Stationery
from gateway.delivery.outbox import (
    NUMBER_PREFIX,
    now,
    recipients_for,
    store,
    threads_of,
    usable,
)
from gateway.delivery.senders import request_context, transport
from gateway.domain import Agency, Case, Service
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.engine import unsynced
from gateway.store.schema import agencies, cases, clock_marks, outbox, services

BLOCKED = "request-blocked:"  # clock mark of a case whose request could not be written
BATCH = 200  # requests per transaction at most ...
BATCH_SECONDS = 0.5  # ... and at most this long a transaction
WAL_PAGES = 16384  # SQLite: a checkpoint every 64 MB of letters, not every batch or two


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
                   seconds: float | None = None, batch: int = BATCH,
                   workers: int | None = None) -> int:
    """Queue the waiting p.4 requests -- up to `limit` (None: no limit) and, when given, for
    about `seconds` -- a batch per transaction; how many were queued.

    `workers`: processes composing the letters (gateway.delivery.composing); None: one a core
    but this process's, once a second batch is needed (a first one that is enough needs no
    pool); 0: none, composed here."""
    queued, after, more = 0, "", True
    started = time.monotonic()
    executor = None
    try:
        while more and (limit is None or queued < limit):
            want = batch if limit is None else min(batch, limit - queued)
            done, after, more = _batch(engine, cfg, after, want, executor)
            queued += done
            if seconds is not None and time.monotonic() - started >= seconds:
                break
            if more and executor is None and limit is None:  # a backlog: compose in parallel
                executor = composing.pool(composing.default_workers() if workers is None
                                          else workers)
    except BaseException:
        composing.shutdown()
        raise
    if not more:
        composing.shutdown()  # the backlog is written: the workers would only hold memory
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


def _batch(engine: Engine, cfg: Config, after: str, limit: int,
           executor: ProcessPoolExecutor | None = None) -> tuple[int, str, bool]:
    """One transaction: (requests queued, the last case id dealt with, whether more may wait).

    Its commit does not wait for the disk (store.engine.unsynced): until a letter is sent, a
    batch lost to a power cut is only written again; the sender's durable mark at the dot
    takes every batch before it to disk."""
    with unsynced(engine, wal_pages=WAL_PAGES) as conn:
        q = _waiting(limit, after)
        if conn.dialect.name == "postgresql":
            q = q.with_for_update(of=cases, skip_locked=True)
        found = list(conn.execute(q).scalars())  # each case's data, validated as it is written
        if not found:
            return 0, after, False
        orders, last, notes = _orders(conn, cfg, found)
        year = local_date(now(), cfg.timezone).year
        prefix = NUMBER_PREFIX.get(cfg.language, NUMBER_PREFIX["ru"])

        def numbers(n: int) -> list[str]:
            return [f"{prefix}-{year}/{k}" for k in repo.next_numbers(conn, f"outgoing:{year}", n)]

        queued = 0
        for letters in composing.compose_chunks(
                orders, Stationery.of(cfg, cfg.language), numbers, executor=executor,
                until=time.monotonic() + BATCH_SECONDS):
            store(conn, cfg, letters)
            queued += len(letters)
            for letter in letters:  # addresses left out of a letter that is written
                for note in notes.get(letter.case_id or "", []):
                    record(conn, cfg, kind="operator_attention", case_id=letter.case_id,
                           summary=note)
        rest = composing.left_over(orders)
        if rest:  # the time was up: the cases not reached wait for the next batch
            return queued, orders[queued - 1].case_id or after, True
    return queued, last, len(found) == limit


def _orders(conn: Connection, cfg: Config, found: list[dict[str, Any]]
            ) -> tuple[list[Order], str, dict[str, list[str]]]:
    """The batch's letters to compose, in case order (numbers not yet given), the last case id
    looked at, and per case why an address of its agency is left out (told with its letter);
    a case whose letter cannot be written is told to the operator once."""
    by_agency, service_data = _directory(conn, found)
    services_found: dict[tuple[str, str], Service] = {}
    threads = threads_of(conn, [c["id"] for c in found])
    at = now()
    today = local_date(at, cfg.timezone)
    appointment_due = default_calendar().add_working_days(max(today, dt.date.today()), 3)
    orders: list[Order] = []
    notes: dict[str, list[str]] = {}
    last = ""
    for data in found:
        case = Case.model_validate(data)
        last = case.id
        key = (case.registry_number, case.agency_id)
        if key in service_data and key not in services_found:
            services_found[key] = Service.model_validate(service_data[key])
        agency, service = by_agency.get(case.agency_id), services_found.get(key)
        to, bad = usable(recipients_for(None, agency)) if agency is not None else ([], [])
        if agency is None or service is None or not to:
            why = (f"органа {case.agency_id} или услуги нет в справочнике"
                   if agency is None or service is None else
                   f"в справочнике нет пригодного адреса органа {case.agency_id}")
            if repo.clock_mark(conn, BLOCKED + case.id):
                record(conn, cfg, kind="operator_attention", case_id=case.id, paragraph="4",
                       summary=f"Запрос по п. 4 не сформирован: {why}")
            continue
        if bad:
            notes[case.id] = bad
        orders.append(Order(
            kind="request", name="request", language=cfg.language, number="", to=to, at=at,
            context=request_context(agency, service, appointment_due), case_id=case.id,
            agency_id=agency.agency_id, transport=transport(agency),
            thread=threads.get(case.id, []), appendix1=(service, today)))
    return orders, last, notes


def unblock(conn: Connection) -> None:
    """After the directory changed (in its transaction): try every blocked request again."""
    conn.execute(delete(clock_marks).where(clock_marks.c.key.like(f"{BLOCKED}%")))
