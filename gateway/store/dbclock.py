"""The database's clock: the one clock every claim, lease and expiry is judged by.

Why: several instances share one database, and their own clocks disagree (a host set back an
hour, NTP not yet synchronised).  A claim written by one instance and judged expired by
another's clock is work done twice -- letters delivered twice.  So a claim's or a lease's
expiry is written and compared in SQL against the server's time: PostgreSQL's
`clock_timestamp()` (the server's wall clock, not the transaction's start), SQLite's own
`'now'` (SQLite runs in the process, but a SQLite database is only ever shared by the
processes of one host, hence one clock).

Times are stored as UTC.  On SQLite, SQLAlchemy writes a DateTime as the text
`YYYY-MM-DD HH:MM:SS.ffffff`; SQLite's `strftime('%Y-%m-%d %H:%M:%f')` has the same shape (to
the millisecond), so the two compare as text in the right order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, DateTime, func, literal_column, select
from sqlalchemy.sql.elements import ColumnElement

_SQLITE_FORMAT = "%Y-%m-%d %H:%M:%f"


def now_sql(dialect: str, plus_seconds: float = 0.0) -> ColumnElement[Any]:
    """The database's "now" (plus `plus_seconds`) as an SQL expression, for a WHERE clause or
    a value written in the same statement."""
    seconds = float(plus_seconds)
    if dialect == "postgresql":
        return literal_column(f"(clock_timestamp() + interval '{seconds:f} seconds')",
                              type_=DateTime(timezone=True))
    if dialect == "sqlite":
        if seconds:
            return func.strftime(_SQLITE_FORMAT, "now", f"{seconds:+f} seconds")
        return func.strftime(_SQLITE_FORMAT, "now")
    raise ValueError(f"no clock known for the {dialect} database")


def db_now(conn: Connection) -> dt.datetime:
    """The database's time now, UTC-aware (one round trip)."""
    value = conn.execute(select(now_sql(conn.dialect.name))).scalar_one()
    if isinstance(value, str):  # SQLite: text in UTC
        value = dt.datetime.fromisoformat(value)
    if not isinstance(value, dt.datetime):
        raise TypeError(f"the database's clock answered {value!r}")
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
