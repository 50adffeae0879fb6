"""Bringing a database to the current schema (Alembic).  Placeholder until migrations land."""

from __future__ import annotations

from sqlalchemy import Engine

from gateway.store.schema import metadata


def upgrade(engine: Engine) -> None:
    metadata.create_all(engine)
