"""A statement kept in gateway.store.prepared writes what SQLAlchemy's own execution writes (JSON,
aware datetimes, NULLs, literal binds), in the caller's transaction, and a driver error comes
out as SQLAlchemy's.  SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import DBAPIError

from gateway.store.prepared import Prepared
from gateway.store.schema import events

COLUMNS = ("at", "case_id", "kind", "paragraph", "summary", "inbound_id", "outbox_id", "data")


def _row(n: int) -> dict[str, object]:
    return dict(at=dt.datetime(2026, 5, 1, 10, 30, 15, 123456, tzinfo=dt.UTC), case_id=None,
                kind=f"k{n}", paragraph="4", summary="Письмо «ё»", inbound_id=None,
                outbox_id=n, data={"message_id": "<a@b>", "n": [1, "ә"]})


def test_it_writes_what_sqlalchemy_writes(db_engine):
    prepared = Prepared(insert(events).returning(events.c.id), COLUMNS)
    with db_engine.begin() as conn:
        mine = prepared.execute(conn, _row(1)).fetchone()[0]
        theirs = conn.execute(insert(events).returning(events.c.id), _row(2)).scalar_one()
        # the same statement again (kept prepared), and an UPDATE with a literal of its own
        again = prepared.execute(conn, _row(3)).fetchone()[0]
        renamed = Prepared(update(events).where(events.c.id == bindparam("row_id"))
                           .values(kind="renamed", data=bindparam("new_data",
                                                                  type_=events.c.data.type)))
        assert renamed.execute(conn, {"row_id": again, "new_data": {"x": None}}).rowcount == 1
    with db_engine.connect() as conn:
        rows = {r["id"]: dict(r) for r in conn.execute(select(events)).mappings()}
        raw = {r[0]: r[1:] for r in conn.execute(
            select(events.c.id, events.c.at.cast(events.c.summary.type),
                   events.c.data.cast(events.c.summary.type)))}
    assert len({mine, theirs, again}) == 3
    for key in ("case_id", "paragraph", "summary", "inbound_id", "data"):
        assert rows[mine][key] == rows[theirs][key], key
    assert rows[mine]["at"].replace(tzinfo=None) == rows[theirs]["at"].replace(tzinfo=None)
    assert raw[mine] == raw[theirs]  # byte for byte as stored: the datetime's text, the JSON
    assert rows[again]["kind"] == "renamed" and rows[again]["data"] == {"x": None}


def test_a_rollback_takes_it_back(db_engine):
    prepared = Prepared(insert(events).returning(events.c.id), COLUMNS)
    with pytest.raises(ZeroDivisionError), db_engine.begin() as conn:
        prepared.execute(conn, _row(4))
        raise ZeroDivisionError
    with db_engine.connect() as conn:
        assert conn.execute(select(events.c.id).where(events.c.kind == "k4")).first() is None


def test_a_driver_error_is_sqlalchemys(db_engine):
    prepared = Prepared(insert(events).returning(events.c.id), COLUMNS)
    with pytest.raises(DBAPIError), db_engine.begin() as conn:
        prepared.execute(conn, _row(5) | {"kind": None})  # NOT NULL
