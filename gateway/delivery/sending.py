"""The outbox's sender: claims due rows, delivers them by SMTP or into the e-document folder, and
records per recipient what the relay said -- each letter exactly once, whatever the database
and the relay do meanwhile.

Why its own module (the outbox queues, this delivers): delivering is where a lost connection
becomes a letter sent twice, so its rules live together:

- A row is claimed with an expiry judged by the database's clock (gateway.store.dbclock), never
  this process's: an instance whose clock runs ahead does not see the others' claims as lapsed.
- Before each letter's final dot its mark (outbox.dot_at, the recipients the relay accepted
  set "unknown") is committed, durably, with its claim renewed, and only if this instance
  still holds it: a letter whose claim lapsed (a relay slow enough to outlast it) is left to
  whoever took it over.
- The relay's answer is committed at once, in one short transaction, before anything else
  goes on the wire: the window in which a SIGKILL leaves a letter in doubt is the dot, the
  250 and that commit, nothing more.
- A letter in doubt (its mark set, no answer recorded: a SIGKILL in that window, a connection
  lost after the dot) is never sent again blindly: gateway.delivery.doubt settles it from the
  journal copy, or holds it for an operator.
- A letter handed to the relay is recorded before anything else may take it: when the
  database drops the connection the outcome is recorded again, on a fresh connection, until it
  holds; if the database stays away, the outcome waits in this process and is recorded first
  at the next pass, its row still claimed by this instance meanwhile.
- A pass that fails gives back the claims of the letters it had not handed over yet, so they
  go at the next pass (this instance's or another's), not when the claims lapse.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
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


# the mark at the dot, and the fence: written and committed before a letter's final dot, only
# while its claim is this instance's (else ClaimLost); the claim renewed with it
_MARK = {dialect: update(outbox).where(outbox.c.id == bindparam("row_id"))
         .where(outbox.c.claimed_by == bindparam("me"))
         .values(dot_at=now_sql(dialect), claimed_until=now_sql(dialect, CLAIM_SECONDS),
                 recipients=bindparam("recipients", type_=outbox.c.recipients.type))
         .returning(outbox.c.dot_at)
         for dialect in ("sqlite", "postgresql")}


class _Recorder:
    """The sender's own connections, for the two writes of each letter: the mark at its dot
    (durable: an fsync, synchronous=FULL on SQLite, synchronous_commit on PostgreSQL) and the
    relay's answer (one short transaction right after the answer, before anything else goes
    on the wire; not fsynced, as a lost answer only falls back to the mark, which the journal
    settles -- and the next mark's fsync makes it durable too).

    Why nothing else runs between the dot and that commit (the earlier design committed a
    letter's answer while the relay answered the next letter's commands): the time from the
    dot to the commit is the window in which a SIGKILL leaves a letter in doubt, and with the
    commit pipelined it was three quarters of the sender's time
    (benchmarks/outbox_window.py).  On PostgreSQL the mark is one statement on a connection
    of its own in autocommit (one round trip), the answers go on a connection whose commits
    are not waited for (synchronous_commit off; never handed back to the pool)."""

    def __init__(self, engine: Engine, cfg: Config, instance: str,
                 stats: DeliverStats) -> None:
        self.engine, self.cfg, self.instance, self.stats = engine, cfg, instance, stats
        self.conn: Connection | None = None  # the answers' (and on SQLite the marks')
        self.marker: Connection | None = None  # PostgreSQL: the marks', in autocommit
        self.synchronous: str | None = None  # SQLite: the connection's setting now
        # a row whose mark failed (it may have committed unseen): its dot was never sent
        self.unsure: dict[str, Any] | None = None

    def _connection(self, durable: bool) -> Connection:
        """The answers' connection; on SQLite also the marks', each commit fsynced
        (`durable`) or only written to the WAL, a setting changed between transactions."""
        if self.conn is None:
            # ours before it is changed: a failure on the way leaves it to drop(), never to
            # the pool with a setting half made
            self.conn, self.synchronous = self.engine.connect(), None
            if self.conn.dialect.name == "postgresql":
                self.conn.exec_driver_sql("SET synchronous_commit = off")
                self.conn.commit()
        if self.conn.dialect.name == "sqlite":
            wanted = "FULL" if durable else "NORMAL"
            if self.synchronous != wanted:
                dbapi = self.conn.connection.dbapi_connection
                assert dbapi is not None
                cursor = dbapi.cursor()
                cursor.execute(f"PRAGMA synchronous={wanted}")
                cursor.close()
                self.synchronous = wanted
        return self.conn

    def _marker(self) -> Connection:
        if self.engine.dialect.name != "postgresql":
            return self._connection(durable=True)
        if self.marker is None:
            self.marker = self.engine.connect()  # ours first, as in _connection
            self.marker.execution_options(isolation_level="AUTOCOMMIT")
        return self.marker

    def mark(self, row: dict[str, Any], accepted: list[str]) -> None:
        """Before the dot: the recipients the relay accepted are in doubt from now on."""
        recipients = dict(row["recipients"]) | {a: "unknown" for a in accepted}
        try:
            conn = self._marker()
            with conn.begin():
                marked = conn.execute(_MARK[conn.dialect.name],
                                      {"row_id": row["id"], "me": self.instance,
                                       "recipients": recipients}).first()
        except BaseException:
            self.unsure = row
            self.drop()
            raise
        if marked is None:
            raise ClaimLost(f"outbox row {row['id']} was taken over by another instance")
        row["dot_at"] = marked[0]

    def settle(self, item: _Outcome) -> None:
        """The relay's answer, committed at once."""
        try:
            conn = self._connection(durable=False)
            with conn.begin():
                for _ in _settle(conn, self.cfg, item.row, item.outcomes, item.at, self.stats):
                    pass
        except BaseException:
            self.drop()
            raise

    def drop(self) -> None:
        """Both connections closed, never handed back to the pool as they are."""
        for conn in (self.conn, self.marker):
            if conn is not None:
                try:
                    conn.invalidate()
                    conn.close()
                except Exception:  # noqa: BLE001 - broken already; it is gone either way
                    log.debug("closing a broken outbox connection", exc_info=True)
        self.conn = self.marker = None

    def close(self) -> None:
        self.drop()


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


