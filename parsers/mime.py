"""A message's parts as documents: the agency's own text, each attachment, forwarded messages.

Why the care: agencies answer from every mail client there is — windows-1251 or KOI8-R bodies
or none declared, RFC 2047/2231 Cyrillic file names, HTML-only bodies, forwards, and replies
that quote our own request underneath.  Only the agency's new text counts: quoted text is cut
off before a letter is classified, so our request is never read as their answer.
"""

from __future__ import annotations

import email
import logging
import re
from email.message import EmailMessage, Message

from parsers import registry
from parsers.formats.text import decode, html_to_text
from parsers.headers import message_info
from parsers.letters import parse_letter
from parsers.limits import safe_name
from parsers.mailpolicy import POLICY
from parsers.records import MessageInfo, ParsedDocument, ParseError, ParseResult
from parsers.registry import DocumentRejected, ParseLimits
from parsers.sniff import extension_kind, sniff

log = logging.getLogger(__name__)

# A line that starts the quoted part of a reply (what follows is our own request or history).
_QUOTE_START = re.compile(
    r"^\s*(-{2,}\s*(original message|исходное сообщение|исходное письмо|бастапқы хабарлама|"
    r"бастапқы хат)\s*-{2,}|_{5,}\s*$|(from|от|кімнен|sent|отправлено):\s.+@|"
    r".{0,160}\b(пишет|написал|написала|написал\(а\)|wrote|жазды)\s*:\s*$|"
    r".{0,160}<[^<>@\s]+@[^<>\s]+>\s*:\s*$)",
    re.I,
)
# A line that starts a forwarded message pasted into the body (its text may be the answer).
_FORWARD_START = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|пересылаемое сообщение|перенаправленное сообщение|"
    r"переадресованное сообщение|жіберілген хабарлама)\s*-{2,}|"
    r"(begin forwarded message|начало переадресованного сообщения)\s*:)\s*$",
    re.I,
)
# Outlook's header block ("От: … / Отправлено: … / Кому: … / Тема: …"), with or without @.
_HEADER_LINE = re.compile(
    r"^\s*\*?(from|sent|date|to|cc|subject|от|отправлено|дата|кому|копия|тема|кімнен|"
    r"жіберілді|күні|кімге|тақырыбы)\*?\s*:", re.I)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(from|от|кімнен)\*?\s*:", re.I)
PARSED_KINDS = ("docx", "xlsx", "pdf", "txt", "html")
SKIPPED_TYPES = ("image/", "audio/", "video/")
# parts that are never a document: signatures, and a bounce's machine-readable report
SIGNATURE_TYPES = frozenset({"application/pkcs7-signature", "application/x-pkcs7-signature",
                             "application/pgp-signature", "application/pgp-keys"})
REPORT_TYPES = frozenset({"message/delivery-status", "message/disposition-notification",
                          "text/rfc822-headers", "message/feedback-report"})


def _outlook_block(lines: list[str], at: int) -> bool:
    """True when lines[at] is "From:/От:" followed by more header lines (Outlook's quote)."""
    if not _OUTLOOK_FROM.match(lines[at]):
        return False
    following = [x for x in lines[at + 1:at + 6] if x.strip()][:3]
    return sum(1 for x in following if _HEADER_LINE.match(x)) >= 2


def split_reply(text: str) -> tuple[str, str | None]:
    """(the sender's own text, the text of a message forwarded inline or None).

    Quoted text of a reply — '>' lines, "-----Original Message-----", "… пишет:"/"… wrote:",
    Outlook's header block — is cut off with everything after it: it is our request or
    older history, never the answer."""
    lines = text.splitlines()
    own: list[str] = []
    for n, line in enumerate(lines):
        if _FORWARD_START.match(line):
            rest = lines[n + 1:]
            while rest and (not rest[0].strip() or _HEADER_LINE.match(rest[0])):
                rest.pop(0)
            return "\n".join(own).strip(), "\n".join(rest)
        if any(x.strip() for x in own) and (_QUOTE_START.match(line) or _outlook_block(lines, n)):
            break
        if line.lstrip().startswith(">"):
            continue
        own.append(line)
    return "\n".join(own).strip(), None


def own_text(text: str) -> str:
    """The text before the quoted part of a reply; '>' lines dropped."""
    return split_reply(text)[0]


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    text = decode(payload if isinstance(payload, bytes) else b"", part.get_content_charset())
    if part.get_content_type() == "text/html":
        return html_to_text(text, mark_quotes=True)
    return text


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
    if kind == "encrypted_office":
        result.errors.append(ParseError(part=name, code="encrypted_document", message="the "
                             "document is protected by a password; please send it unprotected"))
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


def _safe_parts(data: bytes, name: str, limits: ParseLimits, result: ParseResult,
                content_type: str) -> list[ParsedDocument]:
    """parse_part with a guard: a bug reading one attachment is that part's error only."""
    try:
        return parse_part(data, name, limits, result, content_type)
    except Exception as exc:  # noqa: BLE001 - reported, the other parts still count
        log.exception("reading %s failed", name)
        result.errors.append(ParseError(part=name, code="internal", message=f"the part could "
                                        f"not be read because of a fault in the gateway "
                                        f"({type(exc).__name__})"))
        return []


