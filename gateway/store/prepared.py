"""Statements compiled once per dialect and run on the driver's cursor of the caller's
SQLAlchemy connection, in its transaction.

Why: a few statements run once per letter or per message -- the outbox's record of what the
relay said, the status log's row -- and SQLAlchemy's execution machinery (execution context,
result set-up, events) costs several times what the database takes to run them; on a loaded
two-core machine that is most of what the outbox adds to sending.  A statement kept here is
compiled by SQLAlchemy once (its SQL, its bind order, its types' conversions: JSON, datetimes)
and then executed straight on the driver: sqlite3 keeps it prepared in its statement cache,
psycopg prepares it on the server after a few runs.  What SQLAlchemy would do with a driver
error is kept: it is raised as SQLAlchemy's DBAPIError, and a lost connection is invalidated.

Not for general use: statement events (before_cursor_execute) do not see these, and a
statement with an IN list of varying length (an "expanding" bind) cannot be kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import (
    ClauseElement,
    ReleaseSavepointClause,
    RollbackToSavepointClause,
    SavepointClause,
)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # bind names, in the statement's order (positional styles)
    positional: bool
    convert: dict[str, Callable[[Any], Any]]  # the types' bind conversions, by bind name
    fixed: dict[str, Any]  # binds with a value of their own (literals), already converted


class Prepared:
    """One statement, compiled on first use per dialect.  `columns`: for an INSERT or UPDATE
    without values of its own, the columns it writes (their binds take the columns' names and
    types, as SQLAlchemy's own execution would)."""

    def __init__(self, statement: ClauseElement, columns: tuple[str, ...] | None = None) -> None:
        self.statement = statement
        self.columns = columns
        self._by_dialect: dict[str, _Compiled] = {}

    def _compile(self, conn: Connection) -> _Compiled:
        dialect = conn.dialect
        compiled = self.statement.compile(
            dialect=dialect, column_keys=list(self.columns) if self.columns else None)
        assert isinstance(compiled, SQLCompiler)
        convert: dict[str, Callable[[Any], Any]] = {
            k: v for k, v in compiled._bind_processors.items() if callable(v)}
        fixed: dict[str, Any] = {}
        for bind, name in compiled.bind_names.items():
            if not bind.required:
                value = bind.effective_value
                fixed[name] = convert[name](value) if name in convert else value
        positional = bool(compiled.positional)
        names = tuple(compiled.positiontup or ()) if positional else tuple(compiled.binds)
        done = _Compiled(compiled.string, names, positional, convert, fixed)
        self._by_dialect[dialect.name] = done
        return done

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> Any:
        """Run it with `params` (by bind name) in `conn`'s transaction; the driver's cursor
        (rowcount, fetchone for RETURNING)."""
        c = self._by_dialect.get(conn.dialect.name) or self._compile(conn)
        values: dict[str, Any] = dict(c.fixed)
        for name, value in params.items():
            fn = c.convert.get(name)
            values[name] = fn(value) if fn is not None else value
        args: Any = tuple(values[n] for n in c.names) if c.positional else values
        return on_driver(conn, c.sql, args)


def on_driver(conn: Connection, sql: str, args: Any = None) -> Any:
    """`sql` (already in the driver's dialect) run on the driver's cursor of `conn`, in its
    transaction; the cursor.  A driver error is raised as SQLAlchemy's DBAPIError, and a lost
    connection is invalidated, as SQLAlchemy's own execution would."""
    dbapi_conn = conn.connection.dbapi_connection
    assert dbapi_conn is not None
    cursor = dbapi_conn.cursor()
    try:
        if args is None:
            cursor.execute(sql)
        else:
            cursor.execute(sql, args)
    except conn.dialect.loaded_dbapi.Error as exc:
        lost = conn.dialect.is_disconnect(exc, dbapi_conn, cursor)
        if lost:
            conn.invalidate(exc)
        raise DBAPIError.instance(sql, args, exc, conn.dialect.loaded_dbapi.Error,
                                  connection_invalidated=lost, dialect=conn.dialect) from exc
    return cursor


_SAVEPOINT_CLAUSES = {"do_savepoint": SavepointClause, "do_release_savepoint":
                      ReleaseSavepointClause, "do_rollback_to_savepoint":
                      RollbackToSavepointClause}


def savepoints_on_driver(engine: Engine) -> None:
    """SAVEPOINT, RELEASE SAVEPOINT and ROLLBACK TO SAVEPOINT of `engine`'s connections run on
    the driver (the SQL compiled by SQLAlchemy once per savepoint name, then kept).

    Why: processing opens one savepoint a message, and SQLAlchemy compiled each of these
    statements anew every time and ran it through its whole execution (about 70 us a
    savepoint on SQLite, where the database itself takes 1 us).  Only the statements' route
    changes: SQLAlchemy still opens, names, releases and rolls back its nested transactions,
    and fires its savepoint events (the status log's marks hang on them).  Not seen by
    before_cursor_execute listeners (nor echoed), as gateway.store.prepared's statements."""
    dialect = engine.dialect
    for method, clause in _SAVEPOINT_CLAUSES.items():
        setattr(dialect, method, _driver_savepoint(dialect, clause))


_SA_NAME = re.compile(r"sa_savepoint_[0-9]+")  # the names SQLAlchemy gives (never quoted)


def _driver_savepoint(dialect: Any, clause: Any) -> Callable[[Connection, str], None]:
    sample = "sa_savepoint_1"
    head = str(clause(sample).compile(dialect=dialect)).removesuffix(sample)

    def run(conn: Connection, name: str) -> None:
        if _SA_NAME.fullmatch(name):
            on_driver(conn, head + name)
        else:  # a name of the caller's own: quoted as SQLAlchemy quotes it
            on_driver(conn, str(clause(name).compile(dialect=dialect)))

    return run
