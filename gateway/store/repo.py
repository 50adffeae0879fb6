"""Repository functions over the tables: values of gateway.domain in, values out.

Why functions taking a Connection: the caller owns the transaction, so a case change, its
status-log rows and its outbox rows commit together or not at all (one transaction per inbound
message, per clock tick of a case, per import).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, delete, func, insert, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError

from gateway.domain import Agency, Case, Service
from gateway.store.prepared import Prepared
from gateway.store.schema import (
    agencies,
    agency_addresses,
    blobs,
    cases,
    clock_marks,
    counters,
    events,
    open_steps,
    refusals,
    services,
)


def _wall_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# the store's sense of "now" (event stamps, updated_at); a simulation (gateway demo) replaces
# it for the length of its run, through gateway.delivery.outbox.simulated
CLOCK = _wall_clock


def now() -> dt.datetime:
    return CLOCK()


@contextlib.contextmanager
def simulated(clock: Callable[[], dt.datetime]) -> Iterator[None]:
    """Within the block, the store's now is `clock`: what is logged is stamped with it."""
    global CLOCK
    saved, CLOCK = CLOCK, clock
    try:
        yield
    finally:
        CLOCK = saved


# -- agencies ---------------------------------------------------------------------------------


def upsert_agency(conn: Connection, agency: Agency) -> bool:
    """Insert or update; True when something changed."""
    data = agency.model_dump(mode="json")
    row = conn.execute(select(agencies.c.data).where(agencies.c.agency_id == agency.agency_id))
    old = row.scalar_one_or_none()
    if old is None:
        conn.execute(insert(agencies).values(agency_id=agency.agency_id, kind=str(agency.kind),
                                             data=data, bin=agency.bin or None))
    elif old == data:
        return False
    else:
        conn.execute(update(agencies).where(agencies.c.agency_id == agency.agency_id)
                     .values(kind=str(agency.kind), data=data, bin=agency.bin or None))
    index_addresses(conn, agency)
    return True


def index_addresses(conn: Connection, agency: Agency) -> None:
    """The agency's rows of agency_addresses, anew (its addresses and domains as they are)."""
    conn.execute(delete(agency_addresses).where(agency_addresses.c.agency_id == agency.agency_id))
    rows = [{"kind": kind, "address": value.strip().lower(), "agency_id": agency.agency_id}
            for kind, values in (("email", agency.emails), ("domain", agency.domains))
            for value in dict.fromkeys(v.strip().lower() for v in values if v.strip())]
    if rows:
        conn.execute(insert(agency_addresses), rows)


def get_agency(conn: Connection, agency_id: str) -> Agency | None:
    row = conn.execute(select(agencies.c.data).where(agencies.c.agency_id == agency_id))
    data = row.scalar_one_or_none()
    return Agency.model_validate(data) if data is not None else None


def agencies_by_bin(conn: Connection, bin_: str) -> list[Agency]:
    """The agencies the directory gives this BIN (one, normally)."""
    if not bin_:
        return []
    rows = conn.execute(select(agencies.c.data).where(agencies.c.bin == bin_)
                        .order_by(agencies.c.agency_id)).scalars()
    return [Agency.model_validate(d) for d in rows]


def list_agencies(conn: Connection) -> list[Agency]:
    rows = conn.execute(select(agencies.c.data).order_by(agencies.c.agency_id)).scalars()
    return [Agency.model_validate(d) for d in rows]


# built once: it runs for every inbound message.  An exact address first, then the sender's
# domain or a parent of it; among several agencies, the first by id.
_AGENCY_BY_ADDRESS = (
    select(agencies.c.data)
    .join(agency_addresses, agency_addresses.c.agency_id == agencies.c.agency_id)
    .where(or_(and_(agency_addresses.c.kind == "email",
                    agency_addresses.c.address == bindparam("address")),
               and_(agency_addresses.c.kind == "domain",
                    agency_addresses.c.address.in_(bindparam("domains", expanding=True)))))
    .order_by(case((agency_addresses.c.kind == "email", 0), else_=1), agencies.c.agency_id)
    .limit(1))


