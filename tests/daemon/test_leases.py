"""Leases and instance heartbeats on SQLite and PostgreSQL: one holder at a time, taken over
when the holder's lease lapses."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from gateway.runtime import leases
from gateway.store.schema import leases as leases_table


def test_one_holder_at_a_time(db_engine):
    assert leases.acquire(db_engine, "imap:main/INBOX", "a", 30)
    assert not leases.acquire(db_engine, "imap:main/INBOX", "b", 30)
    assert leases.acquire(db_engine, "imap:main/INBOX", "a", 30)  # renewal
    assert [x["holder"] for x in leases.held(db_engine)] == ["a"]


def test_lapsed_lease_is_taken_over(db_engine):
    assert leases.acquire(db_engine, "clock", "a", 30)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    with db_engine.begin() as conn:
        conn.execute(update(leases_table).values(expires_at=past))
    assert leases.acquire(db_engine, "clock", "b", 30)
    assert not leases.acquire(db_engine, "clock", "a", 30)


def test_release_frees_for_others(db_engine):
    assert leases.acquire(db_engine, "edoc", "a", 30)
    leases.release_all(db_engine, "a")
    assert leases.acquire(db_engine, "edoc", "b", 30)


def test_instances_show_what_they_hold(db_engine):
    leases.heartbeat(db_engine, "a", info={"pid": 1})
    leases.heartbeat(db_engine, "b", did_work=True)
    leases.acquire(db_engine, "clock", "b", 30)
    rows = {r["name"]: r for r in leases.alive_instances(db_engine)}
    assert rows["a"]["alive"] and rows["a"]["last_work_at"] is None and rows["a"]["holds"] == []
    assert rows["b"]["holds"] == ["clock"] and rows["b"]["last_work_at"] is not None


def test_a_dead_local_holder_is_taken_over_at_once(db_engine):
    import socket
    import subprocess

    proc = subprocess.Popen(["true"])
    proc.wait()  # its pid is gone now
    dead = f"{socket.gethostname()}:{proc.pid}"
    assert leases.acquire(db_engine, "imap:main/INBOX", dead, 300)
    assert leases.acquire(db_engine, "imap:main/INBOX", "me", 300)
    assert not leases.acquire(db_engine, "imap:main/INBOX", "other-host:1", 300)
