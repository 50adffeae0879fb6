"""Applying one event to one stored case, with its effects, in the caller's transaction.

Why one function: processing, the outbox sender, the clock, imports and operator commands all
do the same four things — lock and load the case, ask the pure engine, save, and hand the
actions to their handlers — and must do them identically for exactly-once to hold.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from gateway import engine as case_engine
from gateway.calendar import WorkCalendar, default_calendar
from gateway.config import Config
from gateway.domain import Case, Event
from gateway.runtime.actions import handle_actions
from gateway.store import repo


def apply_to_case(conn: Connection, cfg: Config, case_id: str, event: Event,
                  cal: WorkCalendar | None = None,
                  context: dict[str, Any] | None = None) -> Case | None:
    """The case after `event` (None if there is no such case); unchanged if already applied."""
    case = repo.get_case(conn, case_id, for_update=True)
    if case is None:
        return None
    new, actions = case_engine.apply(case, event, cal or default_calendar())
    if new is case:
        return case
    repo.save_case(conn, new)
    handle_actions(conn, new, actions, cfg, context or {})
    return new