def agency_for_address(conn: Connection, address: str) -> Agency | None:
    """The agency whose official address, or sender domain (subdomains too), `address` is."""
    address = address.strip().lower()
    if address.count("@") != 1:
        return None
    labels = address.rsplit("@", 1)[1].split(".")
    domains = [".".join(labels[i:]) for i in range(len(labels)) if labels[i]]
    data = conn.execute(_AGENCY_BY_ADDRESS, {"address": address,
                                             "domains": domains or [""]}).scalar()
    return Agency.model_validate(data) if data is not None else None


# -- services and cases -----------------------------------------------------------------------


def get_service(conn: Connection, registry_number: str, agency_id: str) -> Service | None:
    row = conn.execute(select(services.c.data).where(services.c.registry_number == registry_number)
                       .where(services.c.agency_id == agency_id)).scalar_one_or_none()
    return Service.model_validate(row) if row is not None else None


def search_name(service: Service) -> str:
    """The service's names folded for a case-blind search (SQLite's lower() folds only ASCII)."""
    return f"{service.name_ru} {service.name_kk}".casefold()


def upsert_service(conn: Connection, service: Service) -> str:
    """'new', 'changed' or 'unchanged'."""
    data = service.model_dump(mode="json")
    old = get_service(conn, service.registry_number, service.agency_id)
    if old is None:
        conn.execute(insert(services).values(registry_number=service.registry_number,
                                             agency_id=service.agency_id, data=data,
                                             search_name=search_name(service)))
        return "new"
    if old.model_dump(mode="json") == data:
        return "unchanged"
    conn.execute(update(services).where(services.c.registry_number == service.registry_number)
                 .where(services.c.agency_id == service.agency_id)
                 .values(data=data, search_name=search_name(service)))
    return "changed"


def services_data(conn: Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """Every stored service's data by (registry number, agency): one read for a whole import."""
    q = select(services.c.registry_number, services.c.agency_id, services.c.data)
    return {(r, a): d for r, a, d in conn.execute(q)}


def insert_services(conn: Connection, new: list[Service]) -> None:
    """Insert new services in one statement (an import's batch)."""
    if new:
        conn.execute(insert(services), [
            {"registry_number": s.registry_number, "agency_id": s.agency_id,
             "data": s.model_dump(mode="json"), "search_name": search_name(s)} for s in new])


def case_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(cases.c.id)).scalars())


def insert_cases(conn: Connection, new: list[dict[str, Any]]) -> None:
    """Insert new cases, given as their stored data (Case.model_dump(mode="json")), in one
    statement (an import's batch)."""
    if new:
        at = now()
        conn.execute(insert(cases), [
            {"id": d["id"], "registry_number": d["registry_number"], "agency_id": d["agency_id"],
             "state": d["state"], "data": d, "updated_at": at, "next_due": _next_due(d)}
            for d in new])
        steps = [row for d in new for row in _open_steps(d["id"], d)]
        if steps:
            conn.execute(insert(open_steps), steps)


