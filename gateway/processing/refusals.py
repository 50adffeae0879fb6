"""p.11-12: what one refusal means for the escalation to the quality-control authority.

Why apart from the worker: the engine is pure and sees one case, but "repeated refusals of one
agency within a month" spans the agency's cases and the stored refusals.  So this module, in
the message's transaction, records the refusal and decides: a lawful one (p.11 sub. 1: state
secrets, commercial or other secrets protected by law) is recorded on the case with its ground
and never counted; any other counts, and the first that makes them repeated within the window
escalates (with every refusal of the window), while one more after the window's escalation
goes as an addition to it.  The window is the configuration's `refusal_month`: by default a
period counted in months as the Civil Code counts one ("month": from a refusal to the same
date of the next month, so refusals on 1 and 31 March are within one month), or any 30 days
("rolling"), or the calendar month ("calendar").  The letter states the refusals' dates and
the window; it defines no legal term.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from sqlalchemy import Connection

from gateway.config import Config
from gateway.domain import LAWFUL_GROUNDS, RefusalReceived
from gateway.store import repo

ROLLING_DAYS = 30
MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря"]


def month_after(day: dt.date) -> dt.date:
    """The same date of the next month (the month's last day when it has no such date): where
    a month counted from `day` ends, as the Civil Code counts a period in months."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_start(on: dt.date) -> dt.date:
    """The earliest day from which a month has not yet run out on `on`."""
    day = on - dt.timedelta(days=31)
    while month_after(day) < on:
        day += dt.timedelta(days=1)
    return day


def window(cfg: Config, on: dt.date) -> tuple[dt.date, str]:
    """The first day of the window ending on `on`, and the window in words (Russian)."""
    if cfg.refusal_month == "month":
        first = month_start(on)
        return first, f"в течение месяца (с {first:%d.%m.%Y} по {on:%d.%m.%Y})"
    if cfg.refusal_month == "calendar":
        first = on.replace(day=1)
        return first, (f"в течение календарного месяца ({MONTHS_GENITIVE[on.month - 1]} "
                       f"{on.year} года)")
    first = on - dt.timedelta(days=ROLLING_DAYS - 1)
    return first, (f"в течение {ROLLING_DAYS} календарных дней (с {first:%d.%m.%Y} по "
                   f"{on:%d.%m.%Y})")


def refusal_event(conn: Connection, cfg: Config, *, key: str, on: dt.date, agency_id: str,
                  case_id: str, inbound_id: int, reason: str | None, ground: str | None,
                  answers: str | None) -> RefusalReceived:
    """Record the refusal (unless lawful) and the event the case gets for it."""
    if ground in LAWFUL_GROUNDS:
        return RefusalReceived(key=key, on=on, reason=reason, ground=ground, counted=False,
                               inbound_id=inbound_id, answers=answers)
    repo.add_refusal(conn, agency_id=agency_id, case_id=case_id, on=on, inbound_id=inbound_id,
                     reason=reason)
    first, words = window(cfg, on)
    found = repo.refusals_between(conn, agency_id, first, on)
    count = len({r["inbound_id"] for r in found})
    escalate: Literal["first", "addition"] | None = None
    if any(r["escalated"] for r in found if r["inbound_id"] != inbound_id):
        escalate = "addition"
    elif count >= 2:
        escalate = "first"
    return RefusalReceived(key=key, on=on, reason=reason, ground=ground, counted=True,
                           refusals_this_month=count, escalate=escalate, window=words,
                           window_start=first,
                           inbound_id=inbound_id, answers=answers)
