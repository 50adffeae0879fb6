"""A case-blind substring match ("this text contains what the operator typed"), served by the
trigram indexes of migration 0012 where they exist.

Why its own module: the board's search looks in four tables on two databases, and the match
must mean the same everywhere — the words as typed, any case (Russian, Kazakh, Latin), anywhere
in the text — whether an index answers it or every row is read.

- SQLite with the FTS5 trigram tables: the row's id among the rowids the table's `*_search`
  index holds for the phrase (FTS5 folds the case of any letter).
- SQLite without them (an SQLite without the trigram tokenizer; `unindexed()`): every row read,
  `ekc_fold(column)` (Python's lower(), registered by gateway.store.engine) containing the
  needle folded alike.  Tests compare the two.
- PostgreSQL: ILIKE, which pg_trgm's GIN indexes serve when the extension could be made.

A trigram index cannot answer fewer than three characters: such a needle matches no text
(`searchable()` says so; the board then looks only at numbers and ids, and tells the operator).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, and_, false, func, literal_column, or_, select, table, text

MIN_CHARS = 3
# the FTS5 table of each searched table (migration 0012); `cases` by its services' names
INDEX = {"cases": "case_search", "inbound": "inbound_search", "events": "events_search",
         "outbox": "outbox_search"}

_PLAIN: contextvars.ContextVar[bool] = contextvars.ContextVar("ekc_textsearch_plain",
                                                              default=False)


@contextlib.contextmanager
def unindexed() -> Iterator[None]:
    """Within the block, SQLite reads every row instead of asking the trigram index (the
    reference the indexed search is compared with; and what an SQLite without FTS5 does)."""
    token = _PLAIN.set(True)
    try:
        yield
    finally:
        _PLAIN.reset(token)


def schema_object(name: str | None, type_: str, parent_names: Any = None) -> bool:
    """Alembic's `include_name`: False for the trigram indexes' own tables and indexes, which
    migration 0012 makes by hand outside `schema.metadata` (FTS5 tables and their shadow
    tables on SQLite, the GIN indexes on PostgreSQL)."""
    if not name:
        return True
    if type_ == "table":
        return not any(name == t or name.startswith(f"{t}_") for t in INDEX.values())
    return not (type_ == "index" and name.endswith("_trgm"))


def searchable(needle: str) -> bool:
    """Whether `needle` is long enough to be looked for inside texts."""
    return len(needle.strip()) >= MIN_CHARS


def fold(value: Any) -> Any:
    """The case folding of the unindexed SQLite match (`ekc_fold`): FTS5's trigram tokenizer
    folds each letter to lower case alike."""
    return value.lower() if isinstance(value, str) else value


def escape_like(value: str) -> str:
    """`value` as a literal inside a LIKE pattern with ESCAPE '\\'."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def escape_glob(value: str) -> str:
    """`value` as a literal inside a GLOB pattern (SQLite)."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in value)


def prefix(conn: Connection, column: Any, needle: str) -> Any:
    """`column` begins with `needle` (LIKE: ASCII letters in any case).  On SQLite, so the
    column's index serves it instead of every row being read: a needle with no ASCII letter is
    a GLOB (the same match); otherwise its part before the first ASCII letter is a GLOB — or,
    when it begins with one, that letter in either case — and the LIKE checks the rest."""
    like = column.like(escape_like(needle) + "%", escape="\\")
    if conn.dialect.name != "sqlite":
        return like
    cut = next((i for i, c in enumerate(needle) if c.isascii() and c.isalpha()), len(needle))
    if cut == len(needle):
        return column.op("GLOB")(escape_glob(needle) + "*")
    if cut:
        return and_(column.op("GLOB")(escape_glob(needle[:cut]) + "*"), like)
    first = needle[0]
    return and_(or_(column.op("GLOB")(first.lower() + "*"),
                    column.op("GLOB")(first.upper() + "*")), like)


def phrase(needle: str) -> str:
    """An FTS5 query: the needle as one phrase (its trigrams in a row: the substring)."""
    return '"' + needle.replace('"', '""') + '"'


def indexed(conn: Connection, name: str) -> bool:
    """Whether SQLite's trigram index of table `name` is there to be asked."""
    if conn.dialect.name != "sqlite" or _PLAIN.get():
        return False
    return conn.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                        {"n": INDEX[name]}).first() is not None


def rowids(name: str, needle: str) -> Any:
    """SELECT rowid FROM <index of name> WHERE it holds the phrase (SQLite, indexed)."""
    fts = INDEX[name]
    return (select(literal_column("rowid")).select_from(table(fts))
            .where(literal_column(fts).op("MATCH")(phrase(needle))))


def contains(conn: Connection, source: Any, columns: Sequence[Any], needle: str) -> Any:
    """`source`'s rows (a table with an integer `id`) with `needle` in any of `columns`."""
    needle = needle.strip()
    if not searchable(needle):
        return false()
    if conn.dialect.name == "postgresql":
        pattern = f"%{escape_like(needle)}%"
        return or_(*(c.ilike(pattern, escape="\\") for c in columns))
    if indexed(conn, source.name):
        return source.c.id.in_(rowids(source.name, needle))
    folded = fold(needle)
    return or_(*(func.instr(func.ekc_fold(c), folded) > 0 for c in columns))
