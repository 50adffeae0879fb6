"""Opening the database: SQLite (WAL, synchronous=FULL, busy_timeout) or PostgreSQL by URL, and
the one switch that makes a block of work read-only (`reading()`).

Why its own module: every command and every worker opens the database the same way, and the
durability settings that make "committed" mean "on disk" must never be forgotten by one of them.

Why `reading()`: on SQLite a writer's transaction begins IMMEDIATE (the write lock at BEGIN, so
two writers queue instead of deadlocking on a lock upgrade), but a reader must never queue
behind the gateway's writes.  Inside `with reading():` every transaction on SQLite begins
DEFERRED with `PRAGMA query_only` on: in WAL mode it reads the last committed snapshot while a
writer works, and a write attempted there fails at once instead of waiting for the lock.  The
board's pages and `gateway status` run inside it.  PostgreSQL's readers never wait for writers
anyway; there the switch changes nothing.
"""

from __future__ import annotations

import contextlib
import contextvars
import random
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import OperationalError

from gateway.store import textsearch
from gateway.store.prepared import savepoints_on_driver

_READING: contextvars.ContextVar[bool] = contextvars.ContextVar("ekc_store_reading",
                                                                default=False)
_QUERY_ONLY = "ekc_query_only"  # on the pooled connection: what PRAGMA query_only is now


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Within the block (this thread or task, and the worker threads it starts with
    Starlette's run_in_threadpool), transactions only read and never wait for a writer."""
    token = _READING.set(True)
    try:
        yield
    finally:
        _READING.reset(token)


def is_reading() -> bool:
    return _READING.get()


BUSY_SECONDS = 30.0  # a writer waits this long for the write lock, then fails


def _begin_immediate(dbapi: Any) -> None:
    """BEGIN IMMEDIATE, waiting for the write lock by trying every millisecond or two.

    Why not SQLite's own busy handler: it sleeps ever longer between tries (up to 100 ms), so
    a writer that commits and begins again at once (the daily pass, one short transaction per
    case) takes the lock back every time and a login waited seconds for a gap it kept
    missing.  Trying often finds the gap between two of its transactions.

    Why on the driver's connection (`dbapi`, sqlite3's) and not through SQLAlchemy: these
    three statements open every write transaction -- the outbox's one per letter, ingest's
    one per batch -- and SQLAlchemy's execution machinery cost several times what SQLite
    takes to run them.  A failure is raised as SQLAlchemy's OperationalError, as before."""
    deadline = time.monotonic() + BUSY_SECONDS
    try:
        dbapi.execute("PRAGMA busy_timeout=0")
        try:
            while True:
                try:
                    dbapi.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        raise
                time.sleep(random.uniform(0.0002, 0.002))
        finally:
            dbapi.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    except sqlite3.Error as exc:
        raise OperationalError("BEGIN IMMEDIATE", None, exc) from exc


@contextlib.contextmanager
def unsynced(engine: Engine, wal_pages: int | None = None) -> Iterator[Connection]:
    """A write transaction whose COMMIT does not wait for the disk: for work that is only
    ever lost together with the work after it (a claim on rows, say: the batch that follows
    commits durably, and a lost claim only frees rows nobody is working on).

    Why that is safe: both databases write their log in order, so the next durable commit
    takes this one to disk too; only a power cut or the database server's own crash before
    that loses it.  Why: the fsync of a claim was a third of a batch's commits' time.  SQLite:
    synchronous=NORMAL on the connection for this transaction (set back to FULL after it, or
    the connection is dropped rather than pooled relaxed); PostgreSQL: SET LOCAL
    synchronous_commit = off.

    `wal_pages` (SQLite): this connection checkpoints the log only once it holds that many
    pages (SQLite's default is 1,000, 4 MB), for work that writes megabytes a transaction (a
    batch of requests: ~3 MB), where a checkpoint and its two fsyncs after nearly every
    commit were 40% of storing the letters; set back after the transaction."""
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        dbapi: Any = conn.connection.dbapi_connection
        if sqlite:
            dbapi.execute("PRAGMA synchronous=NORMAL")
            if wal_pages:
                dbapi.execute(f"PRAGMA wal_autocheckpoint={int(wal_pages)}")
        try:
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                yield conn
        finally:
            if sqlite:
                try:
                    dbapi.execute("PRAGMA synchronous=FULL")
                    if wal_pages:
                        dbapi.execute(f"PRAGMA wal_autocheckpoint={WAL_PAGES}")
                except Exception:  # noqa: BLE001 - never pooled relaxed: dropped instead
                    conn.invalidate()


WAL_PAGES = 1000  # SQLite's own default for wal_autocheckpoint


def make_engine(url: str, *, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        db_path = url.split("///", 1)[-1]
        if db_path and db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, record):  # type: ignore[no-untyped-def]
            # let SQLAlchemy own transactions (pysqlite's implicit BEGIN is off)
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
            # the unindexed search's case folding (gateway.store.textsearch)
            dbapi_conn.create_function("ekc_fold", 1, textsearch.fold, deterministic=True)
            record.info[_QUERY_ONLY] = False

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            read = _READING.get()
            info = conn.connection.info  # the pooled connection's, kept across check-outs
            if info.get(_QUERY_ONLY, False) != read:
                conn.exec_driver_sql(f"PRAGMA query_only={'ON' if read else 'OFF'}")
                info[_QUERY_ONLY] = read
            # a reader: DEFERRED, a snapshot that never waits; a writer: IMMEDIATE, the write
            # lock at BEGIN, so two writers queue instead of deadlocking on an upgrade
            if read:
                conn.exec_driver_sql("BEGIN")
            else:
                _begin_immediate(conn.connection.dbapi_connection)

        if not echo:  # echoed, every statement goes through SQLAlchemy to be logged
            savepoints_on_driver(engine)
        return engine
    engine = create_engine(url, echo=echo, pool_pre_ping=True, connect_args=_pg_guards(url))
    if not echo:
        savepoints_on_driver(engine)
    return engine


# A PostgreSQL that accepts a connection and never answers must not hang a worker: libpq gives
# up connecting after CONNECT_TIMEOUT seconds, and TCP keepalives (and tcp_user_timeout) end a
# connection whose peer went silent, so the pass fails, gives its claims back and is retried.
# What the URL sets itself wins.
CONNECT_TIMEOUT = 10
_GUARDS = {"keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10,
           "keepalives_count": 3, "tcp_user_timeout": 60_000}


def _pg_guards(url: str) -> dict[str, int]:
    given = set(make_url(url).query)
    wanted = {"connect_timeout": CONNECT_TIMEOUT, **_GUARDS}
    return {k: v for k, v in wanted.items() if k not in given}