_UNMARK = update(outbox).where(outbox.c.id == bindparam("row_id")).where(
    outbox.c.claimed_by == bindparam("me")).values(
    dot_at=None, recipients=bindparam("recipients", type_=outbox.c.recipients.type))


def _unmark(engine: Engine, instance: str, row: dict[str, Any],
            pauses: tuple[float, ...] = (0.2, 0.5, 1.0)) -> None:
    """Take back the mark of a letter whose dot was never sent (its mark's commit failed,
    perhaps after committing); if the database stays away the mark stands and the letter is
    settled as one in doubt (gateway.delivery.doubt), which costs a wait, never a repeat."""
    for pause in (0.0, *pauses):
        time.sleep(pause)
        try:
            with engine.begin() as conn:
                conn.execute(_UNMARK, {"row_id": row["id"], "me": instance,
                                       "recipients": row["recipients"]})
            return
        except Exception as exc:  # noqa: BLE001 - the database dropped us: again after a pause
            log.warning("outbox row %s: its mark could not be taken back yet (%s: %s)",
                        row["id"], type(exc).__name__, exc)


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

    Per letter: its mark at the dot committed, the dot, the relay's answer committed at once
    -- a SIGKILL anywhere leaves at most that one letter in doubt, and its mark says so.  Rows
    in doubt are settled first (gateway.delivery.doubt), never sent again blindly.  When the
    pass fails (the database dropped the connection), what the relay said is recorded (now,
    or first at the next pass) and the claims on the letters not yet sent are given back; the
    error is raised."""
    from gateway.delivery.doubt import CONFIRMED, settle_doubts
    from gateway.delivery.requests import queue_requests
    from outbound.edoc import write_package
    from outbound.smtp import RelaySettings, SmtpSession, Withheld

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
    doubtful = [r for r in rows if r.get("dot_at") is not None]
    if doubtful:
        with engine.begin() as conn:
            confirmed, again = settle_doubts(conn, cfg, instance, doubtful, at)
            for row in confirmed:
                for _ in _settle(conn, cfg, row, {a: ("sent", CONFIRMED) for a, s in
                                                  row["recipients"].items() if s == "unknown"},
                                 at, stats):
                    pass
        again_ids = {r["id"]: r for r in again}
        rows = [again_ids.get(r["id"], r) for r in rows
                if r.get("dot_at") is None or r["id"] in again_ids]
        if not rows:
            return stats
    relay = cfg.smtp_relay
    journal = cfg.journal.address.lower() if cfg.journal else None
    own = session is None
    session = session or SmtpSession(RelaySettings(relay.host, relay.port, relay.starttls,
                                                   relay.username, relay.password(),
                                                   relay.timeout_seconds))
    recorder = _Recorder(engine, cfg, instance, stats)
    answered: _Outcome | None = None  # the relay's answer not yet committed
    recorded: set[int] = set()
    try:
        with engine.connect() as conn:
            blobs_by_hash = repo.get_blobs(conn, {r["sha256"] for r in rows})
        for row in rows:
            stats.attempted += 1
            raw = blobs_by_hash.get(row["sha256"], b"")
            todo = [a for a, s in row["recipients"].items() if s in ("pending", "unknown",
                                                                      "temporary")]
            if row["transport"] == "edoc":
                write_package(cfg.edoc_root, row, raw)
                outcomes = {a: ("sent", "written to the e-document folder") for a in todo}
            else:
                def at_dot(accepted: list[str], row: dict[str, Any] = row) -> None:
                    if journal is not None and journal not in (a.lower() for a in accepted):
                        raise Withheld("the journal recipient was not accepted")
                    ours = [a for a in accepted if a.lower() != journal]
                    if not ours:
                        raise Withheld("no recipient accepted")
                    recorder.mark(row, ours)

                said = session.send(raw, cfg.sender_address,
                                    todo + ([journal] if journal else []), before_dot=at_dot)
                outcomes = {a: (r.outcome, r.detail) for a, r in said.items()
                            if a.lower() != journal}
            answered = _Outcome(row, outcomes, at)
            recorder.settle(answered)
            recorded.add(row["id"])
            answered = None
        recorder.close()
    except ClaimLost as lost:  # another instance has the rest: leave it to them
        log.warning("outbox: %s; this pass stops", lost)
        _after_failure(engine, cfg, instance, rows, recorder, recorded, answered, stats)
    except BaseException:
        _after_failure(engine, cfg, instance, rows, recorder, recorded, answered, stats)
        raise
    finally:
        if own:
            session.close()
    return stats


def _after_failure(engine: Engine, cfg: Config, instance: str, rows: list[dict[str, Any]],
                   recorder: _Recorder, recorded: set[int], answered: _Outcome | None,
                   stats: DeliverStats) -> None:
    """A pass stopped early: record what the relay said about the letter it handed over (or
    leave that for the next pass), give back the claims of the rest."""
    recorder.drop()
    if recorder.unsure is not None:  # its mark may stand, its dot never went: not in doubt
        _unmark(engine, instance, recorder.unsure)
    debts = _debts(engine, instance)
    if answered is not None and not _record(engine, cfg, answered, stats):
        debts.unrecorded.append(answered)
    keep = recorded | ({answered.row["id"]} if answered is not None else set())
    rest = {r["id"] for r in rows} - keep
    if rest and not _release(engine, instance, rest):
        debts.unreleased |= rest
