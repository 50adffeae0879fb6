"""Savepoints run on the driver (gateway.store.prepared.savepoints_on_driver, set by make_engine)
behave as SQLAlchemy's own: a nested transaction released keeps its work, one rolled back drops
it and the outer transaction goes on, nesting works, SQLAlchemy's savepoint events still fire
(the status log drops the lines of a savepoint rolled back), and the statements no longer go
through SQLAlchemy's execution.  SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, insert, select
from sqlalchemy.exc import IntegrityError

from gateway.store.schema import leases

AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _lease(conn, name: str) -> None:  # type: ignore[no-untyped-def]
    conn.execute(insert(leases).values(name=name, holder="me", expires_at=AT))


def _names(engine) -> list[str]:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return sorted(conn.execute(select(leases.c.name)).scalars())


def test_released_kept_rolled_back_dropped_nested(db_engine):
    with db_engine.begin() as conn:
        _lease(conn, "outer")
        with conn.begin_nested():
            _lease(conn, "released")
            with pytest.raises(ZeroDivisionError), conn.begin_nested():
                _lease(conn, "inner-gone")
                raise ZeroDivisionError
            _lease(conn, "after-inner")
        with pytest.raises(ZeroDivisionError), conn.begin_nested():
            _lease(conn, "gone")
            raise ZeroDivisionError
        _lease(conn, "last")
    assert _names(db_engine) == ["after-inner", "last", "outer", "released"]


def test_a_failed_statement_is_undone_by_its_savepoint(db_engine):
    # on PostgreSQL the transaction is aborted until the rollback to the savepoint
    with db_engine.begin() as conn:
        _lease(conn, "first")
        with pytest.raises(IntegrityError), conn.begin_nested():
            _lease(conn, "first")  # the same primary key
        _lease(conn, "second")
    assert _names(db_engine) == ["first", "second"]


def test_on_the_driver_and_the_events_still_fire(db_engine):
    sent: list[str] = []
    fired: list[str] = []

    def seen(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        sent.append(statement)

    event.listen(db_engine, "before_cursor_execute", seen)
    for kind in ("savepoint", "release_savepoint", "rollback_savepoint"):
        event.listen(db_engine, kind, lambda *_, k=kind: fired.append(k))
    with db_engine.begin() as conn:
        with conn.begin_nested():
            _lease(conn, "kept")
        with pytest.raises(ZeroDivisionError), conn.begin_nested():
            raise ZeroDivisionError
    event.remove(db_engine, "before_cursor_execute", seen)
    assert fired == ["savepoint", "release_savepoint", "savepoint", "rollback_savepoint"]
    assert not [s for s in sent if "SAVEPOINT" in s.upper()], sent
    assert any(s.upper().startswith("INSERT INTO LEASES") for s in sent)
    assert _names(db_engine) == ["kept"]


def test_a_rolled_back_savepoint_drops_its_status_log_lines(db_engine, tmp_path):
    from gateway.config import Config
    from gateway.runtime.statuslog import record, watch

    cfg = Config(data_dir=str(tmp_path), database_url=str(db_engine.url))
    watch(db_engine)
    with db_engine.begin() as conn:
        with conn.begin_nested():
            record(conn, cfg, kind="kept", summary="kept")
        with pytest.raises(ZeroDivisionError), conn.begin_nested():
            record(conn, cfg, kind="gone", summary="gone")
            raise ZeroDivisionError
    lines = cfg.status_log_path.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if '"gone"' in line] == []
    assert len([line for line in lines if '"kept"' in line]) == 1
