"""Who may use the board: operators with a role, an argon2id hash, a language; login attempts.

Why the database for both: several instances serve the same board, so an operator added once
logs in on any of them, and a password guesser is counted across all of them (per user name
and per client address, in one table) rather than per process.  An attempt is counted before
its password is checked, atomically, so parallel guesses cannot slip past the limit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from gateway.store.schema import login_failures, operators
from gateway.web import sessions

ROLES = ("operator", "viewer")
LANGUAGES = ("ru", "kk")
_hasher = PasswordHasher()  # argon2id, memory-hard, library defaults (RFC 9106 low-memory)
# a hash to verify against when the name is unknown, so both answers take the same time
_DUMMY = _hasher.hash("not a password of anyone")


class OperatorError(ValueError):
    """The request cannot be done; the message says why, for a person."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def add(engine: Engine, name: str, role: str, password: str, language: str = "ru") -> None:
    name = name.strip()
    if not name or len(name) > 64 or any(c.isspace() for c in name):
        raise OperatorError("the name must be 1-64 characters without spaces")
    if role not in ROLES:
        raise OperatorError(f"the role must be one of {', '.join(ROLES)}, not {role!r}")
    if language not in LANGUAGES:
        raise OperatorError(f"the language must be one of {', '.join(LANGUAGES)}")
    if len(password) < 8:
        raise OperatorError("the password must be at least 8 characters")
    try:
        with engine.begin() as conn:
            conn.execute(insert(operators).values(name=name, role=role, language=language,
                                                  password_hash=_hasher.hash(password),
                                                  created_at=utcnow()))
            sessions.end_all(conn, name)  # nothing of an earlier operator of this name lives on
    except IntegrityError:
        raise OperatorError(f"there is already an operator {name!r}") from None


def listing(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(operators.c.name, operators.c.role, operators.c.language,
                                   operators.c.created_at).order_by(operators.c.name)).mappings()
        return [dict(r) for r in rows]


def remove(engine: Engine, name: str) -> None:
    """The operator and every session of theirs, together: a cookie of theirs never opens the
    board again, not even for a later operator of the same name."""
    with engine.begin() as conn:
        if not conn.execute(delete(operators).where(operators.c.name == name)).rowcount:
            raise OperatorError(f"there is no operator {name!r}")
        sessions.end_all(conn, name)


def set_password(engine: Engine, name: str, password: str) -> int:
    """A new password; every session of the operator ends (how many did)."""
    if len(password) < 8:
        raise OperatorError("the password must be at least 8 characters")
    with engine.begin() as conn:
        if not conn.execute(update(operators).where(operators.c.name == name)
                            .values(password_hash=_hasher.hash(password))).rowcount:
            raise OperatorError(f"there is no operator {name!r}")
        return sessions.end_all(conn, name)


def get(engine: Engine, name: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(select(operators.c.name, operators.c.role, operators.c.language)
                           .where(operators.c.name == name)).mappings().first()
    return dict(row) if row else None


def set_language(engine: Engine, name: str, language: str) -> None:
    if language not in LANGUAGES:
        raise OperatorError(f"the language must be one of {', '.join(LANGUAGES)}")
    with engine.begin() as conn:
        conn.execute(update(operators).where(operators.c.name == name)
                     .values(language=language))


def verify(engine: Engine, name: str, password: str) -> dict[str, Any] | None:
    """The operator when the password is right, else None (same work either way)."""
    with engine.connect() as conn:
        row = conn.execute(select(operators).where(operators.c.name == name)).mappings().first()
    try:
        _hasher.verify(row["password_hash"] if row else _DUMMY, password)
    except (VerificationError, InvalidHashError):
        return None
    if row is None:
        return None
    return {"name": row["name"], "role": row["role"], "language": row["language"]}


# -- login attempts --------------------------------------------------------------------------


def _keys(name: str, address: str) -> list[str]:
    return [f"user:{name[:100]}", f"addr:{address[:100]}"]


def _lock_id(key: str) -> int:
    """A PostgreSQL advisory-lock number for a counter key (63 bits of its SHA-256)."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big") >> 1


def attempt(engine: Engine, name: str, address: str, limit: int, window_minutes: float
            ) -> list[int] | None:
    """Count a login attempt before its password is checked: the ids of its rows (hand them to
    `succeeded` when the password is right), or None (nothing counted) when the user name or
    the address already has `limit` attempts within the window.

    Atomic across threads, processes and instances: the count and the new rows are one
    transaction that holds the counters' lock from the first read (SQLite: the write lock at
    BEGIN IMMEDIATE; PostgreSQL: an advisory lock per key), so of any number of simultaneous
    attempts at most `limit` reach the password check."""
    now = utcnow()
    keys = _keys(name, address)
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            for key in sorted(keys):  # one order everywhere: no deadlock between two logins
                conn.execute(select(func.pg_advisory_xact_lock(_lock_id(key))))
        since = now - dt.timedelta(minutes=window_minutes)
        for key in keys:
            n = conn.execute(select(func.count()).select_from(login_failures)
                             .where(login_failures.c.key == key)
                             .where(login_failures.c.at >= since)).scalar_one()
            if n >= limit:
                return None
        ids = []
        for key in keys:
            made = conn.execute(insert(login_failures).values(key=key, at=now))
            assert made.inserted_primary_key is not None
            ids.append(int(made.inserted_primary_key[0]))
        # what is older than the window counts for nothing: keep the table small
        conn.execute(delete(login_failures).where(
            login_failures.c.at < now - dt.timedelta(minutes=window_minutes * 2)))
    return ids


def succeeded(conn: Connection, name: str, attempt_ids: list[int]) -> None:
    """A right password (in the caller's transaction, with the new session): that user's count
    is cleared, and this attempt counts for nothing (operators sharing an address never lock
    each other out by logging in)."""
    conn.execute(delete(login_failures).where(
        (login_failures.c.key == _keys(name, "")[0]) | login_failures.c.id.in_(attempt_ids)))
