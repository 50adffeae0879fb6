"""Deadline arithmetic on a case: open a step's deadline, mark it done, list what is overdue.

Why apart from the transitions: every transition opens or closes deadlines the same way, and
every deadline must carry its paragraph and a sentence saying why its date is what it is, so an
operator (and an agency reading a reminder) can check it against the Rules.  People read the
sentence and the step's name in Russian (`Deadline.reason`, `reason_ru`, `STEP_NAME`), or in
Kazakh where the deployment is configured so (`explain(deadline, "kk")`).  p.5 information,
p.6 and p.7 steps also say which date their count starts from (`Deadline.basis`).

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
from gateway.domain import STEP_PARAGRAPH, Basis, Case, Deadline, Step


@dataclass(frozen=True)
class StepRule:
    """How one step's deadline is counted, and how to say so."""

    days: int  # N of "within N working days" (the Rules' number)
    since_ru: str  # what the count starts from (родительный падеж after "с даты")
    since_kk: str  # the same in Kazakh (ілік септік before "күнінен бастап")
    after: int = 0  # working days past the N-th (p.9: the start comes once the N have run out)
    owed_by_agency: bool = True  # a passed one earns a reminder; else it is the centre's own


RULES: dict[Step, StepRule] = {
    Step.request: StepRule(3, "внесения услуги в Реестр государственных услуг",
                           "қызметтің Мемлекеттік көрсетілетін қызметтер тізіліміне енгізілген",
                           owed_by_agency=False),
    Step.appointment: StepRule(3, "получения запроса Единого контакт-центра",
                               "Бірыңғай байланыс орталығының сұрау салуын алған"),
    Step.information: StepRule(5, "назначения ответственного лица",
                               "жауапты тұлға тағайындалған"),
    Step.training: StepRule(10, "представления информации", "ақпарат берілген"),
    Step.consulting_start: StepRule(5, "подписания протокола", "хаттама қол қойылған",
                                    after=1, owed_by_agency=False),
    Step.change_update: StepRule(5, "внесения изменений и дополнений",
                                 "өзгерістер мен толықтырулар енгізілген"),
    Step.responsible_update: StepRule(5, "замены ответственного лица",
                                      "жауапты тұлға ауыстырылған"),
    Step.escalation: StepRule(3, "повторного отказа в представлении информации",
                              "ақпарат беруден қайта бас тартылған", owed_by_agency=False),
    # the Rules set no term for an answer (p.10-11): the letter asks for one, 5 WD
    Step.additional_request: StepRule(5, "направления дополнительного запроса",
                                      "қосымша сұрау салу жіберілген", owed_by_agency=False),
}

# steps the agency owes us (a passed one earns a reminder); the others are the contact centre's
AGENCY_STEPS = frozenset(step for step, rule in RULES.items() if rule.owed_by_agency)
# steps whose lateness is the agency's though no reminder goes (the Rules give no term)
ANSWER_STEPS = frozenset({Step.additional_request})

# steps that may recur on a case (every change, every replacement, every month's refusals,
# every additional request); each of the others appears at most once
RECURRING_STEPS = frozenset({Step.change_update, Step.responsible_update, Step.escalation,
                             Step.additional_request})

# what a person reads as the step's name
STEP_NAME: dict[str, dict[Step, str]] = {
    "ru": {
        Step.request: "направление запроса (Приложение 1)",
        Step.appointment: "назначение ответственного лица",
        Step.information: "представление информации",
        Step.training: "обучение и подписание протокола",
        Step.consulting_start: "начало консультирования",
        Step.change_update: "актуализация информации",
        Step.responsible_update: "уведомление о замене ответственного лица",
        Step.escalation: "информирование уполномоченного органа об отказах",
        Step.additional_request: "ответ на дополнительный запрос",
    },
    "kk": {
        Step.request: "сұрау салуды жіберу (1-қосымша)",
        Step.appointment: "жауапты тұлғаны тағайындау",
        Step.information: "ақпарат беру",
        Step.training: "оқыту және хаттамаға қол қою",
        Step.consulting_start: "консультация беруді бастау",
        Step.change_update: "ақпаратты өзектендіру",
        Step.responsible_update: "жауапты тұлғаның ауысқаны туралы хабарлама",
        Step.escalation: "бас тартулар туралы уәкілетті органды хабардар ету",
        Step.additional_request: "қосымша сұрау салуға жауап",
    },
}

BASIS_TEXT: dict[str, dict[str, str]] = {
    "ru": {
        "document": "дата указана в самом уведомлении",
        "letter": "дата исходящего письма (в уведомлении своей даты нет)",
        "edoc": "дата регистрации электронного документа (в уведомлении своей даты нет)",
        "registry": "дата изменения в Реестре (импорт Реестра)",
        "arrival": "дата поступления (ни уведомление, ни письмо даты не указывают)",
    },
    "kk": {
        "document": "күні хабарламаның өзінде көрсетілген",
        "letter": "шығыс хаттың күні (хабарламада өз күні жоқ)",
        "edoc": "электрондық құжаттың тіркелген күні (хабарламада өз күні жоқ)",
        "registry": "Тізілімдегі өзгеріс күні (Тізілімді импорттау)",
        "arrival": "келіп түскен күні (хабарлама да, хат та күнін көрсетпейді)",
    },
}


