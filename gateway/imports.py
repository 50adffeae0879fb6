"""Importing the agency directory and the registry extract (contracts/cli.md), CSV or XLSX.

Why all-or-nothing: an operator fixing a file must see every bad line at once and be sure that
nothing half-imported is left behind; so every row is validated first (pydantic, with the line
number in each message), and only a clean file is written, in one transaction.  A new
(registry number, agency) pair opens a case and asks the engine for its p.4 request; a known
pair with changed fields records a change.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine

from gateway import engine as case_engine
from gateway.actions import handle_actions
from gateway.calendar import WorkCalendar, default_calendar
from gateway.config import Config
from gateway.domain import Agency, AgencyKind, Registered, Service
from gateway.statuslog import record
from gateway.store import repo

AGENCY_HEADER = ["agency_id", "name_ru", "name_kk", "kind", "region", "emails", "domains"]
REGISTRY_HEADER = ["registry_number", "service_name_ru", "service_name_kk", "agency_id",
                   "standard", "registered_on"]


class ImportError_(Exception):
    """The file cannot be imported; `problems` lists every bad line."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:5]) + (" ..." if len(problems) > 5 else ""))
        self.problems = problems


@dataclass
class ImportStats:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    cases_opened: list[str] = field(default_factory=list)


def read_rows(path: Path, header: list[str]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs from a CSV (UTF-8, BOM tolerated) or XLSX file."""
    if not path.exists():
        raise ImportError_([f"{path}: no such file"])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raw = list(_xlsx_rows(path))
    else:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportError_([f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"]) \
                from None
        raw = list(csv.reader(io.StringIO(text)))
    if not raw:
        raise ImportError_([f"{path}: the file is empty; expected the header {','.join(header)}"])
    got = [h.strip() for h in raw[0]]
    missing = [h for h in header if h not in got]
    if missing:
        raise ImportError_([f"line 1: header lacks {', '.join(missing)} "
                            f"(expected {','.join(header)})"])
    rows = []
    for number, values in enumerate(raw[1:], start=2):
        if not any(str(v).strip() for v in values):
            continue
        if len(values) > len(got):
            rows.append((number, {"__error__": f"{len(values)} fields, header has {len(got)}"}))
            continue
        padded = list(values) + [""] * (len(got) - len(values))
        rows.append((number, {h: str(v).strip() for h, v in zip(got, padded, strict=True)}))
    return rows


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        for row in wb.worksheets[0].iter_rows(values_only=True):
            yield [_cell(v) for v in row]
    finally:
        wb.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _split(value: str) -> list[str]:
    return [x.strip().lower() for x in value.split(";") if x.strip()]


def _validate(rows: list[tuple[int, dict[str, str]]],
              build: Callable[[dict[str, str]], Any]) -> list[tuple[int, Any]]:
    problems, out = [], []
    for number, row in rows:
        if "__error__" in row:
            problems.append(f"line {number}: {row['__error__']}")
            continue
        try:
            out.append((number, build(row)))
        except ValidationError as exc:
            for e in exc.errors():
                where = ".".join(str(p) for p in e["loc"]) or "row"
                problems.append(f"line {number}: {where}: {e['msg']}")
        except ValueError as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise ImportError_(problems)
    return out


def _agency(row: dict[str, str]) -> Agency:
    kinds = [k.value for k in AgencyKind]
    if row["kind"] not in kinds:
        raise ValueError(f"kind must be one of {', '.join(kinds)}, not {row['kind']!r}")
    emails = _split(row["emails"])
    for address in emails:
        if address.count("@") != 1 or " " in address or not address.split("@")[1].count("."):
            raise ValueError(f"not an e-mail address: {address!r}")
    if not row["agency_id"]:
        raise ValueError("agency_id is empty")
    return Agency(agency_id=row["agency_id"], name_ru=row["name_ru"], name_kk=row["name_kk"],
                  kind=AgencyKind(row["kind"]), region=row["region"], emails=emails,
                  domains=_split(row["domains"]))


def _service(row: dict[str, str]) -> Service:
    if not row["registry_number"]:
        raise ValueError("registry_number is empty")
    try:
        registered = dt.date.fromisoformat(row["registered_on"])
    except ValueError:
        raise ValueError(f"registered_on must be an ISO date YYYY-MM-DD, not "
                         f"{row['registered_on']!r}") from None
    return Service(registry_number=row["registry_number"], agency_id=row["agency_id"],
                   name_ru=row["service_name_ru"], name_kk=row["service_name_kk"],
                   standard=row["standard"], registered_on=registered)


Progress = Callable[[int], None]


def import_agencies(engine: Engine, cfg: Config, path: Path,
                    progress: Progress | None = None) -> ImportStats:
    agencies = _validate(read_rows(path, AGENCY_HEADER), _agency)
    stats = ImportStats()
    with engine.begin() as conn:
        for _, agency in agencies:
            existed = repo.get_agency(conn, agency.agency_id) is not None
            changed = repo.upsert_agency(conn, agency)
            if not existed:
                stats.new += 1
            elif changed:
                stats.changed += 1
            else:
                stats.unchanged += 1
            if progress:
                progress(1)
        record(conn, cfg, kind="agencies_imported", summary=f"Справочник органов загружен: "
               f"новых {stats.new}, изменено {stats.changed}", data={"file": str(path)})
    return stats


def import_registry(engine: Engine, cfg: Config, path: Path, progress: Progress | None = None,
                    cal: WorkCalendar | None = None) -> ImportStats:
    services = _validate(read_rows(path, REGISTRY_HEADER), _service)
    cal = cal or default_calendar()
    stats = ImportStats()
    with engine.begin() as conn:
        known = {a.agency_id for a in repo.list_agencies(conn)}
        unknown = [f"line {n}: agency_id {s.agency_id!r} is not in the directory (import the "
                   "agencies first)" for n, s in services if s.agency_id not in known]
        if unknown:
            raise ImportError_(unknown)
        for _, service in services:
            outcome = repo.upsert_service(conn, service)
            if outcome == "new":
                stats.new += 1
                _open_case(conn, cfg, service, cal, stats)
            elif outcome == "changed":
                stats.changed += 1
                record(conn, cfg, kind="registry_changed", paragraph="3",
                       case_id=service.registry_number + "-" + service.agency_id,
                       summary="Сведения реестра по услуге изменены")
            else:
                stats.unchanged += 1
            if progress:
                progress(1)
    return stats


def _open_case(conn: Connection, cfg: Config, service: Service, cal: WorkCalendar,
               stats: ImportStats) -> None:
    case = case_engine.new_case(service)
    existing = repo.get_case(conn, case.id)
    if existing is not None:
        return
    case, actions = case_engine.apply(
        case, Registered(key=f"registered:{case.id}", on=service.registered_on), cal)
    repo.save_case(conn, case)
    handle_actions(conn, case, actions, cfg, {})
    stats.cases_opened.append(case.id)
