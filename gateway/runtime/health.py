"""When each source last worked: an IMAP folder, the e-document folder, the outbox, the clock.

Why a table of its own: the watchdog (gateway.web.watchdog, `gateway status`) must tell a source
that stopped answering from one that merely had nothing to do, across every instance sharing
the database.  The daemon reports each round here — a success (even an idle one) or a failure
with its error; successes are written at most every THROTTLE seconds per source and process,
so a busy loop does not turn into a write per second.  Times are the database's (unless a
caller gives one): the watchdog on one host judges another's silence by the same clock.
"""

from __future__ import annotations

import datetime as dt
import threading

from sqlalchemy import Engine, insert, update
from sqlalchemy.exc import IntegrityError

from gateway.store.dbclock import now_sql
from gateway.store.schema import source_health

THROTTLE = 15.0  # seconds between two recorded successes of one source in one process
_last_written: dict[tuple[int, str], dt.datetime] = {}
_lock = threading.Lock()


def _upsert(engine: Engine, name: str, values: dict[str, object]) -> None:
    with engine.begin() as conn:
        values = {k: (now_sql(conn.dialect.name) if v is None else v) for k, v in values.items()}
        if conn.execute(update(source_health).where(source_health.c.name == name)
                        .values(**values)).rowcount:
            return
    try:
        with engine.begin() as conn:
            conn.execute(insert(source_health).values(name=name, alerted=False, **values))
    except IntegrityError:  # another instance wrote it first
        with engine.begin() as conn:
            conn.execute(update(source_health).where(source_health.c.name == name)
                         .values(**values))


def worked(engine: Engine, name: str, at: dt.datetime | None = None) -> None:
    """Source `name` completed a round (whether or not it found work)."""
    here = at or dt.datetime.now(dt.UTC)  # for the throttle only
    key = (id(engine), name)
    with _lock:
        last = _last_written.get(key)
        if last is not None and (here - last).total_seconds() < THROTTLE:
            return
        _last_written[key] = here
    _upsert(engine, name, {"last_ok_at": at})


def failed(engine: Engine, name: str, error: str, at: dt.datetime | None = None) -> None:
    """Source `name` failed a round with `error` (one line)."""
    with _lock:
        _last_written.pop((id(engine), name), None)  # the next success is written at once
    _upsert(engine, name, {"last_error_at": at, "last_error": error[:500]})


def ensure(engine: Engine, name: str) -> None:
    """A row for `name` (a source configured but never seen working), so it can be marked."""
    try:
        with engine.begin() as conn:
            conn.execute(insert(source_health).values(name=name, alerted=False))
    except IntegrityError:
        pass
