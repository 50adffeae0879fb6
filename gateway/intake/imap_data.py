"""What an IMAP server said, read into plain values: no socket here.

Why apart from the connection: every decision the poller takes from server data (is the
UIDVALIDITY usable, where to start, which fetched messages are really there) is a pure function
of SELECT and FETCH responses and the saved folder position, so it is tested with plain values,
and the connection code only moves bytes (the way imapclient keeps response parsing apart).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class FolderStatus:
    """From SELECT: the folder's numbering generation and the next UID it will assign."""

    uidvalidity: int | None  # None: missing or unusable, so nothing may be ingested
    uidnext: int | None


@dataclass(frozen=True)
class Scan:
    """What one poll does: fetch UIDs above `after`, or only remember where the folder is."""

    after: int  # fetch UIDs greater than this
    rescan: bool  # the folder was renumbered: known bytes are recognised by their SHA-256
    remember_only: bool = False  # start = "now" on first sight: save the position, fetch none


@dataclass(frozen=True)
class Fetched:
    uid: int
    raw: bytes
    received_at: dt.datetime | None


def _positive_int(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, bytes):
        value = value.decode("ascii", "replace")
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def folder_status(select_info: Mapping[bytes, object]) -> FolderStatus:
    return FolderStatus(_positive_int(select_info.get(b"UIDVALIDITY")),
                        _positive_int(select_info.get(b"UIDNEXT")))


def plan_scan(status: FolderStatus, saved: tuple[int | None, int] | None,
              start: Literal["all", "now"], highest_uid: int = 0) -> Scan:
    """Where to start, from the SELECT status and the saved (UIDVALIDITY, last UID).

    `highest_uid` is the largest UID in the folder, used for start = "now" when the server
    gives no UIDNEXT."""
    if status.uidvalidity is None:
        raise ValueError("no usable UIDVALIDITY")
    if saved is None:
        if start == "now":
            after = status.uidnext - 1 if status.uidnext else highest_uid
            return Scan(after=after, rescan=False, remember_only=True)
        return Scan(after=0, rescan=False)
    if saved[0] != status.uidvalidity:
        return Scan(after=0, rescan=True)
    return Scan(after=saved[1], rescan=False)


def received_at(internal: object) -> dt.datetime | None:
    """INTERNALDATE: when the mailbox received the message (imapclient gives it naive, in
    local time unless normalised); the deadlines count from it."""
    if not isinstance(internal, dt.datetime):
        return None
    return internal if internal.tzinfo else internal.astimezone()


def fetched_messages(response: Mapping[int, Mapping[bytes, object]],
                     asked: list[int]) -> tuple[list[Fetched], list[int]]:
    """The messages a FETCH returned, in UID order, and the UIDs asked for but not returned
    (expunged between SEARCH and FETCH: skipped, never an error)."""
    found, vanished = [], []
    for uid in asked:
        item = response.get(uid) or {}
        raw = item.get(b"BODY[]")
        if not isinstance(raw, bytes | bytearray):
            vanished.append(uid)
            continue
        found.append(Fetched(uid, bytes(raw), received_at(item.get(b"INTERNALDATE"))))
    return found, vanished


def batches(uids: list[int], sizes: Mapping[int, Mapping[bytes, object]], max_count: int,
            max_bytes: int) -> list[list[int]]:
    """UIDs cut into FETCH batches of at most `max_count` messages and about `max_bytes` (one
    larger message makes a batch of its own), from an RFC822.SIZE response."""
    out: list[list[int]] = []
    current: list[int] = []
    total = 0
    for uid in uids:
        size = _positive_int((sizes.get(uid) or {}).get(b"RFC822.SIZE")) or 0
        if current and (len(current) >= max_count or total + size > max_bytes):
            out.append(current)
            current, total = [], 0
        current.append(uid)
        total += size
    if current:
        out.append(current)
    return out