def _inner_message(part: Message) -> EmailMessage | None:
    inner = part.get_payload()
    inner = inner[0] if isinstance(inner, list) and inner else inner
    if not isinstance(inner, Message):
        return None
    if not isinstance(inner, EmailMessage):
        inner = email.message_from_bytes(inner.as_bytes(), policy=POLICY)
    return inner  # type: ignore[return-value]


def _attached_documents(msg: EmailMessage, limits: ParseLimits, result: ParseResult,
                        prefix: str, origin: str | None = None) -> list[ParsedDocument]:
    """The documents of msg's attachments.  An attachment inside a forwarded message keeps its
    own file name as `part` (the contract's), and says where it came from in `origin`."""
    attached: list[ParsedDocument] = []
    is_report = msg.get_content_type() == "multipart/report"
    for n, part in enumerate(_attachments(msg), start=1):
        ctype = part.get_content_type()
        if ctype in REPORT_TYPES or (is_report and ctype == "message/rfc822"):
            continue  # a bounce's status and our own message returned: nobody's answer
        if ctype == "message/rfc822":
            inner = _inner_message(part)
            if inner is not None:
                walk(inner, limits, result, prefix=f"{prefix}forwarded {n}: ",
                     origin=_origin(inner, n, origin))
            continue
        if ctype.startswith(SKIPPED_TYPES) or ctype in SIGNATURE_TYPES:
            continue
        try:
            filename = part.get_filename()
        except (ValueError, LookupError):
            filename = None
        name = safe_name(filename, f"attachment-{n}")
        try:
            payload = part.get_payload(decode=True)
        except (ValueError, LookupError, AssertionError):
            payload = b""
        data = payload if isinstance(payload, bytes) else b""
        docs = _safe_parts(data, name, limits, result, ctype)
        for doc in docs:
            doc.origin = origin
        attached.extend(docs)
    return attached


def _origin(inner: EmailMessage, n: int, outer: str | None) -> str:
    """"forwarded message 2 (from …, subject …)": where an attachment of a forwarded message
    came from, for the operator."""
    try:
        sender, subject = str(inner.get("From") or ""), str(inner.get("Subject") or "")
    except (ValueError, LookupError, TypeError):
        sender = subject = ""
    facts = ", ".join(x for x in (f"from {sender}" if sender else "",
                                  f"subject {subject!r}" if subject else "") if x)
    here = f"forwarded message {n}" + (f" ({facts})" if facts else "")
    return f"{outer} > {here}" if outer else here


def walk(msg: EmailMessage, limits: ParseLimits, result: ParseResult, prefix: str = "",
         origin: str | None = None) -> None:
    """The message's documents into result: its own text (when it says something, or is all
    there is), a message forwarded inline, every attachment, every attached message.

    A covering letter saying the attached Appendix 1 table is a change (p.6) makes that table
    a change_notice, and is itself not listed (the table carries the services)."""
    attached = _attached_documents(msg, limits, result, prefix, origin)
    own, forwarded = split_reply(_body(msg))
    docs: list[ParsedDocument] = []
    if own:
        body = parse_letter(own, prefix + "body")
        body.origin = origin
        forms = [d for d in attached if d.kind == "appendix1_form"]
        if body.kind == "change_notice" and forms:
            for form in forms:
                form.kind = "change_notice"
        elif body.kind != "other" or not attached:
            docs.append(body)
    if forwarded is not None:
        inner_own, _ = split_reply(forwarded)
        inner = parse_letter(inner_own, prefix + "forwarded: body") if inner_own else None
        if inner is not None and (inner.kind != "other" or not (docs or attached)):
            docs.append(inner)
    result.documents.extend(docs + attached)


def parse_message(raw: bytes, name: str = "message", limits: ParseLimits | None = None
                  ) -> ParseResult:
    limits = limits or ParseLimits()
    result = ParseResult(source=name)
    if not raw.strip():
        result.errors.append(ParseError(part=name, code="empty_file", message="the message is "
                                        "empty"))
        return result
    msg = email.message_from_bytes(raw, policy=POLICY)
    try:
        result.message = message_info(msg)
    except Exception as exc:  # noqa: BLE001 - the documents may still be readable
        log.exception("reading the headers of %s failed", name)
        result.message = MessageInfo(defects=[f"the headers could not be read "
                                              f"({type(exc).__name__})"])
    if msg.defects:
        result.message.defects.extend(type(d).__name__ for d in msg.defects)
    try:
        walk(msg, limits, result)  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - what was read so far is kept
        log.exception("walking %s failed", name)
        result.errors.append(ParseError(part=name, code="internal", message=f"the message's "
                                        f"structure could not be read ({type(exc).__name__})"))
    return result
