"""The contact centre's complaints and appeals: importing them and reading a month of them.

Why its own module: the appeals are the rows of the Appendix 2 report (p.14) and come from the
contact centre's own system as a CSV or XLSX export, not through the mail.  Import is
all-or-nothing (every bad line named, nothing written), and idempotent: a row already stored
(same agency, time and content) is skipped, so re-importing an export that overlaps the last
one does not double the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, insert, select

from gateway.domain import Appeal
from gateway.records.imports import ImportError_
from gateway.store import repo
from gateway.store.schema import appeals

# The file's header (order free, extra columns ignored).  Appendix 2 columns 2-9, then whom the
# appeal concerns.
APPEALS_HEADER = ["received_at", "forum_responsible", "region", "applicant", "nature", "content",
                  "measures", "standard_violation", "staff_action", "agency_id",
                  "registry_number"]
REQUIRED = ("received_at", "region", "applicant", "agency_id")
HEADER_HELP = {
    "received_at": "date and time received (col. 2): 2026-10-01 09:15 or 01.10.2026 09:15",
    "forum_responsible": "who answered it on the forum (col. 3)",
    "region": "the applicant's region (col. 4)",
    "applicant": "the applicant's full name (col. 5)",
    "nature": "kind: complaint, appeal... (col. 6)",
    "content": "what it says (col. 6); nature or content is required",
    "measures": "measures taken, with our request number (col. 7)",
    "standard_violation": "the violation of the service standard, if any (col. 8)",
    "staff_action": "the staff's action or inaction, if any (col. 9)",
    "agency_id": "the agency concerned, as in the agency directory",
    "registry_number": "the public service concerned (registry number), may be empty",
}
TIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M",
                "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M")

Progress = Callable[[int], None]
INSERT_BATCH = 1000


@dataclass
class AppealsImport:
    imported: int = 0
    skipped: int = 0  # already stored

    def as_dict(self) -> dict[str, int]:
        return {"imported": self.imported, "skipped": self.skipped}


def parse_received(value: str) -> dt.datetime:
    text = value.strip()
    for fmt in TIME_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise ValueError(f"received_at must be a date and time like 2026-10-01 09:15, "
                     f"not {value!r}")


def _xlsx_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):  # keep the time (the registry importer drops it)
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _csv_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(first physical line, fields): appeal texts hold line breaks inside quoted fields."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_([f"not UTF-8 text ({exc.reason} at byte {exc.start})"]) \
            from None
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    try:
        for fields in reader:
            yield line, fields
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportError_([f"line {line}: not valid CSV ({exc})"]) from None


def _xlsx_records(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a broken or renamed file: say so in one line
        raise ImportError_([f"not a readable XLSX workbook ({exc})"]) from None
    try:
        for number, row in enumerate(wb.worksheets[0].iter_rows(values_only=True), start=1):
            yield number, [_xlsx_cell(v) for v in row]
    finally:
        wb.close()


def read_appeal_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs from a CSV or XLSX file, blank rows left out.

    Raises ImportError_ when the file is missing, unreadable or lacks a header column."""
    if not path.is_file():
        raise ImportError_(["no such file"])
    xlsx = path.suffix.lower() in (".xlsx", ".xlsm")
    records = iter(_xlsx_records(path) if xlsx else _csv_records(path))
    first = next(records, None)
    if first is None:
        raise ImportError_([f"the file is empty; expected the header "
                            f"{','.join(APPEALS_HEADER)}"])
    got = [h.strip() for h in first[1]]
    missing = [h for h in APPEALS_HEADER if h not in got]
    if missing:
        raise ImportError_([f"line 1: the header lacks {', '.join(missing)} "
                            f"(expected {','.join(APPEALS_HEADER)})"])
    rows = []
    for number, values in records:
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(got) and any(v.strip() for v in values[len(got):]):
            rows.append((number, {"__error__": f"{len(values)} fields, the header has "
                                                f"{len(got)}"}))
            continue
        rows.append((number, {h: v.strip() for h, v in zip(got, values, strict=False) if h}))
    return rows


