"""Storage: SQLAlchemy Core over SQLite (default) or PostgreSQL.  See schema.py for the tables.

Owns: `schema` (the tables), `repo` (reads and writes in the vocabulary's terms), `engine`
(connections), `textsearch` (the case-blind substring match, served by the trigram indexes),
`migrate` and `migrations/` (Alembic, run by every command before it starts).
May import: `gateway.domain` and `gateway.config` only: every stage stands on the store.
"""

from gateway.store.engine import make_engine, reading
from gateway.store.schema import metadata

__all__ = ["make_engine", "metadata", "reading"]
