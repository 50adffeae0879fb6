"""The clock's work: passed deadlines, reminders and the monthly report, done once.

Why its own module: time is an input like any message.  Each case gets a `Tick` for today (the
engine decides what is overdue and whether a reminder is due on the configured schedule, at
most one per case per working day); the monthly report goes out on the first working day of the
month (p.14: by the 5th), for every month the gateway was in service, missed months after
downtime included.
Done once across instances twice over: the daemon runs the clock only while it holds the
"clock" lease, and every effect is keyed (the Tick's key on the case, a `clock_marks` row for the
report), so even two clocks racing would not send a reminder or a report twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from gateway import engine as case_engine
from gateway.calendar import WorkCalendar
from gateway.config import Config
from gateway.domain import Case, Tick
from gateway.runtime.actions import handle_actions
from gateway.store import reading, repo
from gateway.store.schema import cases, clock_marks

log = logging.getLogger(__name__)

FINAL_STATES = frozenset({"consulting"})
TICK_PAGE = 500  # cases read per snapshot


@dataclass
class ClockStats:
    cases_ticked: int = 0
    actions: int = 0
    report_sent: str | None = None


def mark_once(engine: Engine, key: str) -> bool:
    """Insert `key` into clock_marks; True only for the first caller, ever."""
    try:
        with engine.begin() as conn:
            conn.execute(insert(clock_marks).values(key=key, at=dt.datetime.now(dt.UTC)))
        return True
    except IntegrityError:
        return False


def tick_cases(engine: Engine, cfg: Config, today: dt.date, cal: WorkCalendar) -> ClockStats:
    """Apply today's Tick to every case, one transaction per case that changes.

    The cases are read a page at a time from a snapshot (no lock), and the Tick applied there;
    only a case it changes is read again and changed under the write lock, so a day when few
    cases need anything holds the lock for those few, and other writers (an operator's login,
    an incoming letter) find it free between them."""
    stats = ClockStats()
    tick = Tick(key=f"tick:{today}", on=today,
                reminder_interval_days=cfg.reminder_interval_days,
                max_reminders=cfg.max_reminders)
    after = ""
    while True:
        with reading(), engine.connect() as conn:
            page = conn.execute(select(cases.c.id, cases.c.data).where(cases.c.id > after)
                                .order_by(cases.c.id).limit(TICK_PAGE)).all()
        if not page:
            return stats
        after = page[-1][0]
        for case_id, data in page:
            seen = Case.model_validate(data)
            if case_engine.apply(seen, tick, cal)[0] == seen:
                continue  # nothing to do today (as of the snapshot; the next round looks again)
            with engine.begin() as conn:
                case = repo.get_case(conn, case_id, for_update=True)
                if case is None:
                    continue
                new, actions = case_engine.apply(case, tick, cal)
                if new == case:
                    continue
                repo.save_case(conn, new)
                handle_actions(conn, new, actions, cfg, {"today": today})
                stats.cases_ticked += 1
                stats.actions += len(actions)


def previous_month(today: dt.date) -> str:
    first = today.replace(day=1)
    return (first - dt.timedelta(days=1)).strftime("%Y-%m")


def report_due(today: dt.date, cal: WorkCalendar) -> bool:
    """p.14: by the 5th; we send on the first working day of the month, or at once if that
    day has passed without a report (a gateway that was down on it)."""
    first = today.replace(day=1)
    first_working = first if cal.is_working_day(first) else cal.add_working_days(first, 1)
    return today >= min(first_working, first.replace(day=5))


SERVICE_MARK = "in_service_since"
MAX_BACKLOG_MONTHS = 24  # after downtime, at most this many missed months are sent


def in_service_since(engine: Engine, today: dt.date) -> dt.date:
    """The day the gateway's clock first ran (recorded then, once): months before it were not
    the gateway's, so it sends no report for them on its own."""
    with engine.begin() as conn:
        repo.clock_mark_at(conn, SERVICE_MARK,
                           dt.datetime.combine(today, dt.time(12), dt.UTC))
        at = conn.execute(select(clock_marks.c.at)
                          .where(clock_marks.c.key == SERVICE_MARK)).scalar_one()
    moment: dt.datetime = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return moment.date()


def months_owed(since: dt.date, today: dt.date, cal: WorkCalendar) -> list[str]:
    """p.14: every month from the gateway's first in service to last month whose report is
    due by today (last month's from its first working day, earlier ones long since)."""
    last = previous_month(today)
    if not report_due(today, cal):
        last = previous_month(today.replace(day=1) - dt.timedelta(days=1))
    months: list[str] = []
    month = since.strftime("%Y-%m")
    while month <= last:
        months.append(month)
        year, mon = (int(x) for x in month.split("-"))
        month = f"{year + (mon == 12)}-{mon % 12 + 1:02d}"
    return months[-MAX_BACKLOG_MONTHS:]


def monthly_report(engine: Engine, cfg: Config, today: dt.date, cal: WorkCalendar) -> str | None:
    """Queue each owed month's Appendix 2 reports once — last month's, and after downtime
    every month missed — but none for a month before the gateway was in service (a fresh
    install mails no empty report for a month whose appeals it never had; the operator can
    still send one with `gateway report monthly --month M --send`).  The months queued now,
    comma-separated, or None.  Each month's mark and outbox rows commit in one transaction."""
    since = in_service_since(engine, today)
    sent: list[str] = []
    for month in months_owed(since, today, cal):
        key = f"report:{month}"
        with engine.connect() as conn:
            if conn.execute(select(clock_marks.c.key).where(clock_marks.c.key == key)).first():
                continue
        from gateway.records import report  # the documents half; heavy imports only when due

        try:
            with engine.begin() as conn:
                conn.execute(insert(clock_marks).values(key=key, at=dt.datetime.now(dt.UTC)))
                report.queue_monthly(conn, cfg, month)
        except IntegrityError:  # another instance queued it first
            continue
        sent.append(month)
    return ", ".join(sent) or None


def run_clock(engine: Engine, cfg: Config, today: dt.date, cal: WorkCalendar) -> ClockStats:
    stats = tick_cases(engine, cfg, today, cal)
    stats.report_sent = monthly_report(engine, cfg, today, cal)
    return stats