def appeal_from_row(row: dict[str, str], known_agencies: set[str]) -> Appeal:
    """One validated appeal, or ValueError with one sentence saying what is wrong."""
    if "__error__" in row:
        raise ValueError(row["__error__"])
    problems = [f"{name} is empty" for name in REQUIRED if not row.get(name)]
    if not row.get("nature") and not row.get("content"):
        problems.append("nature and content are both empty")
    if row.get("agency_id") and row["agency_id"] not in known_agencies:
        problems.append(f"agency_id {row['agency_id']!r} is not in the agency directory")
    if problems:
        raise ValueError("; ".join(problems))
    values = {k: row.get(k, "") for k in APPEALS_HEADER[1:-1]}
    try:
        return Appeal(received_at=parse_received(row["received_at"]), **values,
                      registry_number=row.get("registry_number") or None)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ValueError(f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}") from None


def _fingerprint(data: dict[str, Any]) -> bytes:
    """The identity of a stored appeal: every field, canonically serialised, hashed."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False)
                          .encode("utf-8")).digest()


def _stored_between(conn: Connection, first: dt.datetime, last: dt.datetime) -> set[bytes]:
    """Fingerprints of the appeals already stored in the file's time span (one query)."""
    q = (select(appeals.c.data).where(appeals.c.received_at >= first)
         .where(appeals.c.received_at <= last).execution_options(yield_per=5000))
    return {_fingerprint(d) for d in conn.execute(q).scalars()}


def import_appeals(engine: Engine, path: Path, progress: Progress | None = None
                   ) -> AppealsImport:
    """Validate every row, then store the new ones in one transaction.

    Raises ImportError_ listing every bad line; then nothing is stored.  A row equal in every
    field to one already stored (or earlier in the file) is skipped."""
    rows = read_appeal_rows(path)
    with engine.connect() as conn:
        known = {a.agency_id for a in repo.list_agencies(conn)}
    problems, good = [], []
    for number, row in rows:
        try:
            good.append(appeal_from_row(row, known))
        except ValueError as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise ImportError_(problems)
    result = AppealsImport()
    if not good:
        return result
    with engine.begin() as conn:
        seen = _stored_between(conn, min(a.received_at for a in good),
                               max(a.received_at for a in good))
        batch: list[dict[str, Any]] = []
        for appeal in good:
            data = appeal.model_dump(mode="json")
            mark = _fingerprint(data)
            if mark in seen:
                result.skipped += 1
            else:
                seen.add(mark)
                batch.append({"agency_id": appeal.agency_id, "received_at": appeal.received_at,
                              "data": data})
                result.imported += 1
            if len(batch) >= INSERT_BATCH:
                conn.execute(insert(appeals), batch)
                batch.clear()
            if progress:
                progress(1)
        if batch:
            conn.execute(insert(appeals), batch)
    return result


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    """'2026-10' -> (2026-10-01 00:00, 2026-11-01 00:00); ValueError for anything else."""
    first = dt.datetime.strptime(month, "%Y-%m")
    nxt = dt.datetime(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first, nxt


def month_appeals(conn: Connection, month: str, agency_id: str | None = None
                  ) -> Iterator[Appeal]:
    """The month's appeals in the order received (one agency's, or all), streamed."""
    first, nxt = month_bounds(month)
    q = (select(appeals.c.data).where(appeals.c.received_at >= first)
         .where(appeals.c.received_at < nxt).order_by(appeals.c.received_at, appeals.c.id))
    if agency_id:
        q = q.where(appeals.c.agency_id == agency_id)
    result = conn.execute(q.execution_options(yield_per=2000))
    for data in result.scalars():
        yield Appeal.model_validate(data)


def month_agencies(conn: Connection, month: str) -> list[str]:
    """The agencies that have at least one appeal in the month, sorted."""
    first, nxt = month_bounds(month)
    q = (select(appeals.c.agency_id).distinct().where(appeals.c.received_at >= first)
         .where(appeals.c.received_at < nxt).order_by(appeals.c.agency_id))
    return list(conn.execute(q).scalars())
