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
import mimetypes
from dataclasses import dataclass, field
from email.message import EmailMessage
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


def build(env: Envelope, subject: str, body: str,
          attachments: list[Attachment] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((clean(env.sender_name), address(env.sender)))
    msg["To"] = ", ".join(address(a) for a in env.to)
    if env.cc:
        msg["Cc"] = ", ".join(address(a) for a in env.cc)
    tag = clean(env.case_tag)
    subject = clean(subject)
    msg["Subject"] = SubjectHeader(f"{tag} {subject}".strip() if tag and tag not in subject
                                   else subject)
    msg["Date"] = format_datetime(env.date or dt.datetime.now(dt.UTC))
    msg["Message-ID"] = message_id(env.message_id)
    refs = [r for r in (message_id(x, strict=False) for x in env.references) if r]
    reply_to = message_id(env.in_reply_to, strict=False) if env.in_reply_to else ""
    if reply_to:
        msg["In-Reply-To"] = reply_to
    if refs:
        msg["References"] = " ".join(refs)
    msg["X-EKC-Outgoing-Number"] = clean(env.outgoing_number)
    if env.auto:
        msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(body, subtype="plain", charset="utf-8")
    for name, content, mime in attachments or []:
        if mime == EML:  # a message attached as a message, serialised with its own lines
            inner = email.message_from_bytes(content, policy=email.policy.SMTP)
            msg.add_attachment(inner, disposition="attachment", filename=clean(name, 200))
            continue
        main, _, sub = (mime or mimetypes.guess_type(name)[0] or
                        "application/octet-stream").partition("/")
        msg.add_attachment(content, maintype=main, subtype=sub, filename=clean(name, 200))
    return msg


def compose(name: str, language: str, context: dict[str, Any], env: Envelope,
            attachments: list[Attachment] | None = None) -> EmailMessage:
    subject, body = render(name, language, context)
    return build(env, subject, body, attachments)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EML = "message/rfc822"
