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

from parsers import bodytables
from parsers.document import build_document
from parsers.formats import cms
from parsers.formats.image import looks_like_a_page
from parsers.formats.text import decode, html_to_text
from parsers.headers import message_info
from parsers.letters import parse_letter
from parsers.limits import safe_name
from parsers.mailpolicy import POLICY
from parsers.parts import parse_part
from parsers.pool import in_worker
from parsers.records import MessageInfo, ParsedDocument, ParseError, ParseResult
from parsers.registry import DocumentRejected, ParseLimits
from parsers.sniff import sniff
from understanding.kinds import NAMES_CENTRE, speaks_of_change

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
# A covering note that says it forwards what follows ("Пересылаю письмо", "қайта жіберемін").
_FORWARDING = re.compile(r"\b(пересыла\w*|перенаправля\w*|forward\w*|қайта\s+жібер\w*)",
                         re.I)
# Outlook's header block ("От: … / Отправлено: … / Кому: … / Тема: …"), with or without @.
_HEADER_LINE = re.compile(
    r"^\s*\*?(from|sent|date|to|cc|subject|от|отправлено|дата|кому|копия|тема|кімнен|"
    r"жіберілді|күні|кімге|тақырыбы)\*?\s*:", re.I)
_OUTLOOK_FROM = re.compile(r"^\s*\*?(from|от|кімнен)\*?\s*:", re.I)
IMAGE_KINDS = ("png", "jpeg", "tiff")  # a scan or a photo of a document: read by OCR
SKIPPED_TYPES = ("audio/", "video/")
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


_TO_LINE = re.compile(r"^\s*\*?(to|кому|кімге)\*?\s*:(.*)$", re.I)


def _forwarded_to_outsider(text: str, info: MessageInfo | None) -> bool:
    """True when the message forwarded in text was written to an address outside the sender's
    own domain that is not the contact centre ("Кому: info@kaspiytrade.kz"): someone else's
    letter, passed on for information."""
    sender = (info.from_address or "") if info else ""
    domain = sender.rpartition("@")[2]
    for line in text.splitlines():
        m = _TO_LINE.match(line)
        if not m or NAMES_CENTRE.search(m.group(2)):
            continue
        for address in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", m.group(2)):
            if not domain or not (address.lower() == domain or address.lower().endswith(
                    "." + domain) or domain.endswith("." + address.lower())):
                return True
    return False


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
            if _outlook_block(lines, n) and _FORWARDING.search("\n".join(own)):
                # "Пересылаю для сведения" over Outlook's header block: the block starts the
                # letter forwarded, which may be the answer, not our request quoted
                rest = lines[n:]
                while rest and (not rest[0].strip() or _HEADER_LINE.match(rest[0])):
                    rest.pop(0)
                return "\n".join(own).strip(), "\n".join(rest)
            break
        if line.lstrip().startswith(">"):
            continue
        own.append(line)
    return "\n".join(own).strip(), None


# a mail server's or a clerk's confidentiality notice under the letter ("УВЕДОМЛЕНИЕ О
# КОНФИДЕНЦИАЛЬНОСТИ: … предназначено исключительно для адресата … информацию для служебного
# пользования"): its "служебного пользования" and "запрещено" are no refusal of the letter's
_DISCLAIMER = re.compile(
    r"(?im)^[\W_]*(?:уведомление\s+о\s+конфиденциальности|конфиденциальность|"
    r"құпиялылық\s+туралы|confidentiality|disclaimer|(?:данное|настоящее)\s+(?:электронное\s+)?"
    r"сообщение|(?:осы|бұл)\s+(?:электрондық\s+)?хабарлама|this\s+(?:e-?mail|message))"
    r"(?=[\s\S]{0,400}?(?:адресат|addressee|recipient))")


def without_disclaimer(text: str) -> str:
    """The text up to a confidentiality notice that follows the letter (the notice, and what
    comes after it, left out); the text itself when there is none or nothing comes before."""
    found = _DISCLAIMER.search(text)
    if found is None or not text[:found.start()].strip():
        return text
    return text[:found.start()].rstrip(" \n=-_")


def own_text(text: str) -> str:
    """The text before the quoted part of a reply; '>' lines dropped."""
    return split_reply(text)[0]


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    text = decode(payload if isinstance(payload, bytes) else b"", part.get_content_charset())
    if part.get_content_type() == "text/html":
        return html_to_text(text, mark_quotes=True)
    return text


# a plain alternative that only points at the HTML one ("(см. HTML-версию)", webmail's stub)
_STUB_MIN_SHARE = 0.3


