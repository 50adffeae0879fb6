"""Committing what arrived, before anyone is told "accepted" (DESIGN.md, exactly once, step 1).

Why here, shared by every source: the IMAP poller, the SMTP listener and the e-document folder
must all store a message the same way — raw bytes (content-addressed) and an `inbound` row keyed
by its origin, in one transaction — and only then flag, answer 250, or move the package.  A
repeated origin key is the same message seen again (not new); the same Message-ID from the same
sender under another origin is a duplicate delivery, recorded but not processed twice.
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


def _header_facts(raw: bytes) -> dict[str, str | None]:
    """Message-ID, sender and subject for indexing and display; never raises, never trusted."""
    try:
        from parsers.headers import message_info

        msg = email.message_from_bytes(raw[:256 * 1024], policy=email.policy.default)
        info = message_info(msg)
        return {"message_id": info.message_id, "sender": info.from_address,
                "subject": info.subject[:500]}
    except Exception:  # malformed beyond reading: the processing step will say why
        return {"message_id": None, "sender": None, "subject": None}


def find_origin(conn: Connection, origin_key: str) -> int | None:
    row = conn.execute(select(inbound.c.id).where(inbound.c.origin_key == origin_key)).first()
    return int(row[0]) if row else None


def commit_inbound(engine: Engine, *, origin_key: str, source: str, raw: bytes,
                   received_at: dt.datetime | None = None,
                   meta: dict[str, Any] | None = None) -> tuple[int, bool]:
    """Store one arrival; (inbound id, True if new).  Commits before returning."""
    facts = _header_facts(raw)
    with engine.begin() as conn:
        existing = find_origin(conn, origin_key)
        if existing is not None:
            return existing, False
        digest = repo.put_blob(conn, raw)
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
            return (existing or 0), False
        return int(result.inserted_primary_key[0]), status == "pending"


def known_digest(engine: Engine, digest: str, origin_prefix: str) -> bool:
    """Whether bytes with this SHA-256 were already stored from origins under the prefix
    (a mailbox whose UIDVALIDITY changed is rescanned with this check)."""
    with engine.connect() as conn:
        q = (select(inbound.c.id).where(inbound.c.sha256 == digest)
             .where(inbound.c.origin_key.like(origin_prefix + "%")).limit(1))
        return conn.execute(q).first() is not None