def _open_steps(case_id: str, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The `open_steps` rows of a stored case (its JSON): each step not done, with its due date."""
    return [{"case_id": case_id, "n": n, "paragraph": str(d.get("paragraph") or ""),
             "due": dt.date.fromisoformat(d["due"])}
            for n, d in enumerate(data.get("deadlines") or ()) if not d.get("done_on")]


def _next_due(data: dict[str, Any]) -> dt.date | None:
    """The earliest due date among a stored case's open steps (`cases.next_due`, the board's
    "overdue" in SQL), read from its JSON as `save_case` reads it from the Case."""
    return min((dt.date.fromisoformat(d["due"]) for d in data.get("deadlines") or ()
                if not d.get("done_on")), default=None)


def list_services(conn: Connection, agency_id: str | None = None) -> list[Service]:
    q = select(services.c.data).order_by(services.c.agency_id, services.c.registry_number)
    if agency_id:
        q = q.where(services.c.agency_id == agency_id)
    return [Service.model_validate(d) for d in conn.execute(q).scalars()]


def get_case(conn: Connection, case_id: str, *, for_update: bool = False) -> Case | None:
    q = select(cases.c.data).where(cases.c.id == case_id)
    if for_update and conn.dialect.name == "postgresql":
        q = q.with_for_update()
    data = conn.execute(q).scalar_one_or_none()
    return Case.model_validate(data) if data is not None else None


def save_case(conn: Connection, case: Case) -> None:
    values = dict(registry_number=case.registry_number, agency_id=case.agency_id,
                  state=str(case.state), data=case.model_dump(mode="json"), updated_at=now(),
                  next_due=min((d.due for d in case.deadlines if d.done_on is None),
                               default=None))
    if conn.execute(update(cases).where(cases.c.id == case.id).values(**values)).rowcount == 0:
        conn.execute(insert(cases).values(id=case.id, **values))
    # the open steps anew, when they changed (most saves leave them as they were)
    steps = [{"case_id": case.id, "n": n, "paragraph": str(d.paragraph), "due": d.due}
             for n, d in enumerate(case.deadlines) if d.done_on is None]
    have = conn.execute(select(open_steps.c.n, open_steps.c.paragraph, open_steps.c.due)
                        .where(open_steps.c.case_id == case.id).order_by(open_steps.c.n)).all()
    if [(r["n"], r["paragraph"], r["due"]) for r in steps] != [tuple(h) for h in have]:
        conn.execute(delete(open_steps).where(open_steps.c.case_id == case.id))
        if steps:
            conn.execute(insert(open_steps), steps)


def list_cases(conn: Connection, *, state: str | None = None,
               agency_id: str | None = None) -> list[Case]:
    q = select(cases.c.data).order_by(cases.c.id)
    if state:
        q = q.where(cases.c.state == state)
    if agency_id:
        q = q.where(cases.c.agency_id == agency_id)
    return [Case.model_validate(d) for d in conn.execute(q).scalars()]


def cases_for_agency(conn: Connection, agency_id: str) -> list[Case]:
    return list_cases(conn, agency_id=agency_id)


def cases_for_registry(conn: Connection, registry_number: str) -> list[Case]:
    q = select(cases.c.data).where(cases.c.registry_number == registry_number)
    return [Case.model_validate(d) for d in conn.execute(q).scalars()]


def count_overdue(conn: Connection, today: dt.date) -> int:
    """Cases with a step still open past its due date (`next_due` is the earliest open one)."""
    return int(conn.execute(select(func.count()).select_from(cases)
                            .where(cases.c.next_due < today)).scalar_one())


def count_flagged(conn: Connection) -> int:
    """Cases with something an operator must look at (a non-empty `flags` list)."""
    flags = func.coalesce(cases.c.data["flags"].as_string(), "[]")
    return int(conn.execute(select(func.count()).select_from(cases)
                            .where(flags != "[]")).scalar_one())


def overdue_by_paragraph(conn: Connection, today: dt.date) -> dict[str, int]:
    """Open steps past their due date, counted per paragraph of the Rules (in SQL, by index)."""
    q = (select(open_steps.c.paragraph, func.count()).where(open_steps.c.due < today)
         .group_by(open_steps.c.paragraph))
    return dict(sorted(((p, int(n)) for p, n in conn.execute(q)),
                       key=lambda kv: (len(kv[0]), kv[0])))


def count_cases_by_state(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(cases.c.state, func.count()).group_by(cases.c.state))
    return {state: n for state, n in rows}


# -- blobs ------------------------------------------------------------------------------------


def put_blob(conn: Connection, content: bytes) -> str:
    """Store bytes once, by SHA-256; returns the hash."""
    digest = hashlib.sha256(content).hexdigest()
    dialect = conn.dialect.name
    if dialect in _UPSERT:  # one statement: stored unless those bytes are there already
        conn.execute(_UPSERT[dialect], {"sha256": digest, "size": len(content),
                                        "content": content})
        return digest
    exists = conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == digest)).first()
    if exists is None:
        conn.execute(insert(blobs).values(sha256=digest, size=len(content), content=content))
    return digest


_UPSERT = {"sqlite": sqlite_insert(blobs).on_conflict_do_nothing(index_elements=["sha256"]),
           "postgresql": pg_insert(blobs).on_conflict_do_nothing(index_elements=["sha256"])}


def put_blobs(conn: Connection, contents: list[bytes],
              digests: list[str] | None = None) -> list[str]:
    """put_blob for many (a batch of letters): one executemany; their hashes, in order
    (`digests`: the SHA-256 of each, already computed where the bytes were made)."""
    if not digests or len(digests) != len(contents) or not all(digests):
        digests = [hashlib.sha256(content).hexdigest() for content in contents]
    dialect = conn.dialect.name
    if dialect not in _UPSERT:
        for content in contents:
            put_blob(conn, content)
        return digests
    fresh = {d: c for d, c in zip(digests, contents, strict=True)}  # once each
    conn.execute(_UPSERT[dialect], [{"sha256": d, "size": len(c), "content": c}
                                    for d, c in fresh.items()])
    return digests


def get_blobs(conn: Connection, digests: set[str]) -> dict[str, bytes]:
    """Several blobs in one query (those stored); a batch's messages, say."""
    if not digests:
        return {}
    q = select(blobs.c.sha256, blobs.c.content).where(blobs.c.sha256.in_(digests))
    return {d: bytes(c) for d, c in conn.execute(q)}


