"""Reads never wait for the gateway's writes (issue #25, contracts/web.md round 3): while
another connection holds a write transaction on the database — as the daily pass does — the
board's pages and `gateway status` answer from the last committed state, on SQLite (WAL,
deferred read transactions with query_only) and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import Engine, update

from gateway.store import make_engine, reading
from gateway.store.schema import cases
from tests.web.conftest import CASE, gateway, log_in


@contextmanager
def writer_holding(engine: Engine) -> Iterator[None]:
    """A write transaction left open for the block: a case changed, not committed."""
    with engine.connect() as conn:
        tx = conn.begin()
        conn.execute(update(cases).where(cases.c.id == CASE).values(state="accepted"))
        try:
            yield
        finally:
            tx.rollback()


def test_pages_answer_while_a_writer_holds_its_transaction(client, site):
    log_in(client)  # a login writes (its attempt, its session): done before the writer
    with writer_holding(site.engine):
        for path in ("/", "/cases", "/cases?overdue=1", f"/cases/{CASE}", "/quarantine",
                     "/outbox", "/log", "/tasks"):
            r = client.get(path)
            assert r.status_code == 200, (path, r.text[:300])
        # what it shows is the last committed state, not the writer's
        page = client.get("/cases?state=accepted")
        assert f'data-case="{CASE}"' not in page.text


def test_gateway_status_answers_while_a_writer_holds_its_transaction(site):
    with writer_holding(site.engine):
        done = subprocess.run(gateway("--config", str(site.toml), "status", "--json"),
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["cases_total"] > 0 and "accepted" not in data["cases"]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_read_block_cannot_write_and_does_not_take_the_write_lock(db_url):
    from sqlalchemy.exc import OperationalError

    from gateway.store.migrate import upgrade

    engine = make_engine(db_url)
    upgrade(engine)
    with writer_holding(engine):
        other = make_engine(db_url)
        with reading(), other.connect() as conn:
            assert conn.execute(cases.select()).all() == []
            with pytest.raises(OperationalError, match="readonly"):
                conn.execute(update(cases).values(state="x"))
        # outside the block the same pooled connection writes again (after the writer)
        other.dispose()
    with engine.begin() as conn:
        conn.execute(update(cases).values(state="x"))
    engine.dispose()
