"""Deadline arithmetic on a case: open a step's deadline, mark it done, list what is overdue.

Why apart from the transitions: every transition opens or closes deadlines the same way, and
every deadline must carry its paragraph and a sentence saying why its date is what it is, so an
operator (and an agency reading a reminder) can check it against the Rules.  The sentence comes
in English for the CLI (`Deadline.reason`) and in Russian for letters (`reason_ru`).

How a date is counted (gateway.calendar): "within N working days from D" ends at the end of the
N-th working day after D; D itself never counts.  One step is different in kind:

p.9 — consulting starts "по истечении пяти рабочих дней с момента подписания протокола".  Five
working days after the signing must have *run out* first, so they end with the fifth working day
after the signing, and consulting starts on the next working day: the sixth.  That sixth working
day is the `consulting_start` step's `due` — the first and the last day on which the start is on
time (earlier is too early, later is late).  `working_days` still says 5, the Rules' number;
`StepRule.after` adds the one day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gateway.calendar import WorkCalendar
from gateway.domain import STEP_PARAGRAPH, Case, Deadline, Step


@dataclass(frozen=True)
class StepRule:
    """How one step's deadline is counted, and how to say so."""

    days: int  # N of "within N working days" (the Rules' number)
    since: str  # what the count starts from, in English
    since_ru: str  # the same, in Russian (родительный падеж after "с даты")
    after: int = 0  # working days past the N-th (p.9: the start comes once the N have run out)
    owed_by_agency: bool = True  # a passed one earns a reminder; else it is the centre's own


RULES: dict[Step, StepRule] = {
    Step.request: StepRule(3, "after the service was entered in the Registry",
                           "внесения услуги в Реестр государственных услуг",
                           owed_by_agency=False),
    Step.appointment: StepRule(3, "after the agency received the request",
                               "получения запроса Единого контакт-центра"),
    Step.information: StepRule(5, "after the responsible person was appointed",
                               "назначения ответственного лица"),
    Step.training: StepRule(10, "after the information was received",
                            "представления информации"),
    Step.consulting_start: StepRule(5, "after the protocol was signed",
                                    "подписания протокола", after=1, owed_by_agency=False),
    Step.change_update: StepRule(5, "after the change itself", "внесения изменений"),
    Step.responsible_update: StepRule(5, "after the replacement",
                                      "замены ответственного лица"),
    Step.escalation: StepRule(3, "after the repeated refusal", "повторного отказа",
                              owed_by_agency=False),
}

# steps the agency owes us (a passed one earns a reminder); the others are the contact centre's
AGENCY_STEPS = frozenset(step for step, rule in RULES.items() if rule.owed_by_agency)

# steps that may recur on a case (every change, every replacement, every month's refusals);
# each of the others appears at most once
RECURRING_STEPS = frozenset({Step.change_update, Step.responsible_update, Step.escalation})


def due_date(step: Step, start: dt.date, cal: WorkCalendar) -> dt.date:
    """The last working day on which `step`, counted from `start`, is still on time."""
    rule = RULES[step]
    return cal.add_working_days(start, rule.days + rule.after)


def reason_en(step: Step, start: dt.date) -> str:
    """One line for the CLI: why the step's date is what it is."""
    rule = RULES[step]
    paragraph = STEP_PARAGRAPH[step]
    if rule.after:
        return (f"first working day once {rule.days} working days {rule.since} on "
                f"{start.isoformat()} have passed (p.{paragraph})")
    return f"{rule.days} working days {rule.since} on {start.isoformat()} (p.{paragraph})"


def reason_ru(deadline: Deadline) -> str:
    """The same line in Russian, for letters to agencies (a reminder quotes it)."""
    rule = RULES[deadline.step]
    start = f"{deadline.start:%d.%m.%Y}"
    if rule.after:
        return (f"первый рабочий день по истечении {rule.days} рабочих дней с даты "
                f"{rule.since_ru} ({start}), п. {deadline.paragraph} Правил")
    return (f"{rule.days} рабочих дней с даты {rule.since_ru} ({start}), "
            f"п. {deadline.paragraph} Правил")


def open_step(
    case: Case, step: Step, start: dt.date, cal: WorkCalendar, *, done_on: dt.date | None = None
) -> Deadline:
    """Add the deadline of `step` counted from `start` (a step may recur: p.6, p.7, p.12)."""
    deadline = Deadline(
        step=step,
        paragraph=STEP_PARAGRAPH[step],
        start=start,
        working_days=RULES[step].days,
        due=due_date(step, start, cal),
        done_on=done_on,
        reason=reason_en(step, start),
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


def close_or_record(case: Case, step: Step, start: dt.date, on: dt.date,
                    cal: WorkCalendar) -> Deadline:
    """Close the step's open deadline; if it was never opened (a reply that came before what
    it answers), record it as opened on `start` and done on `on`.  A step already done stays
    as it was (a request sent again, a protocol recorded twice): these steps happen once."""
    return (close_step(case, step, on) or case.deadline(step)
            or open_step(case, step, start, cal, done_on=on))


def overdue(case: Case, today: dt.date) -> list[Deadline]:
    """Undone deadlines whose last day has passed, earliest first."""
    late = [d for d in case.deadlines if d.done_on is None and today > d.due]
    return sorted(late, key=lambda d: d.due)
