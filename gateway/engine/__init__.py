"""The case engine, pure: `apply(case, event, calendar) -> (case, actions)`.

Why pure: the whole lifecycle (p.3-p.12 of the Rules) is then tested with plain values, and a
message processed again after a crash gives the same result.  No I/O here; stores, sources and
senders are tested separately against real servers.  Applying an event whose key the case has
already seen changes nothing — that is what makes re-processing safe.

Owns: `transitions` (the table of the lifecycle), `deadlines` (each step's due date with its
paragraph and why), both pure; and `casework`, the one impure edge, which loads a stored case,
applies an event and hands the actions to `gateway.runtime.actions` in the caller's transaction.
May import: `gateway.domain`, `gateway.calendar`, `gateway.config`; `casework` also
`gateway.store` and `gateway.runtime`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from gateway.calendar import WorkCalendar
from gateway.domain import Action, Case, Event, Service
from gateway.engine.transitions import TRANSITIONS


def new_case(service: Service) -> Case:
    """A case just entered from the Registry (p.3): no deadlines until `Registered` is applied
    (it opens the p.4 request step and asks for the request to be sent)."""
    return Case(
        id=Case.make_id(service.registry_number, service.agency_id),
        registry_number=service.registry_number,
        agency_id=service.agency_id,
        registered_on=service.registered_on,
    )


def apply(case: Case, event: Event, cal: WorkCalendar) -> tuple[Case, list[Action]]:
    """The case after `event`, and what must be done about it."""
    if event.key in case.seen_event_keys:
        return case, []
    handler = TRANSITIONS[event.type]
    new = case.model_copy(deep=True)
    new.seen_event_keys.append(event.key)
    actions: list[Action] = []
    handler(new, event, cal, actions)
    return new, actions


def case_view(case: Case, today: dt.date, cal: WorkCalendar | None = None) -> dict[str, Any]:
    """The object `gateway cases --json` prints for a case (contracts/cli.md), with `overdue`
    judged on `today`.  Every date is already on the case (counted with the calendar when the
    step opened), so `cal` is not needed to build the view; it is accepted so callers can pass
    the calendar they hold."""
    del cal
    return {
        "id": case.id,
        "registry_number": case.registry_number,
        "agency_id": case.agency_id,
        "state": str(case.state),
        "responsible": (
            case.responsible.model_dump(mode="json") if case.responsible is not None else None
        ),
        "deadlines": [
            {
                "step": str(d.step),
                "paragraph": d.paragraph,
                "due": d.due.isoformat(),
                "done_on": d.done_on.isoformat() if d.done_on else None,
                "overdue": d.overdue_on(today),
            }
            for d in case.deadlines
        ],
    }


__all__ = ["apply", "case_view", "new_case"]
