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
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parsedate_to_datetime

from gateway.domain import valid_address
from parsers.records import MessageInfo

_MSGID = re.compile(r"<[^<>\s]+>")
_ANGLE = re.compile(r'^\s*(?:"[^"\\]*"|[^<>"@()\\,;]*)\s*<([^<>\s]+)>\s*$')
# a value that is nothing but RFC 2047 encoded words
_ALL_ENCODED = re.compile(r"^\s*(?:=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=\s*)+$")
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


@dataclass(frozen=True)
class HeaderCaps:
    """What a message may hold before `email` is let near it: its header parser is quadratic
    in a header's parameters (8,000 took 21 s, 50,000 minutes and 446 MB)."""

    headers: int = 500  # header fields in one header block (a long Received chain is ~30)
    header_bytes: int = 64 * 1024  # one header, unfolded
    parameters: int = 100  # `;`-separated parameters of one Content-* header
    depth: int = 20  # multiparts and attached messages inside each other
    parts: int = 2000  # MIME parts in the whole message


CAPS = HeaderCaps()
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"]{1,200})"|([^;\s]{1,200}))', re.I)


class _Scan:
    """One pass over the raw message's lines, header blocks checked as they end."""

    def __init__(self, caps: HeaderCaps) -> None:
        self.caps = caps
        self.boundaries: list[bytes] = []
        self.messages = 0  # attached messages met (message/rfc822): they nest too
        self.parts = 1
        self.start_block()

    def start_block(self) -> None:
        self.fields = 0
        self.field: list[bytes] = []
        self.boundary: bytes | None = None
        self.inner_message = False

    def end_field(self) -> tuple[str, str] | None:
        if not self.field:
            return None
        value = b" ".join(x.strip() for x in self.field)
        self.field = []
        name = value.split(b":", 1)[0].strip().decode("latin-1")[:60]
        lower = name.lower()
        if lower.startswith("content-"):
            count = value.count(b";")
            if count > self.caps.parameters:
                return "too_many_parameters", (f"the {name} header holds {count:,} parameters, "
                                               f"over the limit of {self.caps.parameters}")
        if len(value) > self.caps.header_bytes:
            return "header_too_long", (f"the {name} header is {len(value):,} bytes long, over "
                                       f"the limit of {self.caps.header_bytes:,}")
        if lower == "content-type":
            kind = value.split(b":", 1)[-1].strip().lower()
            if kind.startswith(b"multipart/"):
                m = _BOUNDARY.search(value)
                self.boundary = (m.group(1) or m.group(2)) if m else None
            self.inner_message = kind.startswith(b"message/rfc822")
        return None

    def header_line(self, line: bytes) -> tuple[str, str] | None:
        if line[:1] in (b" ", b"\t") and self.field:
            self.field.append(line)
            return None
        refused = self.end_field()
        self.field = [line]
        self.fields += 1
        if self.fields > self.caps.headers:
            return "too_many_headers", (f"a header block holds more than {self.caps.headers} "
                                        "header fields")
        return refused

    def end_block(self) -> tuple[str, str] | None:
        """The blank line after a block: True when the next block is headers again."""
        refused = self.end_field()
        if refused:
            return refused
        if self.boundary:
            self.boundaries.append(b"--" + self.boundary)
        if self.inner_message:
            self.messages += 1
        if len(self.boundaries) + self.messages > self.caps.depth:
            return "too_deeply_nested", (f"the message's parts are nested more than "
                                         f"{self.caps.depth} deep")
        return None

    def boundary_line(self, line: bytes) -> bool:
        """True when `line` opens a new part (its header block follows)."""
        stripped = line.rstrip()
        for n in range(len(self.boundaries) - 1, -1, -1):
            b = self.boundaries[n]
            if stripped == b:
                del self.boundaries[n + 1:]
                return True
            if stripped == b + b"--":
                del self.boundaries[n:]
                return False
        return False


def check_caps(raw: bytes, caps: HeaderCaps = CAPS) -> tuple[str, str] | None:
    """(code, why) when the message holds more than `caps` allow, else None; reads the raw
    bytes only (header blocks, and in a multipart body the boundary lines), so it is linear
    in the message's size whatever the message holds."""
    scan = _Scan(caps)
    in_headers = True
    for raw_line in raw.split(b"\n"):
        line = raw_line[:-1] if raw_line.endswith(b"\r") else raw_line
        if in_headers:
            refused = scan.header_line(line) if line else scan.end_block()
            if refused:
                return refused
            if not line:
                in_headers = scan.inner_message
                scan.start_block()
            continue
        if not scan.boundaries:
            break  # no multipart open: no header block follows
        if line[:2] == b"--" and scan.boundary_line(line):
            scan.parts += 1
            if scan.parts > caps.parts:
                return "too_many_parts", f"the message has more than {caps.parts} parts"
            in_headers = True
    else:
        if in_headers:
            return scan.end_field()
    return None


_ESCAPED = re.compile("[\udc80-\udcff]")  # a raw 8-bit byte as `email` escapes it


def _unescape(text: str) -> str:
    """Raw 8-bit header bytes (surrogate-escaped by `email`) as UTF-8, else Windows-1251."""
    if not _ESCAPED.search(text):  # one regex scan, not a generator step per character
        return text
    raw = text.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251", "replace")


def _decoded(value: object) -> str:
    text = _unescape(str(value))
    if "=?" not in text:  # no encoded word: decode_header would hand it back as it is
        return text
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
        if defect and _ALL_ENCODED.match(froms[0]):
            # "=?utf-8?b?…?=" holding a Cyrillic name and the <address> together (1C, PHP
            # scripts, Python's email.header.Header: they encode because of the name): broken,
            # but the address is there once decoded.  A bare address in an encoded word was
            # hidden on purpose (nothing in it needed encoding) and stays a defect, as does a
            # decoded text that is not one well-formed "Name <address>"
            decoded = _decoded(froms[0])
            address = strict_address(decoded)[0] if _ANGLE.match(decoded) and \
                not decoded.split("<", 1)[0].isascii() else None
            if address is not None:
                info.from_address, defect = address, None
                info.defects.append("From: the address was inside an encoded word")
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
    if msg.get_content_type() == "multipart/report":  # a read receipt (RFC 8098), a DSN
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