def get_blob(conn: Connection, digest: str) -> bytes | None:
    row = conn.execute(select(blobs.c.content).where(blobs.c.sha256 == digest)).first()
    return bytes(row[0]) if row is not None else None


# -- events, refusals, counters ---------------------------------------------------------------


# built once and run on the driver (gateway.store.prepared): every status-log line goes through
# it, and building it per call, or SQLAlchemy's execution of it, cost more than the insert
_INSERT_EVENT = Prepared(insert(events).returning(events.c.id),
                         ("at", "case_id", "kind", "paragraph", "summary", "inbound_id",
                          "outbox_id", "data"))


def insert_event(conn: Connection, *, kind: str, summary: str, case_id: str | None = None,
                 paragraph: str | None = None, inbound_id: int | None = None,
                 outbox_id: int | None = None, data: dict[str, Any] | None = None,
                 at: dt.datetime | None = None) -> dict[str, Any]:
    row = dict(at=at or now(), case_id=case_id, kind=kind, paragraph=paragraph, summary=summary,
               inbound_id=inbound_id, outbox_id=outbox_id, data=data or {})
    row["id"] = _INSERT_EVENT.execute(conn, row).fetchone()[0]
    return row


def insert_events(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert many events in one statement; the rows come back with their ids."""
    if not rows:
        return []
    at = now()
    full = [dict(at=r.get("at") or at, case_id=r.get("case_id"), kind=r["kind"],
                 paragraph=r.get("paragraph"), summary=r["summary"],
                 inbound_id=r.get("inbound_id"), outbox_id=r.get("outbox_id"),
                 data=r.get("data") or {}) for r in rows]
    ids = conn.execute(insert(events).returning(events.c.id, sort_by_parameter_order=True),
                       full).scalars().all()
    for row, new_id in zip(full, ids, strict=True):
        row["id"] = new_id
    return full


def add_refusal(conn: Connection, *, agency_id: str, case_id: str | None, on: dt.date,
                inbound_id: int | None, reason: str | None) -> None:
    try:
        with conn.begin_nested():
            conn.execute(insert(refusals).values(agency_id=agency_id, case_id=case_id, on=on,
                                                 inbound_id=inbound_id, reason=reason))
    except IntegrityError:  # the same message again
        pass


def count_refusals(conn: Connection, agency_id: str, month: str) -> int:
    """Refusals of `agency_id` in calendar month YYYY-MM, counted once per message."""
    year, mon = (int(x) for x in month.split("-"))
    first = dt.date(year, mon, 1)
    nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    q = (select(func.count(func.distinct(refusals.c.inbound_id)))
         .where(refusals.c.agency_id == agency_id)
         .where(refusals.c.on >= first).where(refusals.c.on < nxt))
    return int(conn.execute(q).scalar_one())


def list_refusals(conn: Connection, agency_id: str, month: str) -> list[dict[str, Any]]:
    year, mon = (int(x) for x in month.split("-"))
    first = dt.date(year, mon, 1)
    nxt = dt.date(year + (mon == 12), mon % 12 + 1, 1)
    q = (select(refusals).where(refusals.c.agency_id == agency_id)
         .where(refusals.c.on >= first).where(refusals.c.on < nxt).order_by(refusals.c.id))
    return [dict(r) for r in conn.execute(q).mappings()]


def refusals_between(conn: Connection, agency_id: str, first: dt.date, last: dt.date
                     ) -> list[dict[str, Any]]:
    """The agency's counted refusals dated `first`..`last` (both included), oldest first."""
    q = (select(refusals).where(refusals.c.agency_id == agency_id)
         .where(refusals.c.on >= first).where(refusals.c.on <= last)
         .order_by(refusals.c.on, refusals.c.id))
    return [dict(r) for r in conn.execute(q).mappings()]


def mark_escalated(conn: Connection, inbound_ids: list[int]) -> None:
    """p.12: these refusals are in a letter to the quality-control authority now."""
    if inbound_ids:
        conn.execute(update(refusals).where(refusals.c.inbound_id.in_(inbound_ids))
                     .values(escalated=True))


def next_number(conn: Connection, name: str) -> int:
    """The next value of counter `name`, inside the caller's transaction (row-locked on PG):
    one UPDATE ... RETURNING (a batch of requests takes thousands)."""
    value = conn.execute(_NEXT_NUMBER, {"counter": name}).scalar_one_or_none()
    if value is None:
        try:
            with conn.begin_nested():
                conn.execute(insert(counters).values(name=name, value=1))
            return 1
        except IntegrityError:
            return next_number(conn, name)
    return int(value)


_NEXT_NUMBER = (update(counters).where(counters.c.name == bindparam("counter"))
                .values(value=counters.c.value + 1).returning(counters.c.value))


def next_numbers(conn: Connection, name: str, count: int) -> list[int]:
    """The next `count` values of counter `name` (next_number for a batch): one UPDATE."""
    if count <= 0:
        return []
    if count == 1:
        return [next_number(conn, name)]
    top = conn.execute(_NEXT_NUMBERS, {"counter": name, "count": count}).scalar_one_or_none()
    if top is None:  # the counter's first use
        first = next_number(conn, name)
        return [first, *next_numbers(conn, name, count - 1)]
    return list(range(int(top) - count + 1, int(top) + 1))


_NEXT_NUMBERS = (update(counters).where(counters.c.name == bindparam("counter"))
                 .values(value=counters.c.value + bindparam("count"))
                 .returning(counters.c.value))


def next_outgoing_number(conn: Connection, year: int, prefix: str = "ЕКЦ") -> str:
    """Our outgoing registration number: <prefix>-<year>/<n> (ЕКЦ in Russian letters, ББО in
    Kazakh ones); one counter a year whatever the prefix, so a number is ours once."""
    return f"{prefix}-{year}/{next_number(conn, f'outgoing:{year}')}"


def clock_mark_at(conn: Connection, key: str, at: dt.datetime) -> bool:
    """clock_mark with the moment to record (e.g. the simulated day)."""
    try:
        with conn.begin_nested():
            conn.execute(insert(clock_marks).values(key=key, at=at))
        return True
    except IntegrityError:
        return False


def clock_mark(conn: Connection, key: str) -> bool:
    """Insert-if-absent in the caller's transaction: True for the first caller ever, False when
    `key` is already marked (committed by another transaction, or earlier in this one).  On
    PostgreSQL a concurrent transaction holding the same key makes this wait for its outcome."""
    try:
        with conn.begin_nested():
            conn.execute(insert(clock_marks).values(key=key, at=now()))
        return True
    except IntegrityError:
        return False
