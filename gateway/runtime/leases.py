"""Who does what when several gateway instances share one database.

Why: a mailbox folder must be polled by one instance at a time (two pollers would race to flag
and move the same messages), and the clock's work must be done once, not once per instance.
A lease is a row (`leases`) naming its holder and an expiry; the holder renews it while alive;
when it lapses (the holder died or hung) another instance takes it over.  `instances` keeps a
heartbeat per process so `gateway status` can say who is alive and what each holds.

Works the same on SQLite (one writer at a time, BEGIN IMMEDIATE) and PostgreSQL (the UPDATE's
WHERE clause is the compare-and-set; the INSERT's primary key settles a race to create).

One clock decides: the database's (gateway.store.dbclock).  Every expiry -- a lease's, a work
row's claim, an instance's heartbeat -- is written and judged in SQL against the server's time,
never against this process's, so an instance whose clock is an hour ahead does not see the
others' fresh claims as lapsed.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from typing import Any

from sqlalchemy import Engine, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from gateway.store.dbclock import db_now, now_sql
from gateway.store.engine import unsynced
from gateway.store.schema import instances, leases


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; everything we store is UTC
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def default_instance_name(configured: str = "") -> str:
    return configured or f"{socket.gethostname()}:{os.getpid()}"


def dead_here(holder: str) -> bool:
    """True when `holder` is a process of this host ("host:pid") that no longer exists: its
    lease need not lapse first (a restart after SIGKILL takes over at once)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def dead_claimants(conn: Any, table: Any, *conditions: Any) -> list[str]:
    """Holders of unexpired claims on those rows of `table` that match `conditions` that are
    dead processes of this host.  (A claim asks only of the rows it may take: the pending
    ones, found by their index, not every row the table ever held.)"""
    q = (select(table.c.claimed_by).distinct().where(*conditions)
         .where(table.c.claimed_by.is_not(None))
         .where(table.c.claimed_until >= now_sql(conn.dialect.name)))
    return [h for h in conn.execute(q).scalars() if dead_here(h)]


def claim(engine: Engine, table: Any, instance: str, limit: int,
          *conditions: Any, seconds: float = 300) -> list[dict[str, Any]]:
    """Claim up to `limit` rows of a work table (inbound, outbox) that match `conditions` and
    that nobody holds (no claim, an expired one, or a dead local holder's): one transaction,
    FOR UPDATE SKIP LOCKED on PostgreSQL so instances never take the same row.  Expiry is the
    database's clock's: the claim lapses `seconds` after the server's now.  Its commit does
    not wait for the disk (gateway.store.engine.unsynced): the work that follows commits
    durably, and takes the claim to disk with it."""
    with unsynced(engine) as conn:
        dialect = conn.dialect.name
        q = (select(table).where(*conditions)
             .where(or_(table.c.claimed_until.is_(None),
                        table.c.claimed_until < now_sql(dialect),
                        table.c.claimed_by.in_(dead_claimants(conn, table, *conditions))))
             .order_by(table.c.id).limit(limit))
        if dialect == "postgresql":
            q = q.with_for_update(skip_locked=True)
        rows = [dict(r) for r in conn.execute(q).mappings()]
        if rows:
            conn.execute(update(table).where(table.c.id.in_([r["id"] for r in rows]))
                         .values(claimed_by=instance,
                                 claimed_until=now_sql(dialect, seconds)))
    return rows


def release_claims(engine: Engine, table: Any, instance: str, ids: list[int] | None,
                   keep: set[int] | None = None) -> int:
    """Give back this instance's claims on rows `ids` (a pass that failed before their turn),
    so another pass may take them at once instead of when the claims lapse; how many.

    `ids=None`: every claim this instance holds on `table` but those in `keep` -- after a
    claim whose commit may have happened unseen (the connection cut at COMMIT).  Only for
    the worker that is this instance's one claimant of `table` (instance names are unique,
    as leases already require)."""
    if ids is not None and not ids:
        return 0
    stmt = update(table).where(table.c.claimed_by == instance)
    if ids is not None:
        stmt = stmt.where(table.c.id.in_(ids))
    if keep:
        stmt = stmt.where(table.c.id.not_in(sorted(keep)))
    with engine.begin() as conn:
        return int(conn.execute(stmt.values(claimed_by=None, claimed_until=None)).rowcount)


