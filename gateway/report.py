"""The monthly analytical report (p.14) and the appeals it is made of.

Why here: the report is assembled from the contact centre's appeals (imported with `gateway
appeals import`), split by recipient — the quality-control authority gets every row, each agency
its own — written as DOCX and XLSX (outbound.documents.appendix2), and queued in the outbox in
the caller's transaction (the clock marks the month in the same one, so it goes once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, insert, select

from gateway.config import Config
from gateway.domain import Appeal
from gateway.imports import ImportError_, read_rows
from gateway.store import repo
from gateway.store.schema import appeals
from outbound.documents.appendix2 import write_docx, write_xlsx

APPEALS_HEADER = ["received_at", "forum_responsible", "region", "applicant", "nature", "content",
                  "measures", "standard_violation", "staff_action", "agency_id",
                  "registry_number"]
MONTHS_RU = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
             "сентябрь", "октябрь", "ноябрь", "декабрь"]


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    year, mon = (int(x) for x in month.split("-"))
    first = dt.datetime(year, mon, 1)
    nxt = dt.datetime(year + (mon == 12), mon % 12 + 1, 1)
    return first, nxt


def month_text(month: str) -> str:
    year, mon = (int(x) for x in month.split("-"))
    return f"{MONTHS_RU[mon - 1]} {year} года"


def import_appeals(engine: Engine, path: Path, progress: Callable[[int], None] | None = None
                   ) -> int:
    rows = read_rows(path, APPEALS_HEADER)
    problems, good = [], []
    with engine.connect() as conn:
        known = {a.agency_id for a in repo.list_agencies(conn)}
    for number, row in rows:
        try:
            if "__error__" in row:
                raise ValueError(row["__error__"])
            when = row["received_at"].replace("T", " ")
            try:
                received = dt.datetime.fromisoformat(when)
            except ValueError:
                raise ValueError(f"received_at must be 'YYYY-MM-DD HH:MM', not "
                                 f"{row['received_at']!r}") from None
            if row["agency_id"] not in known:
                raise ValueError(f"agency_id {row['agency_id']!r} is not in the directory")
            good.append(Appeal(received_at=received, **{k: row[k] for k in APPEALS_HEADER[1:]
                                                        if k != "registry_number"},
                               registry_number=row["registry_number"] or None))
        except (ValueError, ValidationError) as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise ImportError_(problems)
    with engine.begin() as conn:
        for appeal in good:
            conn.execute(insert(appeals).values(agency_id=appeal.agency_id,
                                                received_at=appeal.received_at,
                                                data=appeal.model_dump(mode="json")))
            if progress:
                progress(1)
    return len(good)


def month_appeals(conn: Connection, month: str, agency_id: str | None = None
                  ) -> Iterator[Appeal]:
    first, nxt = month_bounds(month)
    q = (select(appeals.c.data).where(appeals.c.received_at >= first)
         .where(appeals.c.received_at < nxt).order_by(appeals.c.received_at, appeals.c.id))
    if agency_id:
        q = q.where(appeals.c.agency_id == agency_id)
    for data in conn.execute(q).scalars():
        yield Appeal.model_validate(data)


@dataclass
class ReportFile:
    agency_id: str
    rows: int
    paths: list[Path] = field(default_factory=list)


def build_month(conn: Connection, cfg: Config, month: str, out: Path,
                progress: Callable[[int], None] | None = None) -> list[ReportFile]:
    """Write the authority's report (all rows) and each agency's (its rows) into `out`."""
    out.mkdir(parents=True, exist_ok=True)
    first, nxt = month_bounds(month)
    agency_ids = sorted(set(conn.execute(
        select(appeals.c.agency_id).where(appeals.c.received_at >= first)
        .where(appeals.c.received_at < nxt)).scalars()))
    files = []
    for agency_id in [cfg.quality_control_agency, *agency_ids]:
        scope = None if agency_id == cfg.quality_control_agency else agency_id
        agency = repo.get_agency(conn, agency_id)
        name = agency.name_ru if agency else agency_id
        item = ReportFile(agency_id=agency_id, rows=0)
        for ext, write in (("docx", write_docx), ("xlsx", write_xlsx)):
            path = out / f"appendix2-{month}-{agency_id}.{ext}"
            item.rows = write(path, month_appeals(conn, month, scope), month=month,
                              recipient=name, language=cfg.language)
            item.paths.append(path)
        files.append(item)
        if progress:
            progress(1)
    return files


def queue_monthly(conn: Connection, cfg: Config, month: str, out: Path | None = None) -> int:
    """Build the month's reports and queue one letter per recipient; how many were queued."""
    from gateway.outbox import queue_message
    from outbound.compose import DOCX, XLSX

    out = out or cfg.data_path / "reports" / month
    queued = 0
    for item in build_month(conn, cfg, month, out):
        agency = repo.get_agency(conn, item.agency_id)
        if agency is None or not agency.emails:
            continue
        attachments = [(p.name, p.read_bytes(), DOCX if p.suffix == ".docx" else XLSX)
                       for p in item.paths]
        is_qc = item.agency_id == cfg.quality_control_agency
        queue_message(conn, cfg, kind="report", composer="report", agency_id=item.agency_id,
                      to=list(agency.emails), attachments=attachments,
                      transport="edoc" if agency.uses_edoc else "smtp",
                      context={"month_text": month_text(month), "rows": item.rows,
                               "recipient_line": agency.name_ru if not is_qc else
                               "В уполномоченный орган по оценке и контролю за качеством "
                               "оказания государственных услуг"})
        queued += 1
    return queued
