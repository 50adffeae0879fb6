"""Composing the messages the gateway sends, from Jinja2 templates in mappings/templates/.

Why templates as data: the wording of a request or a reminder is the contact centre's, in
Russian and Kazakh, and changes without a release; a template file is `Subject: ...` on its
first line and the body after it.  Names and numbers are declined and agreed in the template
with the filters of outbound.grammar (`decline`, `count`, ...) and outbound.grammar_kk
(`kk_case`, `kk_number`).  Composers are found by name in outbound.composers (`request`,
`reminder`, `questions`, ...); the name is the template's.  Every header value goes through
outbound.headers, so nothing from any input can inject a header.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import mimetypes
import secrets
from dataclasses import dataclass, field
from email.generator import NLCRE, BytesGenerator  # type: ignore[attr-defined]
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, formataddr
from functools import lru_cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template, TemplateNotFound

from outbound import composers as registry
from outbound import grammar, grammar_kk
from outbound.headers import address, clean, message_id
from outbound.legal import cite
from outbound.subject import SubjectHeader

TEMPLATE_DIR = "templates"


@lru_cache(maxsize=1)
def _env() -> Environment:
    from mappings import path

    env = Environment(loader=FileSystemLoader(str(path(TEMPLATE_DIR))),
                      undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    env.filters.update(grammar.FILTERS | grammar_kk.FILTERS)  # declension, agreement
    return env


def composers() -> list[str]:
    """The registered composers' names."""
    return registry.names()


@lru_cache(maxsize=64)
def _templates(name: str, language: str) -> tuple[Template, Template]:
    """The subject line and the body of a template file, compiled apart, so that a line break
    in any value can neither end the subject early nor move text between the two."""
    env = _env()
    source = filename = ""
    for candidate in (f"{name}.{language}.txt", f"{name}.ru.txt"):
        try:
            assert env.loader is not None  # _env() always sets one
            source, found, _ = env.loader.get_source(env, candidate)
            filename = found or candidate
            break
        except TemplateNotFound:
            continue
    if not filename:
        raise TemplateNotFound(f"{name}.{language}.txt")
    first, _, body = source.partition("\n")
    if not first.startswith("Subject:"):
        raise ValueError(f"template {filename} must start with 'Subject: '")
    return env.from_string(first[len("Subject:"):]), env.from_string(body)


def render(name: str, language: str, context: dict[str, Any]) -> tuple[str, str]:
    """(subject, body) of composer `name` in `language` (falls back to Russian).

    ComposerError when `name` is unknown or a fact its letter needs is missing.  The Rules
    are cited in one form (outbound.legal) from the context's `legal_basis` facts (default:
    order No. 130 of 18.02.2015), in the letter's language."""
    context = registry.get(name).context(context)
    context.setdefault("rules", cite(context.get("legal_basis"), language))
    subject, body = _templates(name, language)
    return clean(subject.render(**context)), body.render(**context)


@dataclass
class Envelope:
    """Everything but the words: who, which thread, which identity."""

    sender: str
    sender_name: str
    to: list[str]
    message_id: str  # with angle brackets
    outgoing_number: str
    case_tag: str = ""  # "[EKC-<case id>]"
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    auto: bool = True  # Auto-Submitted: auto-generated (no person wrote it)
    date: dt.datetime | None = None
    cc: list[str] = field(default_factory=list)


Attachment = tuple[str, bytes, str]  # (file name, content, MIME type "main/sub")


class _Remembering(EmailPolicy):
    """email.policy.default (or .SMTP, by linesep) that parses and folds a header once per
    distinct (name, value): the standard library's header machinery is most of a letter's
    cost, and a batch of thousands of requests repeats most header values (the sender, the
    agency's address, the MIME headers, the attachment's name).  A header object is immutable
    and its parse and fold depend only on the name, the value and the policy, so the bytes are
    the same as without it (tests/outbound/test_compose_speed.py)."""

    def header_store_parse(self, name: str, value: Any) -> tuple[str, Any]:
        if type(value) is not str or len(_PARSED) > _MAX:
            if len(_PARSED) > _MAX:
                _PARSED.clear()
            return super().header_store_parse(name, value)
        key = (name.lower(), value)
        found = _PARSED.get(key)
        if found is None or found[0] != name:
            found = _PARSED[key] = super().header_store_parse(name, value)
        return found

    def fold_binary(self, name: str, value: Any) -> bytes:
        key = (self.linesep, self.max_line_length, self.utf8, self.cte_type, name, value,
               type(value))
        found = _FOLDED.get(key)
        if found is None:
            if len(_FOLDED) > _MAX:
                _FOLDED.clear()
            found = _FOLDED[key] = super().fold_binary(name, value)
        return found


