"""The case lifecycle, pure.  STUB: replaced by the engine work (signatures are fixed)."""

from __future__ import annotations

from gateway.calendar import WorkCalendar
from gateway.domain import (
    STEP_PARAGRAPH,
    Action,
    Case,
    Deadline,
    Event,
    Registered,
    SendRequest,
    Service,
    Step,
)


def new_case(service: Service) -> Case:
    return Case(
        id=Case.make_id(service.registry_number, service.agency_id),
        registry_number=service.registry_number,
        agency_id=service.agency_id,
        registered_on=service.registered_on,
    )


def apply(case: Case, event: Event, cal: WorkCalendar) -> tuple[Case, list[Action]]:
    if event.key in case.seen_event_keys:
        return case, []
    case = case.model_copy(deep=True)
    case.seen_event_keys.append(event.key)
    actions: list[Action] = []
    if isinstance(event, Registered):
        due = cal.add_working_days(event.on, 3)
        case.deadlines.append(
            Deadline(step=Step.request, paragraph=STEP_PARAGRAPH[Step.request], start=event.on,
                     working_days=3, due=due, reason="3 WD after registration (p.4)")
        )
        actions.append(SendRequest(case_id=case.id, due=due))
    return case, actions
