"""The status log: every event — what happened, to which case, when, under which paragraph, from
or to which message — as a row of `events` and as one JSON line in <data_dir>/status.log.

Why both: the table is the truth (it commits with the change it describes); the file is what an
operator tails (`gateway log -f`) and what log shippers read.  A line is appended only after its
transaction commits (a rolled-back change never shows up in the file), then flushed; the table,
committed durably, is the record an operator can always rebuild the file from.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event, select

from gateway.runtime.actions import handles
from gateway.store import repo
from gateway.store.schema import events

if TYPE_CHECKING:
    from gateway.config import Config
    from gateway.domain import Case

_PENDING = "ekc_statuslog_pending"
_MARKS = "ekc_statuslog_savepoints"  # per open savepoint: the lines pending when it began
_HOOKED = "_ekc_statuslog_hooked"


def utc(moment: dt.datetime) -> dt.datetime:
    """A stored time as aware UTC (SQLite hands back the naive UTC it was given)."""
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


FIELDS = ("id", "at", "case_id", "kind", "paragraph", "summary", "inbound_id", "outbox_id", "data")


def json_line(row: dict[str, Any]) -> str:
    """One event as the status.log line (and `gateway log --json`): the events table's columns
    in a fixed order, empty ones left out, so the file can be rebuilt byte for byte."""
    out = {k: row[k] for k in FIELDS if row.get(k) not in (None, {}, "")}
    out["at"] = utc(row["at"]).isoformat(timespec="seconds")
    return json.dumps(out, ensure_ascii=False, default=str)


def append_lines(path: Path, lines: list[str]) -> None:
    try:
        fh = open(path, "a", encoding="utf-8")  # noqa: SIM115 - closed below
    except FileNotFoundError:  # the first line ever: its folder is made then, not every time
        path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(path, "a", encoding="utf-8")  # noqa: SIM115
    with fh:
        fh.write("".join(line + "\n" for line in lines))
        fh.flush()  # no fsync: the events table is the durable record, this its mirror


def _write(pending: list[tuple[Path, str]]) -> None:
    by_path: dict[Path, list[str]] = {}
    for path, line in pending:
        by_path.setdefault(path, []).append(line)
    for path, lines in by_path.items():
        with contextlib.suppress(OSError):  # the table holds it; the mirror must not break work
            append_lines(path, lines)


def watch(engine: Engine) -> None:
    """Follow `engine`'s transactions (record() does this on first use; a caller that opens a
    savepoint before its first record() calls it first).

    Lines wait in the connection until its transaction ends: dropped on rollback, written
    once the database has answered COMMIT successfully.  SQLAlchemy's "commit" event fires
    before the COMMIT is sent (and a COMMIT can fail: a deferred constraint, a lost server), so
    the lines are handed at that event to this engine's dialect.do_commit, which writes them
    only after the real commit returns."""
    if getattr(engine, _HOOKED, False):
        return
    staged: dict[int, list[tuple[Path, str]]] = {}  # by the pooled DBAPI connection's id
    dialect = engine.dialect
    do_commit = dialect.do_commit

    def _do_commit(dbapi_connection: Any) -> None:
        try:
            do_commit(dbapi_connection)
        except BaseException:
            staged.pop(id(dbapi_connection), None)
            raise
        lines = staged.pop(id(dbapi_connection), None)
        if lines:
            _write(lines)

    dialect.do_commit = _do_commit  # type: ignore[method-assign]

    @event.listens_for(engine, "commit")
    def _on_commit(conn):  # type: ignore[no-untyped-def]
        pending = conn.info.pop(_PENDING, None)
        conn.info.pop(_MARKS, None)
        if pending:
            staged[id(conn.connection)] = pending

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn):  # type: ignore[no-untyped-def]
        if conn.invalidated:  # the database dropped it: its lines went with its info (and
            return  # reading conn.info would raise, hiding the real error)
        conn.info.pop(_PENDING, None)
        conn.info.pop(_MARKS, None)

    # a savepoint rolled back takes its lines with it (the batch around it still commits);
    # savepoints nest, so a stack of "lines pending when it began" (the event that opens one
    # is told no name yet)
    @event.listens_for(engine, "savepoint")
    def _on_savepoint(conn, name):  # type: ignore[no-untyped-def]
        conn.info.setdefault(_MARKS, []).append(len(conn.info.get(_PENDING, ())))

    @event.listens_for(engine, "rollback_savepoint")
    def _on_rollback_savepoint(conn, name, context):  # type: ignore[no-untyped-def]
        if conn.invalidated:
            return
        marks = conn.info.get(_MARKS)
        if marks:
            mark = marks.pop()
            if _PENDING in conn.info:
                del conn.info[_PENDING][mark:]

    @event.listens_for(engine, "release_savepoint")
    def _on_release_savepoint(conn, name, context):  # type: ignore[no-untyped-def]
        marks = conn.info.get(_MARKS)
        if marks:
            marks.pop()

    setattr(engine, _HOOKED, True)


def record(
    conn: Connection,
    cfg: Config,
    *,
    kind: str,
    summary: str,
    case_id: str | None = None,
    paragraph: str | None = None,
    inbound_id: int | None = None,
    outbox_id: int | None = None,
    data: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write the event in `conn`'s transaction; its JSON line follows the commit."""
    row = repo.insert_event(conn, kind=kind, summary=summary, case_id=case_id,
                            paragraph=paragraph, inbound_id=inbound_id, outbox_id=outbox_id,
                            data=data)
    watch(conn.engine)
    conn.info.setdefault(_PENDING, []).append((cfg.status_log_path, json_line(row)))
    return row


def record_many(conn: Connection, cfg: Config, rows: list[dict[str, Any]]) -> None:
    """Many events at once (an import's batch): one insert, their lines after the commit."""
    written = repo.insert_events(conn, rows)
    watch(conn.engine)
    where = cfg.status_log_path
    conn.info.setdefault(_PENDING, []).extend((where, json_line(row)) for row in written)


def recent(conn: Connection, limit: int = 50, case_id: str | None = None) -> list[dict[str, Any]]:
    q = select(events).order_by(events.c.id.desc()).limit(limit)
    if case_id:
        q = q.where(events.c.case_id == case_id)
    rows = [dict(r) for r in conn.execute(q).mappings()]
    return list(reversed(rows))


# -- action handlers --------------------------------------------------------------------------


@handles("log")
def _log_action(conn: Connection, case: Case, action: Any, cfg: Config,
                ctx: dict[str, Any]) -> None:
    record(conn, cfg, kind=action.kind, summary=action.summary, case_id=case.id,
           paragraph=action.paragraph, inbound_id=ctx.get("inbound_id"), data=action.data)


@handles("notify_operator")
def _notify(conn: Connection, case: Case, action: Any, cfg: Config, ctx: dict[str, Any]) -> None:
    record(conn, cfg, kind="operator_attention", summary=f"Требует внимания оператора: "
           f"{action.reason}", case_id=case.id, inbound_id=ctx.get("inbound_id"))
