"""A claim's transaction commits without waiting for the disk (gateway.store.engine.unsynced),
and the connection goes back to the pool durable again: SQLite's synchronous is NORMAL only
inside it, PostgreSQL's synchronous_commit off only for it (SET LOCAL)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from gateway.store.engine import unsynced
from gateway.store.schema import leases


def _setting(conn) -> str:  # type: ignore[no-untyped-def]
    if conn.dialect.name == "sqlite":
        return str(conn.exec_driver_sql("PRAGMA synchronous").scalar())  # 1 NORMAL, 2 FULL
    return str(conn.exec_driver_sql("SHOW synchronous_commit").scalar())


def test_relaxed_inside_durable_after(db_engine):
    durable = "2" if db_engine.dialect.name == "sqlite" else "on"
    relaxed = "1" if db_engine.dialect.name == "sqlite" else "off"
    with db_engine.connect() as conn:
        assert _setting(conn) == durable
    with unsynced(db_engine) as conn:
        assert _setting(conn) == relaxed
    with db_engine.connect() as conn:
        assert _setting(conn) == durable  # the pool's connection is durable again


def test_its_writes_commit_and_a_failure_rolls_back(db_engine):
    import datetime as dt

    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    with unsynced(db_engine) as conn:
        conn.execute(insert(leases).values(name="kept", holder="me", expires_at=at))
    with pytest.raises(ZeroDivisionError), unsynced(db_engine) as conn:
        conn.execute(insert(leases).values(name="gone", holder="me", expires_at=at))
        raise ZeroDivisionError
    with db_engine.connect() as conn:
        assert set(conn.execute(select(leases.c.name)).scalars()) == {"kept"}
        assert _setting(conn) in ("2", "on")
