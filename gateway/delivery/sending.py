"""The outbox's sender: claims due rows, delivers them by SMTP or into the e-document folder, and
records per recipient what the relay said -- each letter exactly once, whatever the database
and the relay do meanwhile.

Why its own module (the outbox queues, this delivers): delivering is where a lost connection
becomes a letter sent twice, so its rules live together:

- A row is claimed with an expiry judged by the database's clock (gateway.store.dbclock), never
  this process's: an instance whose clock runs ahead does not see the others' claims as lapsed.
- Before each letter's final dot its claim is renewed, in the transaction that records the
  previous letter's outcome, and only if this instance still holds it: a letter whose claim
  lapsed (a relay slow enough to outlast it) is left to whoever took it over.
- A letter handed to the relay is recorded before anything else may take it: when the
  database drops the connection the outcome is recorded again, on a fresh connection, until it
  holds; if the database stays away, the outcome waits in this process and is recorded first
  at the next pass, its row still claimed by this instance meanwhile.
- A pass that fails gives back the claims of the letters it had not handed over yet, so they
  go at the next pass (this instance's or another's), not when the claims lapse.

A crash of the process itself (SIGKILL) still leaves at most the one letter on the wire
unrecorded; it goes again under its stored Message-ID, which the receiver can tell.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, update

from gateway.config import Config
from gateway.delivery.outbox import now
from gateway.delivery.outcomes import DeliverStats
from gateway.delivery.outcomes import settle as _settle
from gateway.runtime.leases import claim, release_claims
from gateway.store import repo
from gateway.store.dbclock import now_sql
from gateway.store.prepared import Prepared
from gateway.store.schema import outbox

log = logging.getLogger(__name__)

CLAIM_SECONDS = 300
REQUEST_SECONDS = 10.0  # each pass writes new cases' p.4 requests for about this long
# an outcome the database refused is recorded again after these pauses (seconds) within the
# pass, each on a fresh connection, before it is left for the next pass
RECORD_PAUSES = (0.2, 0.5, 1.0, 2.0, 4.0)


class ClaimLost(Exception):
    """The next letter's claim is no longer this instance's: another instance took it over."""


@dataclass
class _Outcome:
    """What the relay said about one letter, to be recorded."""

    row: dict[str, Any]
    outcomes: dict[str, tuple[str, str]]
    at: dt.datetime


@dataclass
class _Debts:
    """What a failed pass of this instance left to do before anything else: outcomes the
    database did not take, claims it did not give back."""

    unrecorded: list[_Outcome] = field(default_factory=list)
    unreleased: set[int] = field(default_factory=set)
    claim_failed: bool = False  # a claim may have committed unseen: give back all of ours


_DEBTS: dict[tuple[str, str], _Debts] = {}
_DEBTS_LOCK = threading.Lock()


def _debts(engine: Engine, instance: str) -> _Debts:
    with _DEBTS_LOCK:
        return _DEBTS.setdefault((str(engine.url), instance), _Debts())


def pending_debts(engine: Engine, instance: str) -> tuple[int, int]:
    """(outcomes not yet recorded, claims not yet given back) by this process for `instance`."""
    debts = _debts(engine, instance)
    return len(debts.unrecorded), len(debts.unreleased) + debts.claim_failed


def _claim(engine: Engine, instance: str, limit: int, at: dt.datetime) -> list[dict[str, Any]]:
    """Due rows (by the outbox's clock, `at`) that nobody holds (by the database's)."""
    return claim(engine, outbox, instance, limit,
                 outbox.c.status.in_(("pending", "unknown")), outbox.c.next_attempt_at <= at,
                 seconds=CLAIM_SECONDS)


# the fence: the next letter's claim renewed (by the database's clock) only while it is ours
_RENEW = {dialect: Prepared(update(outbox).where(outbox.c.id == bindparam("row_id"))
                           .where(outbox.c.claimed_by == bindparam("me"))
                           .values(claimed_until=now_sql(dialect, CLAIM_SECONDS)))
          for dialect in ("sqlite", "postgresql")}


class _Settler:
    """Commits delivery outcomes, one transaction per message, in the sender's own thread but
    in the time the relay takes to answer the next message's MAIL, RCPT and DATA
    (SmtpSession's `idle` hook), so the commit costs the wire almost nothing.  The same
    transaction renews the next message's claim, if it is still ours (else ClaimLost).

    Why not a helper thread (the earlier design): the commit is mostly Python, and two threads
    of one interpreter take turns (the GIL); the hand-overs cost more than the waits they hid.

    Before the next message's final dot, whatever is left of the previous outcome is done
    (committed() raises if it failed, and `failed` keeps the outcome), so the next message
    never goes out while the previous one's outcome is unknown to the database.  Durability:
    a committed outcome survives the gateway's crash (SIGKILL included); only the database
    server's own crash or a power cut may lose the last few (SQLite synchronous=NORMAL,
    PostgreSQL synchronous_commit=off, on this connection only).  What is lost then is only the
    "sent" mark: the message goes again under its stored Message-ID, which the receiver can
    tell -- the fsync per message this saves is most of a message's cost on the wire."""

    def __init__(self, engine: Engine, cfg: Config, instance: str,
                 stats: DeliverStats) -> None:
        self.engine, self.cfg, self.instance, self.stats = engine, cfg, instance, stats
        self.conn: Connection | None = None
        self.steps: Iterator[None] | None = None
        self.pending: _Outcome | None = None
        self.failed: _Outcome | None = None  # an outcome whose commit failed
        self.recorded: set[int] = set()  # rows whose outcome is committed
        self.error: Exception | None = None

    def _connection(self) -> Connection:
        if self.conn is None:
            conn = self.engine.connect()
            dbapi = conn.connection.dbapi_connection
            assert dbapi is not None
            if conn.dialect.name == "sqlite":  # a connection setting, not a transaction's
                cursor = dbapi.cursor()
                cursor.execute("PRAGMA synchronous=NORMAL")
                cursor.close()
            elif conn.dialect.name == "postgresql":
                cursor = dbapi.cursor()
                cursor.execute("SET synchronous_commit = off")
                cursor.close()
                dbapi.commit()
            self.conn = conn
        return self.conn

    def _steps(self, item: _Outcome, next_id: int | None) -> Iterator[None]:
        conn = self._connection()
        renewed = True
        with conn.begin():
            yield from _settle(conn, self.cfg, item.row, item.outcomes, item.at, self.stats)
            if next_id is not None:
                renewed = bool(_RENEW[conn.dialect.name].execute(
                    conn, {"row_id": next_id, "me": self.instance}).rowcount)
            yield  # the COMMIT at the next wait
        self.recorded.add(item.row["id"])
        self.pending = None
        if not renewed:
            raise ClaimLost(f"outbox row {next_id} was taken over by another instance")

    def submit(self, item: _Outcome, next_id: int | None) -> None:
        self.committed()
        self.pending = item
        self.steps = self._steps(item, next_id)

    def step(self) -> None:
        """The next step of the pending outcome, if any (the sender's idle hook); never
        raises: a failure is kept for committed()."""
        if self.steps is None:
            return
        try:
            next(self.steps)
        except StopIteration:
            self.steps = None
        except Exception as exc:  # noqa: BLE001 - handed to committed(), raised there
            self.steps, self.error = None, exc
            if self.pending is not None:  # the outcome itself was not committed
                self.failed, self.pending = self.pending, None
                self._drop_connection()

    def committed(self) -> None:
        """Return once the previous outcome is committed (raise if its commit failed, or if
        the next message's claim was lost)."""
        while self.steps is not None:
            self.step()
        error, self.error = self.error, None
        if error is not None:
            raise error

    def _drop_connection(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                conn.invalidate()  # never hand the relaxed connection back to the pool
                conn.close()
            except Exception:  # noqa: BLE001 - it is broken already; it is gone either way
                log.debug("closing a broken outbox connection", exc_info=True)

    def close(self) -> None:
        try:
            self.committed()
        finally:
            self.steps = None
            self._drop_connection()


def _record(engine: Engine, cfg: Config, item: _Outcome, stats: DeliverStats,
            pauses: tuple[float, ...] | None = None) -> bool:
    """Record one outcome on a fresh connection, again after each pause (RECORD_PAUSES) while
    the database refuses; True once it is committed."""
    for pause in (0.0, *(RECORD_PAUSES if pauses is None else pauses)):
        time.sleep(pause)
        counted = DeliverStats()
        try:
            with engine.begin() as conn:
                for _ in _settle(conn, cfg, item.row, item.outcomes, item.at, counted):
                    pass
        except Exception as exc:  # noqa: BLE001 - the database dropped us: again after a pause
            log.warning("outbox row %s: its outcome could not be recorded yet (%s: %s)",
                        item.row["id"], type(exc).__name__, exc)
            continue
        for name in ("sent", "retrying", "failed"):
            setattr(stats, name, getattr(stats, name) + getattr(counted, name))
        return True
    return False


def _release(engine: Engine, instance: str, ids: set[int],
             pauses: tuple[float, ...] = (0.2, 0.5, 1.0)) -> bool:
    """Give back this instance's claims on `ids`; True once done."""
    for pause in (0.0, *pauses):
        time.sleep(pause)
        try:
            release_claims(engine, outbox, instance, sorted(ids))
            return True
        except Exception as exc:  # noqa: BLE001 - the database dropped us: again after a pause
            log.warning("outbox: %d claims could not be given back yet (%s: %s)", len(ids),
                        type(exc).__name__, exc)
    return False


def _pay_debts(engine: Engine, cfg: Config, instance: str, stats: DeliverStats) -> None:
    """What an earlier failed pass left: its outcomes recorded, its claims given back.  Raises
    while the database still refuses (nothing new is claimed before they are done)."""
    debts = _debts(engine, instance)
    while debts.unrecorded:
        if not _record(engine, cfg, debts.unrecorded[0], stats, pauses=()):
            raise ConnectionError("the outbox's earlier outcomes cannot be recorded yet")
        debts.unrecorded.pop(0)
    if debts.unreleased or debts.claim_failed:
        try:
            release_claims(engine, outbox, instance,
                           None if debts.claim_failed else sorted(debts.unreleased),
                           keep={o.row["id"] for o in debts.unrecorded})
        except Exception as exc:
            raise ConnectionError("the outbox's earlier claims cannot be given back yet"
                                  ) from exc
        debts.unreleased.clear()
        debts.claim_failed = False


def deliver_due(engine: Engine, cfg: Config, instance: str = "local",
                at: dt.datetime | None = None, session: Any = None) -> DeliverStats:
    """Deliver every due outbox row (one relay connection for the batch).

    Each outcome is committed before the next message's final dot goes on the wire, so a crash
    resends at most one message (under its stored Message-ID); the commit runs while the
    relay answers the next message's MAIL, RCPT and DATA.  When the pass fails (the database
    dropped the connection), what the relay said is recorded (now, or first at the next pass)
    and the claims on the letters not yet sent are given back; the error is raised."""
    from gateway.delivery.requests import queue_requests
    from outbound.edoc import write_package
    from outbound.smtp import RelaySettings, SmtpSession

    stats = DeliverStats()
    _pay_debts(engine, cfg, instance, stats)
    # new cases' p.4 requests first: a few seconds' worth per pass, committed batch by batch
    queue_requests(engine, cfg, None, seconds=REQUEST_SECONDS)
    at = at or now()  # after queueing: the requests just queued are due in this pass
    try:
        rows = _claim(engine, instance, cfg.smtp_relay.batch_size, at)
    except BaseException:
        _debts(engine, instance).claim_failed = True
        raise
    if not rows:
        return stats
    relay = cfg.smtp_relay
    own = session is None
    session = session or SmtpSession(RelaySettings(relay.host, relay.port, relay.starttls,
                                                   relay.username, relay.password(),
                                                   relay.timeout_seconds))
    settler = _Settler(engine, cfg, instance, stats)
    answered: _Outcome | None = None  # the relay's answer not yet handed to the settler
    try:
        with engine.connect() as conn:
            blobs_by_hash = repo.get_blobs(conn, {r["sha256"] for r in rows})
        for n, row in enumerate(rows):
            stats.attempted += 1
            raw = blobs_by_hash.get(row["sha256"], b"")
            todo = [a for a, s in row["recipients"].items() if s in ("pending", "unknown",
                                                                      "temporary")]
            if row["transport"] == "edoc":
                settler.committed()
                write_package(cfg.edoc_root, row, raw)
                outcomes = {a: ("sent", "written to the e-document folder") for a in todo}
            else:
                outcomes = {a: (r.outcome, r.detail) for a, r in
                            session.send(raw, cfg.sender_address, todo,
                                         before_dot=settler.committed,
                                         idle=settler.step).items()}
            answered = _Outcome(row, outcomes, at)
            settler.submit(answered, rows[n + 1]["id"] if n + 1 < len(rows) else None)
            answered = None
        settler.close()
    except ClaimLost as lost:  # another instance has the rest: leave it to them
        log.warning("outbox: %s; this pass stops", lost)
        _after_failure(engine, cfg, instance, rows, settler, answered, stats)
    except BaseException:
        _after_failure(engine, cfg, instance, rows, settler, answered, stats)
        raise
    finally:
        if own:
            session.close()
    return stats


def _after_failure(engine: Engine, cfg: Config, instance: str, rows: list[dict[str, Any]],
                   settler: _Settler, answered: _Outcome | None, stats: DeliverStats) -> None:
    """A pass stopped early: record what the relay said about the letters it handed over (or
    leave that for the next pass), give back the claims of the rest."""
    settler.steps = None
    if settler.pending is not None and settler.failed is None:
        settler.failed, settler.pending = settler.pending, None
    settler._drop_connection()
    owed = [o for o in (settler.failed, answered) if o is not None
            and o.row["id"] not in settler.recorded]
    debts = _debts(engine, instance)
    for item in owed:
        if not _record(engine, cfg, item, stats):
            debts.unrecorded.append(item)
    keep = settler.recorded | {o.row["id"] for o in owed}
    rest = {r["id"] for r in rows} - keep
    if rest and not _release(engine, instance, rest):
        debts.unreleased |= rest


