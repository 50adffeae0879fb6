"""The board's reads: each page's rows, filtered, sorted and paged in SQL.

Why SQL and not the repository's whole-case values: the cases page must stay fast with tens of
thousands of cases, so it reads only the columns it shows (`cases.next_due` answers "overdue"
and "next deadline" without opening a case's JSON) and only the page it shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, func, select

from gateway.store.schema import agencies, cases, events, inbound, outbox, services, tasks
from gateway.web import casesearch

SORTS = {
    "id": cases.c.id, "registry_number": cases.c.registry_number,
    "agency": cases.c.agency_id, "state": cases.c.state, "next_due": cases.c.next_due,
}
CHUNK = 500  # ids per IN (...) when reading a page's columns
STATES = ("registered", "requested", "appointed", "info_received", "accepted", "consulting")


@dataclass
class CaseFilter:
    state: str = ""
    agency: str = ""
    overdue: bool = False
    q: str = ""
    sort: str = "next_due"
    descending: bool = False
    page: int = 1
    size: int = 50
    assignee: str = ""  # an operator's name, "-" nobody's (the unassigned queue), "" anyone's
    extra: dict[str, str] = field(default_factory=dict)


def cases_page(conn: Connection, f: CaseFilter, today: dt.date) -> tuple[list[dict[str, Any]],
                                                                         int]:
    """One page of cases and the count of all that match.

    Two steps, so the cost does not grow with the page number or the case count beyond the
    filter itself: the page's ids (from `cases` alone unless a search needs the names, with
    the total as a window count in the same query), then the shown columns for those ids."""
    name_ru = services.c.data["name_ru"].as_string()
    agency_name = agencies.c.data["name_ru"].as_string()
    conditions: list[Any] = []
    if f.state:
        conditions.append(cases.c.state == f.state)
    if f.agency:
        conditions.append(cases.c.agency_id == f.agency)
    if f.overdue:
        conditions.append(cases.c.next_due < today)
    if f.assignee == "-":
        conditions.append(cases.c.assignee.is_(None))
    elif f.assignee:
        conditions.append(cases.c.assignee == f.assignee)
    needle = f.q.strip()
    offset = (max(1, f.page) - 1) * f.size
    order: list[Any] | None = None
    if f.sort not in ("", "next_due"):
        column = SORTS.get(f.sort, cases.c.next_due)
        order = [column.desc() if f.descending else column.asc(), cases.c.id]
    if needle:
        ids, total = casesearch.page(conn, conditions, needle, order, f.descending, offset,
                                     f.size)
    elif order is None:
        ids, total = by_next_due(conn, conditions, f.descending, offset, f.size)
    else:
        ids = list(conn.execute(select(cases.c.id).where(*conditions).order_by(*order)
                                .limit(f.size).offset(offset)).scalars())
        total = int(conn.execute(select(func.count()).select_from(cases)
                                 .where(*conditions)).scalar_one())
    if not ids:
        return [], total
    joined = (cases.outerjoin(services, and_(services.c.registry_number
                                              == cases.c.registry_number,
                                              services.c.agency_id == cases.c.agency_id))
              .outerjoin(agencies, agencies.c.agency_id == cases.c.agency_id))
    q = (select(cases.c.id, cases.c.registry_number, cases.c.agency_id, cases.c.state,
                cases.c.next_due, cases.c.assignee, name_ru.label("service_name"),
                services.c.data["name_kk"].as_string().label("service_name_kk"),
                agency_name.label("agency_name"),
                agencies.c.data["name_kk"].as_string().label("agency_name_kk"))
         .select_from(joined))
    by_id: dict[str, dict[str, Any]] = {}
    for at in range(0, len(ids), CHUNK):  # an export's page is long: keep under SQLite's
        chunk = ids[at:at + CHUNK]          # limit of bound variables
        by_id |= {r["id"]: dict(r) for r in conn.execute(q.where(cases.c.id.in_(chunk)))
                  .mappings()}
    rows = []
    for case_id in ids:
        row = by_id[case_id]
        row["overdue"] = row["next_due"] is not None and row["next_due"] < today
        rows.append(row)
    return rows, total


def by_next_due(conn: Connection, conditions: list[Any], descending: bool, offset: int,
                size: int, total: int | None = None) -> tuple[list[str], int]:
    """The default order (the open cases by due date, then those with nothing open) read along
    the (next_due, id) index instead of sorting every case: the open part first, the rest
    after it.  How many are open is counted only when the page begins past them."""
    if total is None:
        total = int(conn.execute(select(func.count()).select_from(cases)
                                 .where(*conditions)).scalar_one())
    is_open = cases.c.next_due.is_not(None)
    order = [cases.c.next_due.desc(), cases.c.id.desc()] if descending \
        else [cases.c.next_due, cases.c.id]
    ids: list[str] = list(conn.execute(select(cases.c.id).where(*conditions, is_open)
                                       .order_by(*order).limit(size).offset(offset)).scalars())
    if len(ids) < size and offset + len(ids) < total:
        n_open = offset + len(ids) if ids else int(conn.execute(
            select(func.count()).select_from(cases).where(*conditions, is_open)).scalar_one())
        ids += conn.execute(select(cases.c.id).where(*conditions, cases.c.next_due.is_(None))
                            .order_by(cases.c.id).limit(size - len(ids))
                            .offset(max(0, offset - n_open))).scalars()
    return ids, total


def agency_choices(conn: Connection, language: str = "ru") -> list[tuple[str, str]]:
    """(agency id, its name in `language`, the Russian one where no Kazakh one is stored)."""
    ru = agencies.c.data["name_ru"].as_string()
    kk = agencies.c.data["name_kk"].as_string()
    return [(a, (k if language == "kk" and k else r) or a)
            for a, r, k in conn.execute(select(agencies.c.agency_id, ru, kk)
                                        .order_by(agencies.c.agency_id))]


def overdue_by_paragraph(conn: Connection, today: dt.date) -> dict[str, int]:
    """Open steps past their due date, counted by the paragraph of the Rules they fall under
    (counted in SQL from `open_steps`: no case's JSON is read)."""
    from gateway.store.repo import overdue_by_paragraph as counted

    return counted(conn, today)


def counts(conn: Connection, table: Any) -> dict[str, int]:
    return {s: int(n) for s, n in conn.execute(select(table.c.status, func.count())
                                               .group_by(table.c.status))}


def overdue_count(conn: Connection, today: dt.date) -> int:
    return int(conn.execute(select(func.count()).select_from(cases)
                            .where(cases.c.next_due < today)).scalar_one())


def case_messages(conn: Connection, case_id: str) -> list[dict[str, Any]]:
    """Every message in and out of the case, oldest first."""
    ins = conn.execute(select(inbound.c.id, inbound.c.received_at.label("at"), inbound.c.sender,
                              inbound.c.subject, inbound.c.status, inbound.c.source)
                       .where(inbound.c.case_id == case_id)).mappings()
    outs = conn.execute(select(outbox.c.id, outbox.c.created_at.label("at"), outbox.c.kind,
                               outbox.c.outgoing_number, outbox.c.recipients, outbox.c.status)
                        .where(outbox.c.case_id == case_id)).mappings()
    rows = [{"direction": "in", **dict(r)} for r in ins]
    rows += [{"direction": "out", **dict(r)} for r in outs]
    return sorted(rows, key=lambda r: (_naive(r["at"]), r["direction"], r["id"]))


def _naive(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=None) if at.tzinfo is None else \
        at.astimezone(dt.UTC).replace(tzinfo=None)


def open_tasks(conn: Connection) -> list[dict[str, Any]]:
    """The authority's p.15/p.16 requests not yet done, oldest first (as `gateway tasks`)."""
    q = select(tasks).where(tasks.c.done_on.is_(None)).order_by(tasks.c.id)
    return [dict(r) for r in conn.execute(q).mappings()]


def events_after(conn: Connection, after: int = 0, case: str = "", kind: str = "",
                 limit: int = 100) -> list[dict[str, Any]]:
    """Events with an id above `after` (the newest `limit` when `after` is 0), oldest first."""
    q = select(events)
    if case:
        q = q.where(events.c.case_id == case)
    if kind:
        q = q.where(events.c.kind == kind)
    if after:
        q = q.where(events.c.id > after).order_by(events.c.id).limit(limit)
        return [dict(r) for r in conn.execute(q).mappings()]
    newest = q.order_by(events.c.id.desc()).limit(limit)
    return list(reversed([dict(r) for r in conn.execute(newest).mappings()]))


def last_event_id(conn: Connection) -> int:
    return int(conn.execute(select(func.max(events.c.id))).scalar() or 0)
