"""Which case a message, and each service in it, belongs to.

Why pure over a small lookup: the order of evidence (DESIGN.md) is the whole logic — the case
tag in the subject, then threading headers against what we sent, then the e-document envelope's
reply-to number, then the sender's agency plus the registry numbers found in the documents — and
it is tested with a table of cases and a dict for a database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from parsers.mime import our_numbers

TAG = re.compile(r"\[EKC-([^\]\s]{1,128})\]")


class Lookup(Protocol):
    def case_exists(self, case_id: str) -> bool: ...
    def case_for_message_id(self, message_id: str) -> str | None: ...
    def case_for_outgoing_number(self, number: str) -> str | None: ...
    def case_for(self, agency_id: str, registry_number: str) -> str | None: ...
    def agency_of_case(self, case_id: str) -> str | None: ...


@dataclass
class Thread:
    case_id: str | None
    how: str


@dataclass
class Evidence:
    subject: str = ""
    message_ids: list[str] = field(default_factory=list)  # In-Reply-To, then References
    edoc_in_reply_to: str | None = None
    agency_id: str | None = None  # the sender's agency, by directory or envelope
    text: str = ""  # where else our outgoing number may be quoted (an envelope's subject, body)


def thread_case(ev: Evidence, db: Lookup) -> Thread:
    """The case the message answers, by tag, threading headers or the envelope."""
    for m in TAG.finditer(ev.subject or ""):
        if db.case_exists(m.group(1)):
            return Thread(m.group(1), f"метка дела в теме [EKC-{m.group(1)}]")
    for mid in ev.message_ids:
        case_id = db.case_for_message_id(mid)
        if case_id:
            return Thread(case_id, f"ответ на наше письмо {mid}")
    if ev.edoc_in_reply_to:
        ref = ev.edoc_in_reply_to.strip()
        case_id = db.case_for_message_id(ref) or (
            "@" in ref and db.case_for_message_id(f"<{ref.strip('<>')}>")) or \
            db.case_for_outgoing_number(ref)
        if case_id:
            return Thread(case_id, f"ответ в системе ЭДО на наш номер {ref}")
    for number in our_numbers(f"{ev.subject or ''}\n{ev.text}"):
        case_id = db.case_for_outgoing_number(number)
        # only the sender's own case: a number is easy to copy, an agency is not
        if case_id and (ev.agency_id is None or db.agency_of_case(case_id) == ev.agency_id):
            return Thread(case_id, f"ссылка на наше письмо {number}")
    return Thread(None, "нет метки дела и это не ответ на наше письмо")


def case_for_service(registry_number: str | None, ev: Evidence, thread: Thread, db: Lookup,
                     only_service: bool) -> tuple[str | None, str]:
    """The case of one service named in a document: by agency + registry number, else the
    thread's case when the document names a single service (or none)."""
    agency = ev.agency_id or (db.agency_of_case(thread.case_id) if thread.case_id else None)
    if registry_number and agency:
        case_id = db.case_for(agency, registry_number)
        if case_id:
            return case_id, f"номер Реестра {registry_number} органа {agency}"
    if thread.case_id and (only_service or not registry_number):
        return thread.case_id, thread.how
    return None, (f"номер Реестра {registry_number} не относится ни к одному делу органа {agency}"
                  if registry_number else thread.how)
