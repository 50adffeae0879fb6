"""Deadline arithmetic on a case: open a step's deadline, mark it done, list what is overdue.

Why apart from the transitions: every transition opens or closes deadlines the same way, and
every deadline must carry its paragraph and a sentence saying why its date is what it is, so an
operator (and an agency reading a reminder) can check it against the Rules.
"""

from __future__ import annotations

import datetime as dt

from gateway.calendar import WorkCalendar
from gateway.domain import STEP_PARAGRAPH, Case, Deadline, Step

# step -> (working days, what the count starts from, in words)
RULES: dict[Step, tuple[int, str]] = {
    Step.request: (3, "after the service was entered in the Registry"),
    Step.appointment: (3, "after the agency received the request"),
    Step.information: (5, "after the responsible person was appointed"),
    Step.training: (10, "after the information was received"),
    Step.consulting_start: (5, "after the protocol was signed"),
    Step.change_update: (5, "after the change itself"),
    Step.responsible_update: (5, "after the replacement"),
    Step.escalation: (3, "after the repeated refusal"),
}

# steps the agency owes us (a passed one earns a reminder); the others are the contact centre's
AGENCY_STEPS = frozenset(
    {Step.appointment, Step.information, Step.training, Step.change_update,
     Step.responsible_update}
)


def open_step(
    case: Case, step: Step, start: dt.date, cal: WorkCalendar, *, done_on: dt.date | None = None
) -> Deadline:
    """Add the deadline of `step` counted from `start` (a step may recur: p.6, p.7, p.12)."""
    days, since = RULES[step]
    due = cal.add_working_days(start, days)
    paragraph = STEP_PARAGRAPH[step]
    deadline = Deadline(
        step=step,
        paragraph=paragraph,
        start=start,
        working_days=days,
        due=due,
        done_on=done_on,
        reason=f"{days} working days {since} on {start.isoformat()} (p.{paragraph})",
    )
    case.deadlines.append(deadline)
    return deadline


def open_once(case: Case, step: Step, start: dt.date, cal: WorkCalendar) -> Deadline:
    """The step's deadline, opened unless it is already there."""
    return case.deadline(step) or open_step(case, step, start, cal)


def close_step(case: Case, step: Step, on: dt.date) -> Deadline | None:
    """Mark the latest undone deadline of `step` done on `on`; None if there is none."""
    for deadline in reversed(case.deadlines):
        if deadline.step == step and deadline.done_on is None:
            deadline.done_on = on
            return deadline
    return None


def overdue(case: Case, today: dt.date) -> list[Deadline]:
    """Undone deadlines whose last day has passed, earliest first."""
    late = [d for d in case.deadlines if d.done_on is None and today > d.due]
    return sorted(late, key=lambda d: d.due)
