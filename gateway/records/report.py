"""The monthly analytical report (p.14): which appeals go to whom, written and queued.

Why here: the report is assembled from the contact centre's appeals
(gateway.records.appeals), split by recipient — the quality-control authority gets every row,
each agency its own — written as DOCX and XLSX (outbound.documents.appendix2), and queued in
the outbox in the caller's transaction (the clock marks the month in the same one, so it goes
once).  When it is due is decided here
too (`monthly_report_due`), so the clock and the CLI agree.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select

from gateway.calendar import WorkCalendar
from gateway.config import Config
from gateway.records.appeals import month_agencies, month_appeals
from gateway.store import repo
from gateway.store.schema import services
from outbound.documents.appendix2 import month_words, write_both

QC_RECIPIENT_LINE = ("В уполномоченный орган по оценке и контролю за качеством оказания "
                     "государственных услуг")
MIME = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def month_text(month: str) -> str:
    return month_words(month, "ru")


def previous_month(today: dt.date) -> str:
    """The month before `today`'s, as YYYY-MM."""
    return (today.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")


def monthly_report_due(today: dt.date, calendar: WorkCalendar) -> bool:
    """p.14 ("by the fifth"): last month's report is due from the first working day of the
    month, and never later than the 5th even if holidays push that day past it.  True on every
    later day too, so a gateway that was down on the day still sends it (the caller records
    the month as sent, so it goes once)."""
    first = today.replace(day=1)
    first_working = first if calendar.is_working_day(first) else \
        calendar.add_working_days(first, 1)
    return today >= min(first_working, first.replace(day=5))


@dataclass
class ReportFile:
    """One recipient's report: the agency, how many rows, and the files written."""

    agency_id: str
    rows: int
    paths: list[Path] = field(default_factory=list)

    def attachments(self) -> list[tuple[str, bytes, str]]:
        return [(p.name, p.read_bytes(), MIME[p.suffix.lstrip(".")]) for p in self.paths]


def recipients(conn: Connection, cfg: Config, month: str) -> list[tuple[str, str | None]]:
    """(agency_id, agency whose rows it gets — None for all): the authority first, then every
    agency giving services (p.14: "а также в центральный государственный орган и местный
    исполнительный орган, предоставляющий государственные услуги") — one with no appeals in
    the month gets a report saying so — and any other agency with appeals in the month."""
    qc = cfg.quality_control_agency
    giving = set(conn.execute(select(services.c.agency_id).distinct()).scalars())
    agencies = sorted((giving | set(month_agencies(conn, month))) - {qc})
    return [(qc, None), *((a, a) for a in agencies)]


def build_month(conn: Connection, cfg: Config, month: str, out: Path,
                progress: Callable[[int], None] | None = None) -> list[ReportFile]:
    """Write the authority's report (all rows) and each agency's (its rows) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for agency_id, scope in recipients(conn, cfg, month):
        agency = repo.get_agency(conn, agency_id)
        name = (agency.name_kk if cfg.language == "kk" and agency.name_kk else agency.name_ru) \
            if agency else None
        paths = [out / f"appendix2-{month}-{agency_id}.{ext}" for ext in ("docx", "xlsx")]
        rows = write_both(paths[0], paths[1], month_appeals(conn, month, scope), month=month,
                          recipient=name, language=cfg.language)
        files.append(ReportFile(agency_id=agency_id, rows=rows, paths=paths))
        if progress:
            progress(1)
    return files


def _queue_one(conn: Connection, cfg: Config, item: ReportFile, month: str) -> bool:
    """Queue one recipient's letter; False when the directory has no address for it."""
    from gateway.delivery import outbox

    queue_report = getattr(outbox, "queue_report", None)  # the messages half's, when present
    if queue_report is not None:
        return queue_report(conn, cfg, item.agency_id, month, item.attachments(),
                            rows=item.rows) is not None
    agency = repo.get_agency(conn, item.agency_id)
    if agency is None or not agency.emails:
        return False
    is_qc = item.agency_id == cfg.quality_control_agency
    outbox.queue_message(conn, cfg, kind="report", composer="report", agency_id=item.agency_id,
                         to=list(agency.emails), attachments=item.attachments(),
                         transport="edoc" if agency.uses_edoc else "smtp",
                         context={"month_text": month_text(month), "rows": item.rows,
                                  "recipient_line": QC_RECIPIENT_LINE if is_qc
                                  else agency.name_ru})
    return True


def send_month(conn: Connection, cfg: Config, month: str, out: Path | None = None,
               progress: Callable[[int], None] | None = None) -> tuple[list[ReportFile], int]:
    """Build the month's reports and queue one letter per recipient: the files, and how many
    letters were queued (a recipient without an address in the directory gets none)."""
    files = build_month(conn, cfg, month, out or cfg.data_path / "reports" / month, progress)
    return files, sum(_queue_one(conn, cfg, item, month) for item in files)


def queue_monthly(conn: Connection, cfg: Config, month: str, out: Path | None = None) -> int:
    """The clock's call: build and queue the month's reports; how many letters were queued."""
    return send_month(conn, cfg, month, out)[1]