# p.5: the information counts from the appointment as the agency's letter dates it, else from
# the letter's arrival (neither the letter's outgoing date nor a registration date is one)
STEP_BASIS_TEXT: dict[str, dict[tuple[Step, str], str]] = {
    "ru": {
        (Step.information, "document"): "дата назначения указана в письме органа",
        (Step.information, "arrival"): "дата поступления письма о назначении (дата "
                                       "назначения в нём не указана)",
    },
    "kk": {
        (Step.information, "document"): "тағайындау күні органның хатында көрсетілген",
        (Step.information, "arrival"): "тағайындау туралы хаттың келіп түскен күні "
                                       "(тағайындау күні онда көрсетілмеген)",
    },
}


def basis_text(step: Step, basis: str, language: str = "ru") -> str:
    """Which day a step's count starts from, in words."""
    lang = language if language in BASIS_TEXT else "ru"
    return STEP_BASIS_TEXT[lang].get((step, basis)) or BASIS_TEXT[lang][basis]


# why a step was closed without being done (Deadline.closed), as people read it
CLOSED_TEXT: dict[str, dict[str, str]] = {
    "ru": {"answered_before_request": "информация получена до направления запроса"},
    "kk": {"answered_before_request": "ақпарат сұрау салу жіберілгенге дейін алынды"},
}


def closed_text(code: str, language: str = "ru") -> str:
    return CLOSED_TEXT.get(language, CLOSED_TEXT["ru"]).get(code, code)


def close_unneeded(case: Case, step: Step, on: dt.date, code: str) -> Deadline | None:
    """Close the step's open deadline as not needed (`code`, CLOSED_TEXT) on `on`: it is then
    never overdue.  None when no deadline of `step` is open."""
    for deadline in reversed(case.deadlines):
        if deadline.step == step and deadline.done_on is None:
            deadline.done_on, deadline.closed = on, code
            deadline.note = closed_text(code)
            return deadline
    return None


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """The Russian form after the number n: 1 день, 3 дня, 5 дней, 21 день, 11 дней."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def working_days_ru(n: int) -> str:
    """"1 рабочий день", "3 рабочих дня", "5 рабочих дней"."""
    return f"{n} " + plural_ru(n, "рабочий день", "рабочих дня", "рабочих дней")


def step_name(step: Step | str, language: str = "ru") -> str:
    names = STEP_NAME.get(language, STEP_NAME["ru"])
    return names.get(Step(step), str(step))


def due_date(step: Step, start: dt.date, cal: WorkCalendar) -> dt.date:
    """The last working day on which `step`, counted from `start`, is still on time."""
    rule = RULES[step]
    return cal.add_working_days(start, rule.days + rule.after)


def reason_text(step: Step, start: dt.date, basis: str | None = None,
                language: str = "ru") -> str:
    """One line for people: why the step's date is what it is, with the paragraph."""
    rule = RULES[step]
    paragraph = STEP_PARAGRAPH[step]
    day = f"{start:%d.%m.%Y}"
    if language == "kk":
        if rule.after:
            text = (f"{rule.since_kk} күннен ({day}) бастап {rule.days} жұмыс күні өткеннен "
                    f"кейінгі бірінші жұмыс күні, Қағидалардың {paragraph}-тармағы")
        else:
            text = (f"{rule.since_kk} күннен ({day}) бастап {rule.days} жұмыс күні, "
                    f"Қағидалардың {paragraph}-тармағы")
    elif rule.after:
        text = (f"первый рабочий день по истечении {working_days_ru(rule.days)} с даты "
                f"{rule.since_ru} ({day}), п. {paragraph} Правил")
    else:
        text = (f"{working_days_ru(rule.days)} с даты {rule.since_ru} ({day}), "
                f"п. {paragraph} Правил")
    if basis:
        text += f"; {basis_text(step, basis, language)}"
    return text


def explain(deadline: Deadline, language: str = "ru") -> str:
    """The deadline's reason in `language` (ru or kk), rebuilt from what the step holds."""
    return reason_text(deadline.step, deadline.start, deadline.basis, language)


def reason_ru(deadline: Deadline) -> str:
    """The reason in Russian, for letters to agencies (a reminder quotes it)."""
    return explain(deadline, "ru")


def open_step(
    case: Case, step: Step, start: dt.date, cal: WorkCalendar, *, done_on: dt.date | None = None,
    basis: Basis | None = None, ref: str | None = None, note: str = "",
) -> Deadline:
    """Add the deadline of `step` counted from `start` (a step may recur: p.6, p.7, p.12)."""
    deadline = Deadline(
        step=step,
        paragraph=STEP_PARAGRAPH[step],
        start=start,
        working_days=RULES[step].days,
        due=due_date(step, start, cal),
        done_on=done_on,
        reason=reason_text(step, start, basis),
        basis=basis,
        ref=ref,
        note=note,
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
