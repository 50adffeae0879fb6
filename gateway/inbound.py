"""Committing what arrived, before anyone is told "accepted" (DESIGN.md, exactly once, step 1).

Why here, shared by every source: the IMAP poller, the SMTP listener and the e-document folder
must all store a message the same way — raw bytes (content-addressed) and an `inbound` row keyed
by its origin, in one transaction — and only then flag, answer 250, or move the package.  A
repeated origin key is the same message seen again (not new); the same Message-ID from the same
sender under another origin is a duplicate delivery, recorded but not processed twice.  The few
header facts copied to the row are read defensively and cleaned (no NUL, no lone surrogate, cut
to the column sizes): a hostile header must never make a message unstorable, or it would be
refused (SMTP 451) or re-fetched (IMAP) forever.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from gateway.store import repo
from gateway.store.schema import inbound

HEADER_BYTES = 256 * 1024  # the facts come from the head of the message only
# column sizes (gateway/store/schema.py): a longer value is cut, or dropped when cutting lies
_SIZES = {"message_id": 998, "sender": 320, "subject": 500}


def _clean(value: str | None, field: str) -> str | None:
    """A value every database accepts: UTF-8 encodable, no NUL, within the column size."""
    if not value:
        return None
    text = value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "")
    if len(text) > _SIZES[field]:
        if field != "subject":  # a cut identifier would match the wrong message
            return None
        text = text[:_SIZES[field]]
    return text or None


def header_facts(raw: bytes) -> dict[str, str | None]:
    """Message-ID, sender and subject for indexing and display; never raises, never trusted."""
    try:
        from parsers.headers import message_info

        msg = email.message_from_bytes(raw[:HEADER_BYTES], policy=email.policy.default)
        info = message_info(msg)
        facts = {"message_id": info.message_id, "sender": info.from_address,
                 "subject": info.subject}
    except Exception:  # malformed beyond reading: the processing step will say why
        facts = {"message_id": None, "sender": None, "subject": None}
    return {k: _clean(v, k) for k, v in facts.items()}


def find_origin(conn: Connection, origin_key: str) -> int | None:
    row = conn.execute(select(inbound.c.id).where(inbound.c.origin_key == origin_key)).first()
    return int(row[0]) if row else None


def commit_inbound(conn: Engine | Connection, *, origin_key: str, source: str, raw: bytes,
                   received_at: dt.datetime | None = None,
                   meta: dict[str, Any] | None = None) -> tuple[int, bool]:
    """Store one arrival; (inbound id, True if new and to be processed).

    Given an Engine it commits before returning; given a Connection it works inside the
    caller's transaction, and the caller commits."""
    if isinstance(conn, Engine):
        with conn.begin() as c:
            return store(c, origin_key=origin_key, source=source, raw=raw,
                         received_at=received_at, meta=meta)
    return store(conn, origin_key=origin_key, source=source, raw=raw,
                 received_at=received_at, meta=meta)


def commit_many(engine: Engine, arrivals: list[dict[str, Any]]) -> list[tuple[int, bool]]:
    """Store several arrivals in one transaction (one durable commit for a fetched batch);
    each dict holds commit_inbound's keyword arguments."""
    if not arrivals:
        return []
    with engine.begin() as conn:
        return [store(conn, **a) for a in arrivals]


def _put_blob(conn: Connection, raw: bytes) -> str:
    """The bytes once, by SHA-256, even when another instance stores the same bytes now."""
    try:
        with conn.begin_nested():
            return repo.put_blob(conn, raw)
    except IntegrityError:  # stored by a concurrent transaction between the check and insert
        return repo.put_blob(conn, raw)


def store(conn: Connection, *, origin_key: str, source: str, raw: bytes,
          received_at: dt.datetime | None = None,
          meta: dict[str, Any] | None = None) -> tuple[int, bool]:
    """Store one arrival in the caller's transaction; (inbound id, True if new)."""
    existing = find_origin(conn, origin_key)
    if existing is not None:
        return existing, False
    facts = header_facts(raw)
    digest = _put_blob(conn, raw)
    status, duplicate_of = "pending", None
    if facts["message_id"] and facts["sender"]:
        first = conn.execute(
            select(inbound.c.id).where(inbound.c.message_id == facts["message_id"])
            .where(inbound.c.sender == facts["sender"]).order_by(inbound.c.id).limit(1)
        ).first()
        if first is not None:
            status, duplicate_of = "duplicate", int(first[0])
    try:
        with conn.begin_nested():
            result = conn.execute(insert(inbound).values(
                origin_key=origin_key, source=source, sha256=digest,
                message_id=facts["message_id"], sender=facts["sender"],
                subject=facts["subject"], received_at=received_at or dt.datetime.now(dt.UTC),
                meta=meta or {}, status=status, attempts=0, duplicate_of=duplicate_of))
    except IntegrityError:  # a concurrent poller stored the same origin first
        existing = find_origin(conn, origin_key)
        if existing is None:
            raise
        return existing, False
    return int(result.inserted_primary_key[0]), status == "pending"


def known_digests(engine: Engine, origin_prefix: str) -> set[str]:
    """SHA-256 of every message already stored from origins under the prefix (a mailbox whose
    UIDVALIDITY changed is rescanned against this set: one query, not one per message)."""
    with engine.connect() as conn:
        q = (select(inbound.c.sha256).distinct()
             .where(inbound.c.origin_key.like(_like_prefix(origin_prefix) + "%", escape="\\")))
        return {row[0] for row in conn.execute(q)}


def known_digest(engine: Engine, digest: str, origin_prefix: str) -> bool:
    """Whether bytes with this SHA-256 were already stored from origins under the prefix."""
    with engine.connect() as conn:
        q = (select(inbound.c.id).where(inbound.c.sha256 == digest)
             .where(inbound.c.origin_key.like(_like_prefix(origin_prefix) + "%", escape="\\"))
             .limit(1))
        return conn.execute(q).first() is not None


def _like_prefix(prefix: str) -> str:
    """A LIKE pattern matching the prefix literally (folder names may hold % or _)."""
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
