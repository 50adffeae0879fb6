"""What a bounce says bounced: the recipients and their DSN status, and which of our messages.

Why here and not only in the parser's MessageInfo: tying a bounce to what bounced needs more
than "is it a bounce" — the per-recipient Status and Diagnostic-Code of the RFC 3464 report,
the Message-ID in its text/rfc822-headers or message/rfc822 part (ours, if it names one of our
outbox rows), and failing that our case tag `[EKC-...]` quoted anywhere in it.  Read only for a
message the parser already called a bounce, with the tolerant compat32 parser, on at most
MAX_BYTES of it (the headers of what bounced come first; a bounce is small).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32
from typing import Any

from sqlalchemy import Connection, String, cast, select, update

from gateway.calendar import WorkCalendar
from gateway.config import Config
from gateway.domain import BounceReceived
from gateway.engine.casework import apply_to_case
from gateway.processing.matcher import TAG
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.schema import outbox

MAX_BYTES = 2 * 1024 * 1024
MSGID = re.compile(r"<[^<>\s]+>")
_TEXT_BYTES = 200_000  # of each text part, searched for a case tag


@dataclass
class Failed:
    """One recipient the report says failed."""

    address: str
    status: str = ""  # the DSN's Status, "5.1.1"
    diagnostic: str = ""  # its Diagnostic-Code, as the reporting server wrote it


@dataclass
class Dsn:
    failed: list[Failed] = field(default_factory=list)
    message_ids: list[str] = field(default_factory=list)  # of what bounced
    case_tags: list[str] = field(default_factory=list)  # case ids quoted as [EKC-...]


def _one_line(value: object, limit: int = 500) -> str:
    return " ".join(str(value or "").split())[:limit]


def _address(value: str) -> str:
    return value.split(";", 1)[-1].strip().strip("<>").lower()


def _add(items: list[str], *values: str) -> None:
    for v in values:
        if v not in items:
            items.append(v)


def _headers_of(part: Message) -> Message | None:
    """The headers of what bounced: a message/rfc822 part's message, or a text/rfc822-headers
    part read as a header block."""
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        inner = part.get_payload()
        first = inner[0] if isinstance(inner, list) and inner else None
        return first if isinstance(first, Message) else None
    if ctype == "text/rfc822-headers":
        data = part.get_payload(decode=True)
        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(data or "")
        return HeaderParser(policy=compat32).parsestr(text, headersonly=True)
    return None


def _text(part: Message) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data[:_TEXT_BYTES].decode(charset, "replace")
    except LookupError:
        return data[:_TEXT_BYTES].decode("utf-8", "replace")


def read_dsn(raw: bytes) -> Dsn:
    """Everything a bounce says about what bounced; never raises (an unreadable part adds
    nothing)."""
    out = Dsn()
    try:
        msg = message_from_bytes(raw[:MAX_BYTES], policy=compat32)
        _add(out.case_tags, *TAG.findall(str(msg.get("Subject", ""))))
        for part in msg.walk():
            ctype = part.get_content_type()
            if ctype == "message/delivery-status":
                _report(part, out)
            elif (headers := _headers_of(part)) is not None:
                _add(out.message_ids, *MSGID.findall(str(headers.get("Message-ID", ""))))
                _add(out.case_tags, *TAG.findall(_one_line(headers.get("Subject", ""), 2000)))
            elif part.get_content_maintype() == "text":
                _add(out.case_tags, *TAG.findall(_text(part)))
    except Exception:  # noqa: BLE001 - a malformed bounce ties to nothing; processing goes on
        pass
    return out


def _report(part: Message, out: Dsn) -> None:
    blocks = part.get_payload()
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, Message):
            continue
        rcpt = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
        if not rcpt or not str(block.get("Action", "")).lower().startswith("failed"):
            continue
        address = _address(rcpt)
        if "@" in address and all(f.address != address for f in out.failed):
            out.failed.append(Failed(address, _one_line(block.get("Status"), 32),
                                     _one_line(block.get("Diagnostic-Code"))))


# -- applying it ------------------------------------------------------------------------------


def apply_bounce(conn: Connection, cfg: Config, row: dict[str, Any], raw: bytes, info: Any,
                 thread_case: str | None, on: dt.date, cal: WorkCalendar,
                 ctx: dict[str, Any]) -> set[str]:
    """Mark what bounced and tell its case; the cases touched.

    Our Message-ID in the bounce names the outbox row (its recipients that failed are marked
    bounced, with the DSN's status and diagnostic) and its case alone; failing that our case
    tag names the case (and its latest row to the failed address); failing both, the bounce
    goes, as before, on every case written to the failed address (or the thread's case)."""
    dsn = read_dsn(raw)
    failed = {f.address: f for f in dsn.failed}
    for address in info.bounced_addresses:
        failed.setdefault(address.lower(), Failed(address.lower()))
    event = {"inbound_id": row["id"], "on": on}
    touched: set[str] = set()
    rows = _ours(conn, dsn.message_ids)
    if not rows and dsn.case_tags:
        tagged = [c for c in dsn.case_tags if repo.get_case(conn, c) is not None]
        rows = _latest_to(conn, tagged, list(failed))
        for case_id in tagged:  # a tagged case with no row to the address still hears of it
            for f in failed.values():
                _tell(conn, cfg, case_id, f, event, cal, ctx, touched)
    for r in rows:
        hit = [f for f in failed.values() if _key(r.recipients, f.address) is not None]
        if not failed and len(r.recipients) == 1:  # a bounce without a report: its only one
            hit = [Failed(next(iter(r.recipients)).lower())]
        _mark(conn, cfg, r, hit, row["id"])
        for f in hit or list(failed.values()):
            if r.case_id:
                _tell(conn, cfg, r.case_id, f, event, cal, ctx, touched)
    if rows or touched:
        return touched
    for f in failed.values():  # nothing names what bounced: every case written to the address
        for case_id in _cases_sent_to(conn, f.address) or ([thread_case] if thread_case else []):
            _tell(conn, cfg, case_id, f, event, cal, ctx, touched)
    return touched


def _tell(conn: Connection, cfg: Config, case_id: str, f: Failed, event: dict[str, Any],
          cal: WorkCalendar, ctx: dict[str, Any], touched: set[str]) -> None:
    apply_to_case(conn, cfg, case_id, BounceReceived(
        key=f"inbound:{event['inbound_id']}:{f.address}", on=event["on"], address=f.address,
        inbound_id=event["inbound_id"]), cal, ctx)
    touched.add(case_id)


def _key(recipients: dict[str, str], address: str) -> str | None:
    return next((a for a in recipients if a.lower() == address), None)


def _ours(conn: Connection, message_ids: list[str]) -> list[Any]:
    if not message_ids:
        return []
    q = select(outbox).where(outbox.c.message_id.in_(message_ids)).order_by(outbox.c.id)
    return list(conn.execute(q))


def _latest_to(conn: Connection, case_ids: list[str], addresses: list[str]) -> list[Any]:
    """Per case and failed address, the case's latest outbox row written to it."""
    if not case_ids or not addresses:
        return []
    found: dict[int, Any] = {}
    q = select(outbox).where(outbox.c.case_id.in_(case_ids)).order_by(outbox.c.id.desc())
    rows = list(conn.execute(q))
    for case_id in case_ids:
        for address in addresses:
            r = next((r for r in rows if r.case_id == case_id
                      and _key(r.recipients or {}, address) is not None), None)
            if r is not None:
                found[r.id] = r
    return [found[k] for k in sorted(found)]


def _mark(conn: Connection, cfg: Config, r: Any, hit: list[Failed], inbound_id: int) -> None:
    """The outbox row's bounced recipients, with the DSN's status and diagnostic; the row is
    "bounced" once none of its recipients has it."""
    if not hit:
        return
    recipients = dict(r.recipients or {})
    for f in hit:
        recipients[_key(recipients, f.address) or f.address] = "bounced"
    status = "bounced" if all(s in ("bounced", "failed") for s in recipients.values()) \
        else r.status
    note = "; ".join(f"bounced by {f.address}: {f.status or 'no status'}"
                     + (f" {f.diagnostic}" if f.diagnostic else "") for f in hit)
    conn.execute(update(outbox).where(outbox.c.id == r.id).values(
        recipients=recipients, status=status, last_error=note[:2000]))
    for f in hit:
        record(conn, cfg, kind="outbox_bounced", case_id=r.case_id, outbox_id=r.id,
               inbound_id=inbound_id,
               data={"address": f.address, "status": f.status, "diagnostic": f.diagnostic},
               summary=f"Письмо {r.outgoing_number} не доставлено на {f.address}: "
                       f"{f.status or 'без кода'} {f.diagnostic}".strip())


def _cases_sent_to(conn: Connection, address: str) -> list[str]:
    """Every case whose outbox wrote to `address` (the JSON text narrows it down in the
    database; the parsed recipients decide)."""
    q = select(outbox.c.case_id, outbox.c.recipients).where(outbox.c.case_id.is_not(None))
    if address.isascii():  # JSON may store other characters escaped
        q = q.where(cast(outbox.c.recipients, String).contains(address, autoescape=True))
    rows = conn.execute(q).all()
    return sorted({r.case_id for r in rows if address in (r.recipients or {})})