def _body(msg: EmailMessage) -> str:
    try:
        body = msg.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError, ValueError):
        body = None
    if body is None:
        return ""
    text = _text_of(body)
    if body.get_content_type() == "text/plain":
        # the plain part is a stub of the HTML one: far shorter, the HTML is the letter
        try:
            html = msg.get_body(preferencelist=("html",))
        except (KeyError, LookupError, ValueError):
            html = None
        if html is not None:
            rich = _text_of(html)
            if len(text.split()) < _STUB_MIN_SHARE * len(rich.split()):
                return rich
    return text


def _body_tables(msg: EmailMessage, own: str) -> list[bodytables.Table]:
    """Tables of the body: the HTML alternative's (even when a plain one is preferred for
    the text: Outlook's plain version of a table has lost its columns), else the tab-separated
    ones of the sender's own text."""
    try:
        html = msg.get_body(preferencelist=("html",))
    except (KeyError, LookupError, ValueError):
        html = None
    if html is not None:
        payload = html.get_payload(decode=True)
        found = bodytables.html_tables(decode(payload if isinstance(payload, bytes) else b"",
                                              html.get_content_charset()))
        # only the sender's own tables: one in the quoted message below is not their answer
        found = [t for t in found if bodytables.within(t, own)]
        if found:
            return found
    return bodytables.text_tables(own)


def _attachments(msg: EmailMessage) -> list[Message]:
    try:
        return list(msg.iter_attachments())
    except (KeyError, LookupError, ValueError, AttributeError):
        return []


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


def _decoration(part: Message) -> bool:
    """An image shown inside the body (a logo, a signature's picture), not a scan sent as an
    attachment: inline, or referenced by Content-ID without being called an attachment."""
    if part.get_content_maintype() != "image":
        return False
    disposition = (part.get_content_disposition() or "").lower()
    return disposition == "inline" or (disposition != "attachment" and bool(part["Content-ID"]))


def _inner_message(part: Message) -> EmailMessage | None:
    inner = part.get_payload()
    inner = inner[0] if isinstance(inner, list) and inner else inner
    if not isinstance(inner, Message):
        return None
    if not isinstance(inner, EmailMessage):
        inner = email.message_from_bytes(inner.as_bytes(), policy=POLICY)
    return inner  # type: ignore[return-value]


def _signature_file(name: str, data: bytes, ctype: str) -> str | None:
    """For a part that looks like a signature: "detached" (form.pdf.p7s beside form.pdf),
    "attached" (a container holding the document), "other" (a PGP signature, or one we cannot
    read: never a document); None for any other part."""
    if ctype not in SIGNATURE_TYPES and not name.lower().endswith(cms.SUFFIXES):
        return None
    state = cms.holds(data) if len(data) < 1 << 20 or ctype not in SIGNATURE_TYPES else None
    return state or ("other" if ctype in SIGNATURE_TYPES else None)


def _signed_document(sig_name: str, read: dict[str, list[ParsedDocument]]) -> str | None:
    """The attachment a detached signature signs: `form.pdf.p7s` -> form.pdf, `form.p7s` ->
    the one attachment named form.<anything>."""
    inner = cms.inner_name(sig_name)
    if inner in read and inner != sig_name:
        return inner
    stems = [n for n in read if n.rsplit(".", 1)[0] == inner and n != sig_name]
    return stems[0] if len(stems) == 1 else None


def _check_detached(signatures: list[tuple[str, bytes]], contents: dict[str, bytes],
                    read: dict[str, list[ParsedDocument]], limits: ParseLimits,
                    result: ParseResult) -> None:
    for sig_name, sig in signatures:
        target = _signed_document(sig_name, read)
        if target is None:
            result.errors.append(ParseError(part=sig_name, code="detached_signature", message=(
                "a detached signature whose document is not in the message (expected "
                f"{cms.inner_name(sig_name)!r} beside it)")))
            continue
        try:
            signature = in_worker(cms.check_detached, sig, contents[target], limits,
                                  limits=limits)
        except DocumentRejected as exc:
            result.errors.append(ParseError(part=sig_name, code=exc.code, message=exc.message))
            continue
        for doc in read[target]:
            doc.signature = signature


