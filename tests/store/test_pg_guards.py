"""A PostgreSQL that accepts a connection and never answers does not hang the gateway (#26):
connecting gives up after the engine's connect timeout, with the database's error."""

from __future__ import annotations

import time

import pytest
from sqlalchemy.exc import OperationalError

from gateway.store import engine as store_engine


def test_a_silent_database_fails_the_connection_instead_of_hanging(silent_port, monkeypatch):
    monkeypatch.setattr(store_engine, "CONNECT_TIMEOUT", 2)
    engine = store_engine.make_engine(f"postgresql+psycopg://u@127.0.0.1:{silent_port}/x")
    started = time.monotonic()
    with pytest.raises(OperationalError), engine.connect():
        pass
    assert time.monotonic() - started < 60  # without the guard libpq waits forever


def test_the_url_wins_over_the_guards() -> None:
    guards = store_engine._pg_guards("postgresql+psycopg://u@h/x?connect_timeout=3&keepalives=0")
    assert "connect_timeout" not in guards and "keepalives" not in guards
    assert guards["keepalives_idle"] == 30
