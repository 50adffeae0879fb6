"""What one parsed document means to a case: the engine events it makes (one job of processing).

Why apart from the worker: the worker claims, matches, trusts and commits; turning a document
into events is the Rules' reading of it — which day a p.6 change or a p.7 replacement counts
from (the document's own date, else the letter's outgoing date, else the e-document's
registration date, else arrival), which of our letters it answers (p.8 protocol, p.10
additional request), and what a refusal means for p.12 (gateway.processing.refusals).  The
parse record's newer fields (`change_date`, `effective_date`, `refusal_ground`, `signature`)
are read with getattr, so this works with parsers that do not have them yet.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, select

from gateway.config import Config
from gateway.domain import (
    Basis,
    Event,
    InformationReceived,
    ProtocolSigned,
    ResponsibleNamed,
    ServiceInfo,
)
from gateway.processing.lookups import DbLookup, number_forms
from gateway.processing.refusals import refusal_event
from gateway.store.schema import outbox
from parsers.records import ParsedDocument

# Appendix 1 columns the agency fills (4-8); a row with none of them is our request echoed back
AGENCY_COLUMNS = ("standard", "regulation", "npa_changes", "website", "responsible")
# what a p.6 change can change (columns 4-7); the person is p.7's
CHANGE_COLUMNS = ("standard", "regulation", "npa_changes", "website")


def informative(doc: ParsedDocument, service: ServiceInfo) -> bool:
    """A form row counts only with a column the agency fills (4-8): one with just the
    registry number and name is our own request quoted back.  A change notice counts only
    with a changed column (4-7): the parser reads a table holding some columns as a revised
    one, so our blank request quoted back, number and name alone, is a "change notice" too."""
    columns = AGENCY_COLUMNS if doc.kind == "appendix1_form" else CHANGE_COLUMNS
    return any(getattr(service, f) for f in columns)


def edoc_day(row: dict[str, Any], meta: dict[str, Any]) -> tuple[dt.date, str] | None:
    """The e-document's registration date, when the message came as one (p.6/p.7 fallback)."""
    if row["source"] == "edoc" and meta.get("registration_date"):
        try:
            return dt.date.fromisoformat(str(meta["registration_date"])), "edoc"
        except ValueError:
            return None
    return None


def dated(doc: ParsedDocument, own: str, letter_day: tuple[dt.date, str] | None
           ) -> tuple[dt.date | None, Basis]:
    """p.6/p.7: the day a count starts from — the document's own date of the change or the
    replacement, else the letter's outgoing date, else the e-document's registration date,
    else none (the engine counts from arrival)."""
    stated = getattr(doc, own, None)
    if isinstance(stated, dt.date):
        return stated, "document"
    outgoing = getattr(doc, "letter_date", None) or getattr(doc, "outgoing_date", None) \
        or doc.executor.date
    if isinstance(outgoing, dt.date):
        return outgoing, "letter"
    if letter_day is not None:
        return letter_day[0], "edoc"
    return None, "arrival"


def our_letters(conn: Connection, message_ids: list[str],
                numbers: list[str] | None = None) -> dict[str, str]:
    """Our letters this message answers, by kind: {"additional_request": Message-ID, ...}
    (the newest one named first wins): named by Message-ID (threading headers, an
    e-document's reply-to), else by our outgoing number (an e-document's reply-to, or quoted
    in its text or a mail's body: p.10 answers come every way)."""
    out: dict[str, str] = {}
    if message_ids:
        rows = conn.execute(select(outbox.c.kind, outbox.c.message_id)
                            .where(outbox.c.message_id.in_(message_ids[:50]))).all()
        found = {r.message_id: r.kind for r in rows}
        for mid in message_ids:
            if mid in found:
                out.setdefault(found[mid], mid)
    forms = [f for n in (numbers or [])[:20] for f in number_forms(n)]
    if forms:
        rows = conn.execute(select(outbox.c.kind, outbox.c.message_id)
                            .where(outbox.c.outgoing_number.in_(forms))
                            .order_by(outbox.c.id.desc())).all()
        for r in rows:
            out.setdefault(r.kind, r.message_id)
    return out


def doc_events(conn: Connection, cfg: Config, doc: ParsedDocument,
                services: list[ServiceInfo], case_id: str, inbound_id: int, on: dt.date,
                n: int, letter_day: tuple[dt.date, str] | None = None,
                ours: dict[str, str] | None = None) -> list[Event]:
    """The engine events of one document for one case; keys from the inbound id and the
    document's place in the (deterministic) parse, so a re-run applies nothing twice."""
    key = f"inbound:{inbound_id}:{n}:{doc.part}"
    ours = ours or {}
    if doc.kind in ("appendix1_form", "change_notice"):
        changed_on, basis = dated(doc, "change_date", letter_day)
        return [InformationReceived(key=f"{key}:{i}", on=on, info=s, inbound_id=inbound_id,
                                    is_change_notice=doc.kind == "change_notice",
                                    changed_on=changed_on, dated_by=basis)
                for i, s in enumerate(services) if informative(doc, s)]
    if doc.kind == "responsible_change" and doc.responsible and doc.responsible.full_name:
        replaced_on, basis = dated(doc, "effective_date", letter_day)
        return [ResponsibleNamed(key=key, on=on, person=doc.responsible,
                                 previous=doc.previous_responsible, inbound_id=inbound_id,
                                 replaced_on=replaced_on, dated_by=basis)]
    signature = getattr(doc, "signature", None)
    signed = getattr(signature, "status", None) == "valid" and "protocol" in ours
    if doc.kind == "training_protocol" or signed:
        return [ProtocolSigned(key=key, on=on, protocol_date=doc.protocol_date,
                               inbound_id=inbound_id)]
    if doc.kind == "refusal":
        agency_id = DbLookup(conn).agency_of_case(case_id) or ""
        return [refusal_event(conn, cfg, key=key, on=on, agency_id=agency_id, case_id=case_id,
                              inbound_id=inbound_id, reason=doc.refusal_reason,
                              ground=getattr(doc, "refusal_ground", None),
                              answers=ours.get("additional_request"))]
    return []