def _attached_documents(msg: EmailMessage, limits: ParseLimits, result: ParseResult,
                        prefix: str, origin: str | None = None) -> list[ParsedDocument]:
    """The documents of msg's attachments.  An attachment inside a forwarded message keeps its
    own file name as `part` (the contract's), and says where it came from in `origin`."""
    attached: list[ParsedDocument] = []
    is_report = msg.get_content_type() == "multipart/report"
    is_smime = msg.get_content_type() == "multipart/signed"
    read: dict[str, list[ParsedDocument]] = {}
    contents: dict[str, bytes] = {}
    signatures: list[tuple[str, bytes]] = []
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
        if ctype.startswith(SKIPPED_TYPES) or (ctype in SIGNATURE_TYPES and is_smime):
            continue  # S/MIME signs the message, not a document
        if _decoration(part):
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
        if sniff(data) in IMAGE_KINDS and not looks_like_a_page(data):
            continue  # a logo or an icon beside the letter, not a scan
        state = _signature_file(name, data, ctype)
        if state == "detached":
            signatures.append((name, data))
            continue
        if state == "other":
            continue
        docs = _safe_parts(data, name, limits, result, ctype)
        for doc in docs:
            doc.origin = origin
        read[name], contents[name] = docs, data
        attached.extend(docs)
    _check_detached(signatures, contents, read, limits, result)
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


# our outgoing registration number, as agencies quote it back ("ЕКЦ-2027/0549", "ЕКЦ - 2027/141",
# in a Kazakh letter "ББО-2027/141")
_OUR_NUMBER = re.compile(r"(ЕКЦ|EKC|ЕKЦ|ББО|BBO)\s*[-–]\s*(\d{4})\s*/\s*0*(\d{1,7})\b")


def our_numbers(text: str) -> list[str]:
    """Our outgoing numbers a body quotes, as we write them (ЕКЦ-<year>/<n>, ББО-<year>/<n>),
    once each."""
    found = (f"{'ББО' if m.group(1) in ('ББО', 'BBO') else 'ЕКЦ'}-{m.group(2)}/{m.group(3)}"
             for m in _OUR_NUMBER.finditer(text[:200_000]))
    return list(dict.fromkeys(found))[:20]


def walk(msg: EmailMessage, limits: ParseLimits, result: ParseResult, prefix: str = "",
         origin: str | None = None) -> None:
    """The message's documents into result: its own text (a covering note too: the contract
    lists the body of every message, and an operator reads what the note says), a message
    forwarded inline, every attachment, every attached message.

    A covering letter saying the attached Appendix 1 table is a change (p.6) makes that table
    a change_notice, and is itself not listed (the table carries the services)."""
    attached = _attached_documents(msg, limits, result, prefix, origin)
    text = _body(msg)
    own, forwarded = split_reply(text)
    own = without_disclaimer(own)
    docs: list[ParsedDocument] = []
    if own:
        tables = _body_tables(msg, own)
        body = build_document(prefix + "body", tables, own, read_by="html") if tables \
            else parse_letter(own, prefix + "body")
        body.origin = origin
        if body.notes.get("disowns_attachments"):
            # "во вложении черновик формы", "ЕКЦ в копии для сведения": the note says what
            # the attachments are, and it is no reply (parsers.reliability holds them)
            for doc in attached:
                doc.notes["covered_as_no_reply"] = 1.0
        forms = [d for d in attached if d.kind == "appendix1_form"]
        if forms and not tables and (body.kind == "change_notice" or speaks_of_change(own)):
            for form in forms:
                form.kind = "change_notice"
        else:
            docs.append(body)
    if forwarded is not None:
        inner_own, _ = split_reply(forwarded)
        inner = parse_letter(inner_own, prefix + "forwarded: body") if inner_own else None
        cover = docs[-1] if docs and docs[-1].part == prefix + "body" else None
        if inner is not None and inner.kind != "other" and cover is not None \
                and cover.kind == "other" and not cover.notes.get("cover_holds") \
                and not cover.notes.get(f"near_{inner.kind}") \
                and not _forwarded_to_outsider(text, result.message):
            # "Пересылаю для сведения" over the agency's own letter: the body the agency sent
            # us is that letter.  Not when the note says it is a draft or a sample, speaks of
            # that kind itself ("пересылаю старый протокол, новый подпишем после обучения"),
            # or the letter forwarded was written to someone outside the agency
            inner.part, inner.origin = cover.part, cover.origin
            inner.warnings.insert(0, "read from the letter forwarded in the body")
            docs[-1] = inner
        elif inner is not None and (inner.kind != "other" or not (docs or attached)):
            if cover is not None and cover.kind == "other" and inner.kind != "other":
                # passed on with a note that is no reply and does not make it ours (above):
                # listed, and held for an operator (parsers.reliability)
                inner.notes["covered_as_no_reply"] = 1.0
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
        result.message.our_numbers = our_numbers(_body(msg))  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a body that cannot be read has no number to quote
        log.exception("reading the body of %s for our numbers failed", name)
    try:
        walk(msg, limits, result)  # type: ignore[arg-type]
    except Exception as exc:  # noqa: BLE001 - what was read so far is kept
        log.exception("walking %s failed", name)
        result.errors.append(ParseError(part=name, code="internal", message=f"the message's "
                                        f"structure could not be read ({type(exc).__name__})"))
    return result