_MAX = 20_000
_PARSED: dict[tuple[str, str], tuple[str, Any]] = {}
_FOLDED: dict[tuple[Any, ...], bytes] = {}
POLICY = _Remembering()  # email.policy.default's settings
SMTP = _Remembering(linesep="\r\n")  # email.policy.SMTP's: what the outbox stores and sends


class _Generator(BytesGenerator):
    """BytesGenerator writing a part's lines in one go (the standard one writes each line and
    each line end apart: a 50 KB attachment in base64 was 2,000 calls); the same bytes."""

    def _write_lines(self, lines: str) -> None:
        if not lines:
            return
        split = NLCRE.split(lines)
        if len(split) > 1:
            end = self._NL  # type: ignore[attr-defined]
            self.write(end.join(split[:-1]) + end)
        if split[-1]:
            self.write(split[-1])


def as_bytes(msg: EmailMessage) -> bytes:
    """The message as it goes on the wire (CRLF), as `msg.as_bytes(policy=email.policy.SMTP)`."""
    out = io.BytesIO()
    _Generator(out, mangle_from_=False, policy=SMTP).flatten(msg)
    return out.getvalue()


def headers(env: Envelope, subject: str) -> list[tuple[str, Any]]:
    """The letter's headers in order, before the MIME ones (build and outbound.flat)."""
    out: list[tuple[str, Any]] = [
        ("From", formataddr((clean(env.sender_name), address(env.sender)))),
        ("To", ", ".join(address(a) for a in env.to))]
    if env.cc:
        out.append(("Cc", ", ".join(address(a) for a in env.cc)))
    out.append(("Subject", subject_header(env, subject)))
    out.append(("Date", format_datetime(env.date or dt.datetime.now(dt.UTC))))
    out.append(("Message-ID", message_id(env.message_id)))
    refs = [r for r in (message_id(x, strict=False) for x in env.references) if r]
    reply_to = message_id(env.in_reply_to, strict=False) if env.in_reply_to else ""
    if reply_to:
        out.append(("In-Reply-To", reply_to))
    if refs:
        out.append(("References", " ".join(refs)))
    out.append(("X-EKC-Outgoing-Number", clean(env.outgoing_number)))
    if env.auto:
        out.append(("Auto-Submitted", "auto-generated"))
    return out


def subject_header(env: Envelope, subject: str) -> SubjectHeader:
    """The Subject as written: the case tag first unless the subject has it."""
    tag = clean(env.case_tag)
    subject = clean(subject)
    return SubjectHeader(f"{tag} {subject}".strip() if tag and tag not in subject else subject)


def new_boundary() -> str:
    """A multipart boundary of 128 random bits, set at composition: the generator would
    otherwise make one and search the whole serialised message for it, most of the cost of
    writing it out."""
    return f"=_ekc_{secrets.token_hex(16)}"


def mime_type(name: str, mime: str) -> tuple[str, str]:
    """An attachment's (main type, subtype): the one given, else guessed from its name."""
    main, _, sub = (mime or mimetypes.guess_type(name)[0] or
                    "application/octet-stream").partition("/")
    return main, sub


def build(env: Envelope, subject: str, body: str,
          attachments: list[Attachment] | None = None,
          boundary: str | None = None) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    for name, value in headers(env, subject):
        msg[name] = value
    msg.set_content(body, subtype="plain", charset="utf-8")
    if attachments:
        msg.make_mixed(boundary=boundary or new_boundary())
    for name, content, mime in attachments or []:
        if mime == EML:  # a message attached as a message, serialised with its own lines
            inner = email.message_from_bytes(content, policy=email.policy.SMTP)
            msg.add_attachment(inner, disposition="attachment", filename=clean(name, 200))
            continue
        main, sub = mime_type(name, mime)
        msg.add_attachment(content, maintype=main, subtype=sub, filename=clean(name, 200))
    return msg


def compose(name: str, language: str, context: dict[str, Any], env: Envelope,
            attachments: list[Attachment] | None = None) -> EmailMessage:
    subject, body = render(name, language, context)
    return build(env, subject, body, attachments)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EML = "message/rfc822"
