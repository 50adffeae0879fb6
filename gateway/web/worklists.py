"""The board's work queues: the quarantine, the outbox and the status log paged and filtered in
SQL, one search across cases, letters, log and outbox, the cases to suggest when a quarantined
letter is released, who works on what, and an operator's saved views.

Why apart from gateway.web.queries: those are the contract's pages (cases, a case); these are
the lists an operator works through all day, each with a page number, a filter an address can
carry (so the language switch, an export and a saved view keep it) and an assignee.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, false, func, insert, or_, select, update

from gateway.store import textsearch
from gateway.store.repo import now
from gateway.store.schema import agency_addresses, cases, events, inbound, outbox, saved_views

MAX_PAGE = 200


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    page: int
    size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))


# the status log's events about a letter that name the people and services its reading found
NAMING = ("appointed", "responsible_replaced", "responsible_confirmed", "information_received",
          "information_changed", "information_revised", "refusal_received", "refusal_lawful",
          "additional_answer", "protocol_signed")


def _paged(conn: Connection, q: Any, page: int, size: int) -> Page:
    """One page of `q` and the count of all its rows; a first page that is not full is the
    count itself (a search that finds little scans once, not twice)."""
    size = max(1, min(MAX_PAGE, size))
    page = max(1, page)
    rows = [dict(r) for r in conn.execute(q.limit(size).offset((page - 1) * size)).mappings()]
    if page == 1 and len(rows) < size:
        return Page(rows, len(rows), 1, size)
    total = int(conn.execute(select(func.count()).select_from(q.order_by(None).subquery()))
                .scalar_one())
    last = max(1, -(-total // size))
    if page > last:  # past the end (the list shrank): its last page
        return _paged(conn, q, last, size)
    return Page(rows, total, page, size)


def _assigned(column: Any, assignee: str) -> Any:
    return column.is_(None) if assignee == "-" else column == assignee


def quarantine_query(conn: Connection, q: str = "", assignee: str = "") -> Any:
    query = (select(inbound.c.id, inbound.c.received_at, inbound.c.source,
                    func.coalesce(inbound.c.decided_sender, inbound.c.sender).label("sender"),
                    inbound.c.subject, inbound.c.quarantine_reason.label("reason"),
                    inbound.c.attempts, inbound.c.assignee)
             .where(inbound.c.status == "quarantined").order_by(inbound.c.id))
    if assignee:
        query = query.where(_assigned(inbound.c.assignee, assignee))
    if q.strip():
        query = query.where(_letter_match(conn, q.strip()))
    return query


def quarantine_page(conn: Connection, q: str = "", assignee: str = "", page: int = 1,
                    size: int = 50) -> Page:
    return _paged(conn, quarantine_query(conn, q, assignee), page, size)


def outbox_query(conn: Connection, status: str = "", q: str = "") -> Any:
    query = (select(outbox.c.id, outbox.c.outgoing_number, outbox.c.kind, outbox.c.case_id,
                    outbox.c.agency_id, outbox.c.transport, outbox.c.status, outbox.c.attempts,
                    outbox.c.recipients, outbox.c.last_error, outbox.c.created_at,
                    outbox.c.next_attempt_at, outbox.c.sent_at)
             .order_by(outbox.c.id.desc()))
    if status:
        query = query.where(outbox.c.status == status)
    if q.strip():
        n = q.strip()
        query = query.where(or_(
            textsearch.contains(conn, outbox, [outbox.c.outgoing_number], n),
            outbox.c.outgoing_number == n,
            # a subquery each (its own index), so the OR never reads the whole outbox
            outbox.c.id.in_(select(outbox.c.id).where(textsearch.prefix(conn, outbox.c.case_id,
                                                                         n))),
            outbox.c.id.in_(select(outbox.c.id).where(outbox.c.agency_id == n))))
    return query


def outbox_page(conn: Connection, status: str = "", q: str = "", page: int = 1,
                size: int = 50) -> Page:
    return _paged(conn, outbox_query(conn, status, q), page, size)


def log_query(conn: Connection, case: str = "", kind: str = "", q: str = "") -> Any:
    query = select(events).order_by(events.c.id.desc())
    if case:
        query = query.where(events.c.case_id == case)
    if kind:
        query = query.where(events.c.kind == kind)
    if q.strip():
        query = query.where(textsearch.contains(conn, events, [events.c.summary], q))
    return query


def log_page(conn: Connection, case: str = "", kind: str = "", q: str = "", page: int = 1,
             size: int = 100) -> Page:
    return _paged(conn, log_query(conn, case, kind, q), page, size)


def _letter_match(conn: Connection, needle: str) -> Any:
    """A letter by its number, subject or sender, or by the names its reading found (the
    status log's events about it name the responsible person, the agency, the case)."""
    digits = needle.lstrip("#")
    by_id = [inbound.c.id == int(digits)] if digits.isdigit() and len(digits) < 12 else []
    if not textsearch.searchable(needle):
        return or_(false(), *by_id)
    named = select(events.c.inbound_id).where(
        events.c.inbound_id.is_not(None), events.c.kind.in_(NAMING),
        textsearch.contains(conn, events, [events.c.summary], needle))
    columns = [inbound.c.subject, inbound.c.sender, inbound.c.decided_sender]
    return or_(textsearch.contains(conn, inbound, columns, needle), inbound.c.id.in_(named),
               *by_id)


def letters_query(conn: Connection, q: str) -> Any:
    return (select(inbound.c.id, inbound.c.received_at, inbound.c.source,
                   func.coalesce(inbound.c.decided_sender, inbound.c.sender).label("sender"),
                   inbound.c.subject, inbound.c.status, inbound.c.case_id)
            .where(_letter_match(conn, q)).order_by(inbound.c.id.desc()))


def search(conn: Connection, q: str, size: int = 20) -> dict[str, Page]:
    """One search over letters, the status log and the outbox (the cases page searches cases;
    the caller adds its page)."""
    return {"letters": _paged(conn, letters_query(conn, q), 1, size),
            "log": _paged(conn, log_query(conn, q=q), 1, size),
            "outbox": _paged(conn, outbox_query(conn, q=q), 1, size)}


def suggestions(conn: Connection, row: dict[str, Any], thread_ids: list[str],
                limit: int = 20) -> list[dict[str, Any]]:
    """Cases to release a quarantined letter to, likeliest first: those of the thread it
    answers (its In-Reply-To/References are our letters' Message-IDs), those earlier letters
    from the same sender went to, then the cases of the sender's agency (its address or
    domain in the directory)."""
    out: list[str] = []
    if thread_ids:
        out += conn.execute(select(outbox.c.case_id).where(
            outbox.c.message_id.in_(thread_ids), outbox.c.case_id.is_not(None))).scalars()
    sender = (row.get("decided_sender") or row.get("sender") or "").lower()
    if sender:
        out += conn.execute(select(inbound.c.case_id).where(
            func.lower(func.coalesce(inbound.c.decided_sender, inbound.c.sender)) == sender,
            inbound.c.case_id.is_not(None)).order_by(inbound.c.id.desc()).limit(limit)).scalars()
        domain = sender.rsplit("@", 1)[-1]
        agencies = list(conn.execute(select(agency_addresses.c.agency_id).where(or_(
            (agency_addresses.c.kind == "email") & (agency_addresses.c.address == sender),
            (agency_addresses.c.kind == "domain") & (agency_addresses.c.address == domain)))
        ).scalars())
        if agencies:
            out += conn.execute(select(cases.c.id).where(cases.c.agency_id.in_(agencies))
                                .order_by(cases.c.next_due.is_(None), cases.c.next_due,
                                          cases.c.id).limit(limit * 5)).scalars()
    ids = list(dict.fromkeys(i for i in out if i))[:limit * 5]
    if not ids:
        return []
    found = {r["id"]: dict(r) for r in conn.execute(
        select(cases.c.id, cases.c.registry_number, cases.c.agency_id, cases.c.state)
        .where(cases.c.id.in_(ids))).mappings()}
    return [found[i] for i in ids if i in found]


def agencies_of(conn: Connection, senders: list[str]) -> dict[str, str]:
    """Each sender's agency by its address or, failing that, its domain (the directory)."""
    wanted = {s.lower() for s in senders if s and "@" in s}
    if not wanted:
        return {}
    domains = {s.rsplit("@", 1)[-1] for s in wanted}
    found = conn.execute(select(agency_addresses.c.kind, agency_addresses.c.address,
                                agency_addresses.c.agency_id).where(or_(
        (agency_addresses.c.kind == "email") & agency_addresses.c.address.in_(sorted(wanted)),
        (agency_addresses.c.kind == "domain") & agency_addresses.c.address.in_(sorted(domains))
    ))).all()
    by_email = {a: g for k, a, g in found if k == "email"}
    by_domain = {a: g for k, a, g in found if k == "domain"}
    return {s: g for s in wanted
            if (g := by_email.get(s) or by_domain.get(s.rsplit("@", 1)[-1]))}


def agency_cases(conn: Connection, agency_ids: set[str], limit: int = 200
                 ) -> dict[str, list[dict[str, Any]]]:
    """Each agency's cases to suggest, the earliest due first (at most `limit` each)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for agency_id in sorted(agency_ids):
        out[agency_id] = [dict(r) for r in conn.execute(
            select(cases.c.id, cases.c.state).where(cases.c.agency_id == agency_id)
            .order_by(cases.c.next_due.is_(None), cases.c.next_due, cases.c.id).limit(limit))
            .mappings()]
    return out


def assign(conn: Connection, what: str, ids: list[Any], assignee: str | None) -> int:
    """Give cases ("cases") or quarantined letters ("letters") to an operator (None: to
    nobody); how many rows changed."""
    table = cases if what == "cases" else inbound
    if not ids:
        return 0
    return int(conn.execute(update(table).where(table.c.id.in_(ids))
                            .values(assignee=assignee)).rowcount or 0)


def my_work(conn: Connection, name: str) -> dict[str, int]:
    """How many cases and quarantined letters wait on `name`, and on nobody."""
    def n(q: Any) -> int:
        return int(conn.execute(q).scalar_one())

    count = select(func.count())
    return {"my_cases": n(count.select_from(cases).where(cases.c.assignee == name)),
            "my_letters": n(count.select_from(inbound).where(
                inbound.c.status == "quarantined", inbound.c.assignee == name)),
            "unassigned_letters": n(count.select_from(inbound).where(
                inbound.c.status == "quarantined", inbound.c.assignee.is_(None)))}


def views(conn: Connection, operator: str, page: str) -> list[dict[str, Any]]:
    q = (select(saved_views.c.id, saved_views.c.name, saved_views.c.query)
         .where(saved_views.c.operator == operator, saved_views.c.page == page)
         .order_by(saved_views.c.name))
    return [dict(r) for r in conn.execute(q).mappings()]


def save_view(conn: Connection, operator: str, page: str, name: str, query: str) -> None:
    """Save (or replace) the operator's view `name` of `page`."""
    conn.execute(delete(saved_views).where(saved_views.c.operator == operator,
                                           saved_views.c.page == page,
                                           saved_views.c.name == name))
    conn.execute(insert(saved_views).values(operator=operator, page=page, name=name,
                                            query=query, created_at=now()))


def delete_view(conn: Connection, operator: str, view_id: int) -> None:
    conn.execute(delete(saved_views).where(saved_views.c.operator == operator,
                                           saved_views.c.id == view_id))



def people(engine: Any) -> list[str]:
    """The operators work can be given to (viewers only look)."""
    from gateway.web.operators import listing

    return [o["name"] for o in listing(engine) if o["role"] == "operator"]
