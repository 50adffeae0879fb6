"""Committing what arrived, before anyone is told "accepted" (DESIGN.md, exactly once, step 1).

Why here, shared by every source: the IMAP poller, the SMTP listener and the e-document folder
must all store a message the same way — raw bytes (content-addressed) and an `inbound` row keyed
by its origin, in one transaction — and only then flag, answer 250, or move the package.  A
repeated origin key is the same message seen again (not new); the same Message-ID from the same
sender under another origin is a duplicate delivery, recorded but not processed twice; so are the
very same bytes (by SHA-256) stored again within `window` (7 days unless configured), which is
how a resend without a Message-ID (an SMTP client whose 250 was lost) is recognised.  The few
header facts copied to the row are read defensively and cleaned (no NUL, no lone surrogate, cut
to the column sizes): a hostile header must never make a message unstorable, or it would be
refused (SMTP 451) or re-fetched (IMAP) forever.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any

from sqlalchemy import Connection, Engine, insert, select
from sqlalchemy.exc import IntegrityError

from gateway.store import repo
from gateway.store.schema import blobs, inbound

MSGID = re.compile(r"<[^<>\s]+>")  # as parsers.headers reads a Message-ID
# column sizes (gateway/store/schema.py): a longer value is cut, or dropped when cutting lies
_SIZES = {"message_id": 998, "sender": 320, "subject": 500}
DUPLICATE_WINDOW = dt.timedelta(days=7)  # the same bytes again within this long: a duplicate


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
    """Message-ID, sender and subject for indexing and display; never raises, never trusted.

    Read the way parsers.headers.message_info reads them (one strict From, the first
    Message-ID), from the header block only: the body is the processing step's business."""
    try:
        from parsers.headers import header_block, raw_headers, strict_address

        msg = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
        froms = raw_headers(msg, "From")
        sender = strict_address(froms[0])[0] if len(froms) == 1 else None
        ids = raw_headers(msg, "Message-ID")
        found = MSGID.search(ids[0]) if ids else None
        subjects = raw_headers(msg, "Subject")
        facts = {"message_id": found.group(0) if found else None, "sender": sender,
                 "subject": " ".join(subjects[0].split()) if subjects else None}
    except Exception:  # malformed beyond reading: the processing step will say why
        facts = {"message_id": None, "sender": None, "subject": None}
    return {k: _clean(v, k) for k, v in facts.items()}


def find_origin(conn: Connection, origin_key: str) -> int | None:
    row = conn.execute(select(inbound.c.id).where(inbound.c.origin_key == origin_key)).first()
    return int(row[0]) if row else None


def commit_inbound(conn: Engine | Connection, *, origin_key: str, source: str, raw: bytes,
                   received_at: dt.datetime | None = None,
                   meta: dict[str, Any] | None = None,
                   window: dt.timedelta = DUPLICATE_WINDOW) -> tuple[int, bool]:
    """Store one arrival; (inbound id, True if new and to be processed).

    Given an Engine it commits before returning; given a Connection it works inside the
    caller's transaction, and the caller commits."""
    if isinstance(conn, Engine):
        with conn.begin() as c:
            return store(c, origin_key=origin_key, source=source, raw=raw,
                         received_at=received_at, meta=meta, window=window)
    return store(conn, origin_key=origin_key, source=source, raw=raw,
                 received_at=received_at, meta=meta, window=window)


def commit_many(engine: Engine, arrivals: list[dict[str, Any]]) -> list[tuple[int, bool]]:
    """Store several arrivals in one transaction (one durable commit for a fetched batch);
    each dict holds commit_inbound's keyword arguments.  Results in the same order."""
    if not arrivals:
        return []
    with engine.begin() as conn:
        return store_many(conn, arrivals)


