"""Bringing a database to the current schema with the Alembic migrations shipped in the package.

Why programmatic: every command runs `upgrade()` before it touches the database, so an operator
never has to remember a migration step, and two instances starting together on PostgreSQL are
serialised by an advisory lock.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import Engine, text

from gateway.store.engine import reading

HERE = Path(__file__).resolve().parent / "migrations"
_LOCK = 0x454B43  # "EKC"


def alembic_config() -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


def is_current(engine: Engine) -> bool:
    """True when the database is at the shipped head already (read only: a command that finds
    nothing to migrate never takes the write lock, so `gateway status` answers while the
    gateway writes)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    with reading(), engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads()) == heads


def upgrade(engine: Engine, revision: str = "head") -> None:
    if revision == "head" and is_current(engine):
        return
    cfg = alembic_config()
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK})
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
        finally:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _LOCK})
                conn.commit()
