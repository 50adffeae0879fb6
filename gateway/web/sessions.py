"""The board's sessions, kept on the server: made at login, ended by logout, by the operator's
removal or password change, and by the idle timeout.

Why on the server: a signed cookie alone cannot be taken back, so a copied cookie outlived its
logout and a removed operator's cookie came back to life with a new operator of the same name.
The cookie now carries only a random token; `board_sessions` keeps its SHA-256 (so the table
itself opens nothing), the operator and the CSRF token.  A session is valid while its row is
there, younger than `[web] session_hours` and used within `[web] session_idle_minutes`.
Reading it is a plain read (the board's pages never wait for the gateway's writes); marking it
used is a small write done after the answer, at most once a minute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from gateway.store.schema import board_sessions, operators

log = logging.getLogger(__name__)
TOUCH_AFTER = dt.timedelta(seconds=60)  # last_seen_at is refreshed at most this often


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(at: dt.datetime) -> dt.datetime:
    return at if at.tzinfo else at.replace(tzinfo=dt.UTC)


def _key(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def start(conn: Connection, operator: str, max_hours: float, idle_minutes: float) -> str:
    """A new session for `operator` in the caller's transaction (and the sessions past either
    limit forgotten); the token for the cookie."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    conn.execute(delete(board_sessions).where(
        (board_sessions.c.created_at < now - dt.timedelta(hours=max_hours))
        | (board_sessions.c.last_seen_at < now - dt.timedelta(minutes=idle_minutes))))
    conn.execute(insert(board_sessions).values(id=_key(token), operator=operator,
                                               csrf=secrets.token_urlsafe(32),
                                               created_at=now, last_seen_at=now))
    return token


def lookup(engine: Engine, token: str, max_hours: float, idle_minutes: float
           ) -> dict[str, Any] | None:
    """The operator of a live session (name, role, language, csrf, and `stale`: its use should
    be recorded), else None.  Only reads."""
    if not token:
        return None
    q = (select(board_sessions.c.created_at, board_sessions.c.last_seen_at,
                board_sessions.c.csrf, operators.c.name, operators.c.role, operators.c.language)
         .join(operators, operators.c.name == board_sessions.c.operator)
         .where(board_sessions.c.id == _key(token)))
    with engine.connect() as conn:
        row = conn.execute(q).mappings().first()
    if row is None:
        return None
    now = utcnow()
    seen = _aware(row["last_seen_at"])
    if now - _aware(row["created_at"]) > dt.timedelta(hours=max_hours) \
            or now - seen > dt.timedelta(minutes=idle_minutes):
        return None
    return {"name": row["name"], "role": row["role"], "language": row["language"],
            "csrf": row["csrf"], "stale": now - seen >= TOUCH_AFTER}


def touch(engine: Engine, token: str) -> None:
    """Record that the session was used now (the idle timeout counts from here)."""
    try:
        with engine.begin() as conn:
            conn.execute(update(board_sessions).where(board_sessions.c.id == _key(token))
                         .values(last_seen_at=utcnow()))
    except Exception as exc:  # noqa: BLE001 - the next request tries again; the page was served
        log.warning("session: could not record its use (%s: %s)", type(exc).__name__, exc)


def end(engine: Engine, token: str) -> None:
    """Logout: the session is over, on every instance, whoever holds a copy of the cookie."""
    with engine.begin() as conn:
        conn.execute(delete(board_sessions).where(board_sessions.c.id == _key(token)))


def end_all(conn: Connection, operator: str) -> int:
    """Every session of `operator`, in the caller's transaction (removal, password change)."""
    return int(conn.execute(delete(board_sessions)
                            .where(board_sessions.c.operator == operator)).rowcount or 0)
