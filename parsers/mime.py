"""A message's parts as documents: the agency's own text, each attachment, forwarded messages.

Why the care: agencies answer from every mail client there is — windows-1251 or KOI8-R bodies
or none declared, RFC 2047/2231 Cyrillic file names, HTML-only bodies, forwards, and replies
that quote our own request underneath.  Only the agency's new text counts: quoted text is cut
off before a letter is classified, so our request is never read as their answer.
"""

from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, Message

from parsers import registry
from parsers.formats.text import decode, html_to_text
from parsers.headers import message_info
from parsers.letters import parse_letter
from parsers.limits import safe_name
from parsers.records import ParsedDocument, ParseError, ParseResult
from parsers.registry import DocumentRejected, ParseLimits
from parsers.sniff import extension_kind, sniff

_QUOTE_START = re.compile(
    r"^\s*(-{2,}\s*(original message|исходное сообщение|пересылаемое сообщение|forwarded "
    r"message|бастапқы хабарлама)\s*-{2,}|_{5,}\s*$|(from|от|кімнен|sent|отправлено):\s.+@|"
    r".{0,120}\b(пишет|написал\(а\)|wrote|жазды)\s*:\s*$)",
    re.I,
)
PARSED_KINDS = ("docx", "xlsx", "pdf", "txt", "html")
SKIPPED_TYPES = ("image/", "audio/", "video/")


def own_text(text: str) -> str:
    """The text before the quoted part of a reply; '>' lines dropped."""
    lines = []
    for line in text.splitlines():
        if _QUOTE_START.match(line) and any(x.strip() for x in lines):
            break
        if line.lstrip().startswith(">"):
            continue
        lines.append(line)
    return "\n".join(lines).strip()


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True) or b""
    text = decode(payload, part.get_content_charset())
    return html_to_text(text) if part.get_content_type() == "text/html" else text


def _body(msg: EmailMessage) -> str:
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError, ValueError):
        body = None
    if body is None:
        return ""
    return _text_of(body)


def _attachments(msg: EmailMessage) -> list[Message]:
    try:
        return list(msg.iter_attachments())
    except (KeyError, LookupError, ValueError, AttributeError):
        return []


def parse_part(data: bytes, name: str, limits: ParseLimits, result: ParseResult,
               content_type: str = "") -> list[ParsedDocument]:
    """One attachment (or a file): chosen by content, limits checked, errors recorded."""
    if len(data) > limits.attachment_bytes:
        result.errors.append(ParseError(part=name, code="too_large", message=f"{len(data):,} "
                             f"bytes, over the limit of {limits.attachment_bytes:,}"))
        return []
    kind = sniff(data)
    named = extension_kind(name)
    if kind == "empty":
        result.errors.append(ParseError(part=name, code="empty_file", message="the file is empty"))
        return []
    if kind == "ole2":
        result.errors.append(ParseError(part=name, code="unsupported_format", message="an old "
                             "binary Office file (.doc/.xls): please send it as DOCX, XLSX or PDF"))
        return []
    if kind in ("binary", "zip") or (kind == "eml" and named not in (None, "eml", "txt")):
        if named in ("docx", "xlsx", "pdf") or content_type.startswith("application/"):
            result.errors.append(ParseError(part=name, code="content_mismatch", message=f"the "
                                 f"file is named {name!r} but its content is not a document "
                                 f"we read ({kind})"))
        return []
    fmt = kind if kind in PARSED_KINDS else "txt"
    parse = registry.get(fmt)
    if parse is None:
        return []
    try:
        docs = parse(data, name, limits)
    except DocumentRejected as exc:
        result.errors.append(ParseError(part=name, code=exc.code, message=exc.message))
        return []
    if named and named != fmt and named in PARSED_KINDS:
        for doc in docs:
            doc.warnings.append(f"the file is named as {named} but is {fmt}; read as {fmt}")
    return docs


def walk(msg: EmailMessage, limits: ParseLimits, result: ParseResult, prefix: str = "") -> None:
    attached: list[ParsedDocument] = []
    for n, part in enumerate(_attachments(msg), start=1):
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                if not isinstance(inner, EmailMessage):
                    inner = email.message_from_bytes(inner.as_bytes(),
                                                     policy=email.policy.default)
                walk(inner, limits, result, prefix=f"{prefix}forwarded {n}: ")
            continue
        if ctype.startswith(SKIPPED_TYPES):
            continue
        try:
            filename = part.get_filename()
        except (ValueError, LookupError):
            filename = None
        name = prefix + safe_name(filename, f"attachment-{n}")
        data = part.get_payload(decode=True) or b""
        attached.extend(parse_part(data, name, limits, result, ctype))
    text = own_text(_body(msg))
    if text:
        body = parse_letter(text, prefix + "body" if prefix else "body")
        if body.kind != "other" or not attached:
            result.documents.append(body)
    result.documents.extend(attached)


def parse_message(raw: bytes, name: str = "message", limits: ParseLimits | None = None
                  ) -> ParseResult:
    limits = limits or ParseLimits()
    result = ParseResult(source=name)
    if not raw.strip():
        result.errors.append(ParseError(part=name, code="empty_file", message="the message is "
                                        "empty"))
        return result
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    result.message = message_info(msg)
    if msg.defects:
        result.message.defects.extend(type(d).__name__ for d in msg.defects)
    walk(msg, limits, result)  # type: ignore[arg-type]
    return result
