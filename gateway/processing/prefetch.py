"""What every message of a batch looks up before anything else — its row's status (locked
against a second instance), an operator's release of it, the sender's agency, the agency of the
case its subject's tag names — read for the whole batch at once when the batch's transaction
begins: one query each instead of one per message each.  On PostgreSQL a plain letter's cost is
mostly round trips to the server.

Read inside the batch's own transaction, so it sees what a look-up per message would have
seen: the rows are locked by this query, releases are written only by an operator's command
(another transaction), processing a letter never changes the directory's addresses, and a
case's agency never changes (only the cases found are kept: one a message of the batch may yet
open is looked up when it is asked about).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from gateway.domain import Agency
from gateway.processing.matcher import TAG
from gateway.store import repo
from gateway.store.schema import cases, events, inbound


@dataclass
class Prefetched:
    """The batch's look-ups; a message missing from one is looked up on its own."""

    status: dict[int, str] = field(default_factory=dict)
    releases: dict[int, dict[str, Any]] = field(default_factory=dict)
    agencies: dict[str, Agency | None] = field(default_factory=dict)
    case_agency: dict[str, str] = field(default_factory=dict)  # case id -> its agency


def release_of(data: Any, case_id: str | None) -> dict[str, Any]:
    """An operator's release ({"by", "case"}) from its status-log event."""
    return {"by": str(dict(data or {}).get("by") or "operator"), "case": case_id}


def prefetch(conn: Connection, ids: list[int], senders: Iterable[str],
             subjects: Iterable[str] = ()) -> Prefetched:
    """The status (rows locked FOR UPDATE), latest operator release and sender's agency of
    every message of the batch, and the agency of each case its `subjects` name by tag
    ([EKC-…], what the matcher asks of first)."""
    got = Prefetched()
    if not ids:
        return got
    got.status = {row_id: status for row_id, status in conn.execute(
        select(inbound.c.id, inbound.c.status).where(inbound.c.id.in_(ids))
        .order_by(inbound.c.id).with_for_update())}
    for row in conn.execute(select(events.c.inbound_id, events.c.data, events.c.case_id)
                            .where(events.c.inbound_id.in_(ids))
                            .where(events.c.kind == "operator_release").order_by(events.c.id)):
        got.releases[row.inbound_id] = release_of(row.data, row.case_id)  # the latest wins
    for address in set(senders):
        got.agencies[address] = repo.agency_for_address(conn, address)
    if wanted := sorted({m.group(1) for subject in subjects for m in TAG.finditer(subject)}):
        got.case_agency = {row.id: row.agency_id for row in conn.execute(
            select(cases.c.id, cases.c.agency_id).where(cases.c.id.in_(wanted)))}
    return got