def acquire(engine: Engine, name: str, holder: str, ttl_seconds: float) -> bool:
    """Take or renew lease `name` for `holder`; True when `holder` now holds it.  The lease
    runs `ttl_seconds` from the database's now, and lapses by the database's clock."""
    with engine.begin() as conn:
        now = db_now(conn)
        until = now + dt.timedelta(seconds=ttl_seconds)
        current = conn.execute(select(leases.c.holder).where(leases.c.name == name)).scalar()
        takeover = current is not None and current != holder and dead_here(current)
        result = conn.execute(
            update(leases)
            .where(leases.c.name == name)
            .where((leases.c.holder == holder) | (leases.c.expires_at < now)
                   | (leases.c.holder == (current if takeover else holder)))
            .values(holder=holder, expires_at=until)
        )
        if result.rowcount:
            return True
        exists = conn.execute(select(leases.c.holder).where(leases.c.name == name)).first()
        if exists is not None:
            return False
    try:
        with engine.begin() as conn:
            conn.execute(insert(leases).values(name=name, holder=holder, expires_at=until))
        return True
    except IntegrityError:  # another instance created it first
        return False


def release(engine: Engine, name: str, holder: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(leases).where(leases.c.name == name).where(leases.c.holder == holder))


def release_all(engine: Engine, holder: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(leases).where(leases.c.holder == holder))


def held(engine: Engine) -> list[dict[str, Any]]:
    """Every lease, with whether it is still live (by the database's clock)."""
    with engine.connect() as conn:
        now = db_now(conn)
        rows = conn.execute(select(leases).order_by(leases.c.name)).mappings().all()
    return [
        {**dict(r), "expires_at": _aware(r["expires_at"]), "live": _aware(r["expires_at"]) >= now}
        for r in rows
    ]


def heartbeat(
    engine: Engine, name: str, *, did_work: bool = False, info: dict[str, Any] | None = None
) -> None:
    """Record that instance `name` is alive (and, if `did_work`, that it just did some work),
    at the database's time."""
    with engine.begin() as conn:
        now = db_now(conn)
        values: dict[str, Any] = {"heartbeat_at": now}
        if did_work:
            values["last_work_at"] = now
        if info is not None:
            values["info"] = info
        stmt = update(instances).where(instances.c.name == name).values(**values)
        if conn.execute(stmt).rowcount:
            return
    try:
        with engine.begin() as conn:
            now = db_now(conn)
            conn.execute(
                insert(instances).values(
                    name=name,
                    started_at=now,
                    heartbeat_at=now,
                    last_work_at=now if did_work else None,
                    info=info or {},
                )
            )
    except IntegrityError:
        heartbeat(engine, name, did_work=did_work, info=info)


def forget_instance(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(instances).where(instances.c.name == name))


def alive_instances(engine: Engine, stale_after_seconds: float = 60.0) -> list[dict[str, Any]]:
    """Instances with their heartbeat age, the leases each holds, and when each last worked
    (ages by the database's clock)."""
    with engine.connect() as conn:
        now = db_now(conn)
        rows = conn.execute(select(instances).order_by(instances.c.name)).mappings().all()
    by_holder: dict[str, list[str]] = {}
    for lease in held(engine):
        if lease["live"]:
            by_holder.setdefault(lease["holder"], []).append(lease["name"])
    out = []
    for r in rows:
        beat = _aware(r["heartbeat_at"])
        age = (now - beat).total_seconds()
        worked = _aware(r["last_work_at"]).isoformat() if r["last_work_at"] else None
        out.append(
            {
                "name": r["name"],
                "started_at": _aware(r["started_at"]).isoformat(),
                "heartbeat_at": beat.isoformat(),
                "last_work_at": worked,
                "alive": age <= stale_after_seconds,
                "holds": by_holder.get(r["name"], []),
                "info": r["info"] or {},
            }
        )
    return out