def store_many(conn: Connection, arrivals: list[dict[str, Any]]) -> list[tuple[int, bool]]:
    """store() for a batch with a few set-wise statements instead of several per message; any
    surprise (a concurrent writer, the same Message-ID twice in the batch) falls back to
    store() one by one, which decides the same way."""
    keys = [a["origin_key"] for a in arrivals]
    if len(set(keys)) != len(keys):
        return [store(conn, **a) for a in arrivals]
    known = dict(conn.execute(select(inbound.c.origin_key, inbound.c.id)
                              .where(inbound.c.origin_key.in_(keys))).all())
    todo = [a for a in arrivals if a["origin_key"] not in known]
    facts = [header_facts(a["raw"]) for a in todo]
    pairs = [(f["message_id"], f["sender"]) for f in facts if f["message_id"] and f["sender"]]
    if len(set(pairs)) != len(pairs):  # a duplicate within the batch: keep it simple
        return [store(conn, **a) for a in arrivals]
    first: dict[tuple[str, str], int] = {}
    if pairs:
        q = (select(inbound.c.message_id, inbound.c.sender, inbound.c.id)
             .where(inbound.c.message_id.in_({m for m, _ in pairs})).order_by(inbound.c.id))
        for mid, sender, row_id in conn.execute(q):
            first.setdefault((mid, sender), int(row_id))
    digests = [hashlib.sha256(a["raw"]).hexdigest() for a in todo]
    have = set(conn.execute(select(blobs.c.sha256).where(blobs.c.sha256.in_(set(digests))))
               .scalars()) if digests else set()
    if have or len(set(digests)) != len(digests):  # these bytes were stored before, or twice
        return [store(conn, **a) for a in arrivals]  # now: store() decides if it is a duplicate
    new_blobs = {d: a["raw"] for d, a in zip(digests, todo, strict=True) if d not in have}
    now = dt.datetime.now(dt.UTC)
    rows = []
    for a, f, digest in zip(todo, facts, digests, strict=True):
        dup = first.get((f["message_id"], f["sender"]))  # type: ignore[arg-type]
        rows.append({"origin_key": a["origin_key"], "source": a["source"], "sha256": digest,
                     "message_id": f["message_id"], "sender": f["sender"],
                     "subject": f["subject"], "received_at": a.get("received_at") or now,
                     "meta": a.get("meta") or {}, "status": "duplicate" if dup else "pending",
                     "attempts": 0, "duplicate_of": dup, "claimed_by": None,
                     "claimed_until": None})
    try:
        with conn.begin_nested():
            if new_blobs:
                conn.execute(insert(blobs), [{"sha256": d, "size": len(r), "content": r}
                                             for d, r in new_blobs.items()])
            if rows:
                ids = conn.execute(insert(inbound).returning(inbound.c.id,
                                                             sort_by_parameter_order=True),
                                   rows).scalars().all()
    except IntegrityError:  # another writer got there first: decide one by one
        return [store(conn, **a) for a in arrivals]
    created = dict(zip((r["origin_key"] for r in rows), ids, strict=True)) if rows else {}
    status = {r["origin_key"]: r["status"] for r in rows}
    return [(known[k], False) if k in known else (created[k], status[k] == "pending")
            for k in keys]


def _put_blob(conn: Connection, raw: bytes) -> str:
    """The bytes once, by SHA-256, even when another instance stores the same bytes now."""
    try:
        with conn.begin_nested():
            return repo.put_blob(conn, raw)
    except IntegrityError:  # stored by a concurrent transaction between the check and insert
        return repo.put_blob(conn, raw)


def _same_bytes(conn: Connection, digest: str, arrival: dict[str, Any]) -> int | None:
    """The first row holding these very bytes that arrived within the window before this
    arrival, if any."""
    window = arrival.get("window")
    window = DUPLICATE_WINDOW if window is None else window
    if window <= dt.timedelta(0):
        return None
    at = arrival.get("received_at") or dt.datetime.now(dt.UTC)
    at = at.astimezone(dt.UTC) if at.tzinfo else at.replace(tzinfo=dt.UTC)
    found = conn.execute(select(inbound.c.id).where(inbound.c.sha256 == digest)
                         .where(inbound.c.received_at >= at - window)
                         .order_by(inbound.c.id).limit(1)).first()
    return int(found[0]) if found else None


def store(conn: Connection, *, origin_key: str, source: str, raw: bytes,
          received_at: dt.datetime | None = None,
          meta: dict[str, Any] | None = None,
          window: dt.timedelta = DUPLICATE_WINDOW) -> tuple[int, bool]:
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
    if duplicate_of is None:
        same = _same_bytes(conn, digest, {"received_at": received_at, "window": window})
        if same is not None:
            status, duplicate_of = "duplicate", same
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
    assert result.inserted_primary_key is not None
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
