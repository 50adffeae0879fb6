"""Storage: SQLAlchemy Core over SQLite (default) or PostgreSQL.  See schema.py for the tables."""

from gateway.store.engine import make_engine
from gateway.store.schema import metadata

__all__ = ["make_engine", "metadata"]
