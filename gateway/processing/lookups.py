"""The matcher's questions (gateway.processing.matcher.Lookup) answered from the database, over the
caller's connection.

Why apart from the matcher: the matcher is pure and tested with plain values; this is the one
place its questions become SQL, inside the transaction of the message being processed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BindParameter, Connection, bindparam, select

from gateway.store.schema import cases, outbox

# built once: they run for every message (building one cost about as much as running it)
_V: BindParameter[Any] = bindparam("v")
_CASE = select(cases.c.agency_id).where(cases.c.id == _V)
_CASE_BY_MESSAGE_ID = select(outbox.c.case_id).where(outbox.c.message_id == _V)
_CASE_BY_NUMBER = select(outbox.c.case_id).where(outbox.c.outgoing_number.in_(
    bindparam("v", expanding=True)))


def number_forms(number: str) -> list[str]:
    """Our outgoing number as written, and with the other language's prefix (one counter
    numbers both, so "ББО-2027/5" quoted as "ЕКЦ-2027/5" is still that letter)."""
    head, dash, rest = number.strip().partition("-")
    if dash and head in ("ЕКЦ", "ББО"):
        return [number.strip(), f"{'ББО' if head == 'ЕКЦ' else 'ЕКЦ'}-{rest}"]
    return [number.strip()]


class DbLookup:
    """matcher.Lookup over the caller's connection; one message's questions (a case asked
    about twice -- does it exist, whose is it -- is read once)."""

    def __init__(self, conn: Connection, case_agency: dict[str, str] | None = None) -> None:
        """`case_agency`: cases' agencies read already (the batch's prefetch)."""
        self.conn = conn
        self._agency_of: dict[str, str | None] = dict(case_agency or {})

    def case_exists(self, case_id: str) -> bool:
        return self.agency_of_case(case_id) is not None

    def case_for_message_id(self, message_id: str) -> str | None:
        return self.conn.execute(_CASE_BY_MESSAGE_ID, {"v": message_id}).scalar()

    def case_for_outgoing_number(self, number: str) -> str | None:
        return self.conn.execute(_CASE_BY_NUMBER, {"v": number_forms(number)}).scalar()

    def case_for(self, agency_id: str, registry_number: str) -> str | None:
        q = (select(cases.c.id).where(cases.c.agency_id == agency_id)
             .where(cases.c.registry_number.in_({registry_number, registry_number.zfill(8)})))
        return self.conn.execute(q).scalar()

    def cases_of_agency(self, agency_id: str) -> list[tuple[str, str]]:
        """(case id, state) of every case of the agency, for the one case that awaits a
        document naming no service (processing.expectations.only_case_awaiting)."""
        q = select(cases.c.id, cases.c.state).where(cases.c.agency_id == agency_id)
        return [(r.id, r.state) for r in self.conn.execute(q)]

    def people_of_agency(self, agency_id: str) -> list[tuple[str, str, str | None]]:
        """(case id, state, the responsible person's name) of every case of the agency, for a
        letter about its person that names no service (processing.expectations
        .cases_of_person); read from the case's data on that rare path only."""
        q = select(cases.c.id, cases.c.state, cases.c.data).where(cases.c.agency_id == agency_id)
        return [(r.id, r.state, ((r.data or {}).get("responsible") or {}).get("full_name"))
                for r in self.conn.execute(q)]

    def agency_of_case(self, case_id: str) -> str | None:
        if case_id not in self._agency_of:
            self._agency_of[case_id] = self.conn.execute(_CASE, {"v": case_id}).scalar()
        return self._agency_of[case_id]
