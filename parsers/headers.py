"""What a message's headers say, read defensively: identity, threading, and whether it is an
auto-reply or a bounce.

Why our own reading: this Python's `email` (3.11.7) accepts addresses a strict parser refuses
(several @, stray parentheses, two From headers), and everything the gateway decides about
trust starts from From.  A malformed header is a defect, reported in words, and the address is
then left unknown (None) rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime

from gateway.domain import valid_address
from parsers.records import MessageInfo

_MSGID = re.compile(r"<[^<>\s]+>")
_ANGLE = re.compile(r'^\s*(?:"[^"\\]*"|[^<>"@()\\,;]*)\s*<([^<>\s]+)>\s*$')
_BARE = re.compile(r"^\s*([^\s<>()\"@,;]+@[^\s<>()\"@,;]+)\s*$")
AUTO_SUBJECT = re.compile(r"^\s*(auto(matic)?\s*(reply|response)|out of (the )?office|"
                          r"автоответ|автоматический ответ|нет на месте|в отпуске|"
                          r"undeliverable|delivery status notification|"
                          r"mail delivery failed|недоставленное сообщение)", re.I)


HEADER_BYTES = 256 * 1024  # how far into a message its header block is looked for
_BLANK = re.compile(rb"\r?\n\r?\n")  # the end of the header block


def header_block(raw: bytes, limit: int = HEADER_BYTES) -> bytes:
    """The raw header block (up to and including the blank line), at most `limit` bytes."""
    end = _BLANK.search(raw, 0, limit)
    return raw[:end.end()] if end else raw[:limit]


def _unescape(text: str) -> str:
    """Raw 8-bit header bytes (surrogate-escaped by `email`) as UTF-8, else Windows-1251."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251", "replace")


def _decoded(value: object) -> str:
    text = _unescape(str(value))
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError):
        return text


def raw_headers(msg: Message, name: str, decode: bool = True) -> list[str]:
    """Header values as written (RFC 2047 decoded unless decode=False), never raising."""
    out = []
    for key, value in msg.raw_items() if hasattr(msg, "raw_items") else msg.items():
        if key.lower() == name.lower():
            text = _decoded(value) if decode else _unescape(str(value))
            out.append(text.replace("\r", "").replace("\n", " "))
    return out


def strict_address(value: str) -> tuple[str | None, str | None]:
    """(address, None) or (None, the defect in words)."""
    m = _ANGLE.match(value) or _BARE.match(value)
    if not m:
        return None, f"malformed address {value[:120]!r}"
    address = m.group(1).lower()
    if not valid_address(address):
        return None, f"invalid address {address[:120]!r}"
    return address, None


def message_info(msg: Message) -> MessageInfo:
    info = MessageInfo()
    # the structure is checked before RFC 2047 decoding: an encoded display name may hold
    # commas or brackets once decoded, which are no defect
    froms = raw_headers(msg, "From", decode=False)
    if len(froms) != 1:
        info.defects.append(f"{len(froms)} From headers" if froms else "no From header")
    else:
        info.from_address, defect = strict_address(froms[0])
        if defect:
            info.defects.append(f"From: {defect}")
    ids = raw_headers(msg, "Message-ID")
    if len(ids) > 1:
        info.defects.append("several Message-ID headers")
    if ids and (m := _MSGID.search(ids[0])):
        info.message_id = m.group(0)
    for name, target in (("In-Reply-To", info.in_reply_to), ("References", info.references)):
        for value in raw_headers(msg, name):
            target.extend(_MSGID.findall(value))
    subjects = raw_headers(msg, "Subject")
    info.subject = " ".join(subjects[0].split()) if subjects else ""
    dates = raw_headers(msg, "Date")
    if dates:
        try:
            info.date = parsedate_to_datetime(dates[0])
            if info.date.tzinfo is None:
                info.date = info.date.replace(tzinfo=dt.UTC)
        except (TypeError, ValueError, IndexError):
            info.defects.append(f"unreadable Date {dates[0][:60]!r}")
    info.auto_submitted = _is_auto(msg, info.subject)
    info.is_bounce, info.bounced_addresses = _bounce(msg)
    if info.is_bounce:
        info.auto_submitted = True
    return info


def _is_auto(msg: Message, subject: str) -> bool:
    auto = [v.strip().lower() for v in raw_headers(msg, "Auto-Submitted")]
    if any(v and v != "no" for v in auto):
        return True
    if any(v.strip().lower() in ("bulk", "junk", "list", "auto_reply")
           for v in raw_headers(msg, "Precedence")):
        return True
    if any(raw_headers(msg, h) for h in ("X-Autoreply", "X-Autorespond", "X-Loop",
                                         "X-Auto-Response-Suppress")):
        return True
    if any(v.strip() == "<>" for v in raw_headers(msg, "Return-Path")):
        return True
    return bool(AUTO_SUBJECT.match(subject))


def _bounce(msg: Message) -> tuple[bool, list[str]]:
    ctype = msg.get_content_type()
    failed: list[str] = []
    if ctype == "multipart/report" and str(msg.get_param("report-type", "")).lower() \
            == "delivery-status":
        for part in msg.walk():
            if part.get_content_type() != "message/delivery-status":
                continue
            blocks = part.get_payload()
            for block in blocks if isinstance(blocks, list) else []:
                if not isinstance(block, Message):
                    continue
                action = str(block.get("Action", "")).lower()
                rcpt = str(block.get("Final-Recipient") or block.get("Original-Recipient") or "")
                address = rcpt.split(";", 1)[-1].strip().strip("<>").lower()
                if action.startswith("failed") and valid_address(address):
                    failed.append(address)
        return True, failed
    sender = " ".join(raw_headers(msg, "From")).lower()
    if "mailer-daemon" in sender or "postmaster@" in sender:
        return True, failed
    return False, failed
