"""A letter composed from facts, with no database: its identity, its words and its bytes.

Why apart from the outbox: composing is most of a letter's cost (the template, the MIME bytes,
a p.4 request's Appendix 1 form) and needs nothing but the facts the outbox gathered in its
transaction -- the outgoing number already allocated, the moment, the addresses -- so a batch
of requests can compose in worker processes (gateway.delivery.composing) while the outbox
stores what is done.  The identity (Message-ID, outgoing number) is fixed here and stored with
the bytes in the same transaction as the number (gateway.delivery.outbox.store): a crash
before the commit leaves neither, so no letter is ever sent under two identities.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from email.utils import make_msgid
from typing import Any

from gateway.calendar import local_date
from outbound import composers
from outbound.compose import Attachment, Envelope, render, subject_header
from outbound.flat import letter_bytes


def case_tag(case_id: str) -> str:
    return f"[EKC-{case_id}]"


@dataclass(frozen=True)
class Stationery:
    """What every letter takes from the configuration (picklable, small)."""

    sender_address: str
    sender_name: str  # in the letter's language
    timezone: str
    legal_basis: dict[str, Any]

    @classmethod
    def of(cls, cfg: Any, language: str) -> Stationery:
        return cls(cfg.sender_address, cfg.sender_name_for(language), cfg.timezone,
                   cfg.legal_basis.model_dump())


@dataclass
class Order:
    """One letter to compose: every fact, the number allocated, the moment fixed."""

    kind: str
    name: str  # the composer (outbound.composers)
    language: str
    number: str
    to: list[str]
    at: dt.datetime
    context: dict[str, Any]
    case_id: str | None = None
    agency_id: str | None = None
    transport: str = "smtp"
    thread: list[str] = field(default_factory=list)
    auto: bool | None = None
    attachments: list[Attachment] | None = None
    # a p.4 request's Appendix 1 form, built where the letter is (service, date)
    appendix1: tuple[Any, dt.date] | None = None


@dataclass
class Letter:
    """A composed letter, ready for the outbox (gateway.delivery.outbox.store)."""

    kind: str
    message_id: str
    number: str
    case_id: str | None
    agency_id: str | None
    transport: str
    to: list[str]
    raw: bytes
    subject: str
    paragraph: str
    sha256: str = ""  # of raw: the blob's key, hashed where the letter was composed


def compose_letter(order: Order, paper: Stationery) -> Letter:
    """The letter of `order`: its Message-ID made, its words rendered, its bytes written."""
    spec = composers.get(order.name)
    number = order.number
    domain = paper.sender_address.rsplit("@", 1)[1]
    message_id = make_msgid(idstring=f"{order.kind}.{number.split('/')[-1]}", domain=domain)
    today = local_date(order.at, paper.timezone)
    tag = case_tag(order.case_id) if order.case_id else ""
    ctx = {"outgoing_number": number, "today": today.strftime("%d.%m.%Y"),
           "sender_name": paper.sender_name, "tag": tag,
           "legal_basis": paper.legal_basis} | order.context
    attachments = list(order.attachments or [])
    if order.appendix1 is not None:
        from outbound.compose import DOCX
        from outbound.documents.appendix1 import build_appendix1_request

        service, dated = order.appendix1
        form = build_appendix1_request([service], order.language, outgoing_number=number,
                                       date=dated)
        attachments.append((f"prilozhenie-1-{service.registry_number}.docx", form, DOCX))
    thread = order.thread
    env = Envelope(sender=paper.sender_address, sender_name=paper.sender_name, to=order.to,
                   message_id=message_id, outgoing_number=number, case_tag=tag,
                   in_reply_to=thread[-1] if thread else None, references=thread[-10:],
                   auto=spec.auto if order.auto is None else order.auto, date=order.at)
    subject, body = render(order.name, order.language, ctx)
    raw = letter_bytes(env, subject, body, attachments)
    return Letter(kind=order.kind, message_id=message_id, number=number,
                  case_id=order.case_id, agency_id=order.agency_id,
                  transport=order.transport, to=order.to, raw=raw,
                  sha256=hashlib.sha256(raw).hexdigest(),
                  subject=str(subject_header(env, subject)),
                  paragraph=str(ctx.get("paragraph") or spec.paragraph))


def compose_letters(orders: list[Order], paper: Stationery) -> list[Letter]:
    """Several letters (one task of a worker process)."""
    return [compose_letter(order, paper) for order in orders]
