"""Importing the agency directory and the registry extract (contracts/cli.md), CSV or XLSX.

Why all-or-nothing: an operator fixing a file must see every bad line at once and be sure that
nothing half-imported is left behind; so every row is validated first (pydantic, with the line
number in each message), and only a clean file is written, in one transaction.  A new
(registry number, agency) pair opens a case and asks the engine for its p.4 request; a known
pair with changed fields records a change.

Why batches: the Registry lists thousands of services times hundreds of akimats; a row costs
the same however many cases exist (the stored services and case ids are read once per file),
and the rows are written a batch per statement, still in one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine

from gateway import engine as case_engine
from gateway.calendar import WorkCalendar, default_calendar
from gateway.config import Config
from gateway.delivery.requests import unblock as unblock_requests
from gateway.domain import Agency, AgencyKind, Case, Registered, Service
from gateway.runtime.actions import handle_actions
from gateway.runtime.statuslog import record, record_many
from gateway.store import repo

AGENCY_HEADER = ["agency_id", "name_ru", "name_kk", "kind", "region", "emails", "domains"]
REGISTRY_HEADER = ["registry_number", "service_name_ru", "service_name_kk", "agency_id",
                   "standard", "registered_on"]
EDOC_COLUMN = "uses_edoc"  # optional agencies column beyond the contract's
BIN_COLUMN = "bin"  # optional too: the agency's BIN, 12 digits (issue #22)
YES = {"1", "true", "yes", "да", "иә"}
NO = {"", "0", "false", "no", "нет", "жоқ"}
ZERO_PADDED = {"registry_number": 8}  # column -> digits, for numbers Excel stored as numbers


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
    """(line number, row) pairs from a CSV (UTF-8, BOM tolerated) or XLSX file.  CSV line numbers
    are the file's physical lines (a quoted field may span several), XLSX ones the sheet's rows."""
    if not path.is_file():
        raise ImportError_([f"{path}: no such file"])
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raw = list(enumerate(_xlsx_rows(path), start=1))
    else:
        raw = _csv_rows(path)
    while raw and not any(str(v).strip() for v in raw[0][1]):
        raw.pop(0)  # blank lines before the header
    if not raw:
        raise ImportError_([f"{path}: the file is empty; expected the header {','.join(header)}"])
    got = [h.strip() for h in raw[0][1]]
    missing = [h for h in header if h not in got]
    if missing:
        raise ImportError_([f"line {raw[0][0]}: the header lacks {', '.join(missing)} "
                            f"(expected {','.join(header)})"])
    rows: list[tuple[int, dict[str, str]]] = []
    for number, values in raw[1:]:
        if not any(str(v).strip() for v in values):
            continue
        if len(values) > len(got) and any(str(v).strip() for v in values[len(got):]):
            rows.append((number, {"__error__": f"{len(values)} fields, the header has "
                                               f"{len(got)} (a comma inside a field not quoted?)"}))
            continue
        padded = list(values[:len(got)]) + [""] * (len(got) - len(values))
        rows.append((number, {h: str(v).strip() for h, v in zip(got, padded, strict=True)}))
    return rows


def _csv_rows(path: Path) -> list[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportError_([f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"]) \
            from None
    reader = csv.reader(io.StringIO(text, newline=""))
    out: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for values in reader:
            out.append((line, values))
            line = reader.line_num + 1
    except csv.Error as exc:
        raise ImportError_([f"line {reader.line_num}: not valid CSV ({exc})"]) from None
    return out


def _xlsx_rows(path: Path) -> list[list[str]]:
    """The first sheet's rows as text.  A registry number typed into Excel as a number has lost
    its leading zeros (00701003 -> 701003); registry numbers have eight digits, so they are
    given back."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile/openpyxl raise many types for a damaged file
        raise ImportError_([f"{path}: not a readable XLSX workbook ({exc})"]) from None
    try:
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()
    header = [_cell(v).strip() for v in rows[0]] if rows else []
    padded = {i for i, h in enumerate(header) if h in ZERO_PADDED}
    return [[_cell(v).zfill(ZERO_PADDED[header[i]])
             if i in padded and isinstance(v, int) and n else _cell(v)
             for i, v in enumerate(row)] for n, row in enumerate(rows)]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _show(key: Hashable) -> str:
    return " at ".join(key) if isinstance(key, tuple) else str(key)


def _require(row: dict[str, str], *columns: str) -> None:
    empty = [c for c in columns if not row[c]]
    if empty:
        raise ValueError(f"{', '.join(empty)} must not be empty")


def _split(value: str) -> list[str]:
    return [x.strip().lower() for x in value.split(";") if x.strip()]


def _validate(rows: list[tuple[int, dict[str, str]]], build: Callable[[dict[str, str]], Any],
              key: Callable[[Any], Hashable]) -> list[tuple[int, Any]]:
    """Every row built, or ImportError_ naming every bad line (a key seen twice included)."""
    problems: list[str] = []
    out: list[tuple[int, Any]] = []
    first_line: dict[Hashable, int] = {}
    for number, row in rows:
        if "__error__" in row:
            problems.append(f"line {number}: {row['__error__']}")
            continue
        try:
            item = build(row)
            k = key(item)
            if k in first_line:
                raise ValueError(f"{_show(k)} again (first on line {first_line[k]})")
            first_line[k] = number
            out.append((number, item))
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
    _require(row, "agency_id", "name_ru", "kind")
    if row["kind"] not in kinds:
        raise ValueError(f"kind must be one of {', '.join(kinds)}, not {row['kind']!r}")
    emails = _split(row["emails"])
    for address in emails:
        if address.count("@") != 1 or " " in address or not address.split("@")[1].count("."):
            raise ValueError(f"not an e-mail address: {address!r}")
    domains = _split(row["domains"])
    for domain in domains:
        if "@" in domain or " " in domain or "." not in domain.strip("."):
            raise ValueError(f"not a mail domain: {domain!r}")
    edoc = row.get(EDOC_COLUMN, "").lower()
    if edoc not in YES | NO:
        raise ValueError(f"{EDOC_COLUMN} must be yes or no, not {row[EDOC_COLUMN]!r}")
    bin_ = "".join(row.get(BIN_COLUMN, "").split())
    if bin_ and not (len(bin_) == 12 and bin_.isdigit()):
        raise ValueError(f"{BIN_COLUMN} must be 12 digits, not {row[BIN_COLUMN]!r}")
    return Agency(agency_id=row["agency_id"], name_ru=row["name_ru"], name_kk=row["name_kk"],
                  kind=AgencyKind(row["kind"]), region=row["region"], emails=emails,
                  domains=domains, uses_edoc=edoc in YES, bin=bin_)


def _service(row: dict[str, str]) -> Service:
    _require(row, "registry_number", "service_name_ru", "agency_id", "registered_on")
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
                    progress: Progress | None = None,
                    on_total: Progress | None = None) -> ImportStats:
    """The agency directory; a changed agency is logged with its changed fields.  An optional
    `uses_edoc` column (yes/no) says the agency exchanges through the e-document folder, an
    optional `bin` column its BIN; without them, what the store holds is kept."""
    rows = read_rows(path, AGENCY_HEADER)
    has_edoc = any(EDOC_COLUMN in row for _, row in rows)
    has_bin = any(BIN_COLUMN in row for _, row in rows)
    agencies = _validate(rows, _agency, lambda a: a.agency_id)
    if on_total:
        on_total(len(agencies))
    stats = ImportStats()
    with engine.begin() as conn:
        for _, agency in agencies:
            old = repo.get_agency(conn, agency.agency_id)
            if old is not None and not has_edoc:
                agency = agency.model_copy(update={"uses_edoc": old.uses_edoc})
            if old is not None and not has_bin:
                agency = agency.model_copy(update={"bin": old.bin})
            changed = repo.upsert_agency(conn, agency)
            if old is None:
                stats.new += 1
            elif changed:
                stats.changed += 1
                _record_agency_change(conn, cfg, old, agency)
            else:
                stats.unchanged += 1
            if progress:
                progress(1)
        unblock_requests(conn)  # a request that found no address may find one now
        record(conn, cfg, kind="agencies_imported", summary=f"Справочник органов загружен: "
               f"новых {stats.new}, изменено {stats.changed}", data={"file": str(path)})
    return stats


def _record_agency_change(conn: Connection, cfg: Config, old: Agency, new: Agency) -> None:
    before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
    fields = [f for f in after if before.get(f) != after[f]]
    record(conn, cfg, kind="agency_changed",
           summary=f"Сведения органа {new.agency_id} изменены: " + ", ".join(fields),
           data={"agency_id": new.agency_id,
                 "changed": {f: {"from": before.get(f), "to": after[f]} for f in fields}})


BATCH = 2000  # rows written per statement; the whole file is still one transaction


def import_registry(engine: Engine, cfg: Config, path: Path, progress: Progress | None = None,
                    cal: WorkCalendar | None = None,
                    on_total: Progress | None = None) -> ImportStats:
    """The Registry extract, in one transaction written in batches: the stored services and case
    ids are read once (never per row), new services and cases go in one statement per batch.
    A new case's p.4 request is composed by the next outbox pass (gateway.delivery.requests),
    so a Registry of 100,000 services imports in seconds, not hours."""
    services = _validate(read_rows(path, REGISTRY_HEADER), _service,
                         lambda s: (s.registry_number, s.agency_id))
    if on_total:
        on_total(len(services))
    cal = cal or default_calendar()
    stats = ImportStats()
    with engine.begin() as conn:
        known = {a.agency_id for a in repo.list_agencies(conn)}
        unknown = [f"line {n}: agency_id {s.agency_id!r} is not in the directory (import the "
                   "agencies first)" for n, s in services if s.agency_id not in known]
        if unknown:
            raise ImportError_(unknown)
        stored = repo.services_data(conn)
        opened = repo.case_ids(conn)
        registrations = _Registrations(cal)
        for start in range(0, len(services), BATCH):
            batch = [s for _, s in services[start:start + BATCH]]
            _import_batch(conn, cfg, batch, stored, opened, registrations, stats)
            if progress:
                progress(len(batch))
    return stats


class _Registrations:
    """What the engine makes of a registration, asked once per registration date.

    `apply(new_case, Registered)` deep-copies the case and counts the p.4 deadline: half a
    millisecond, a minute for 100,000 services.  Its answer depends on the date alone (the
    case's identity is only carried along), so the first case of each date is applied for real
    and its stored data and actions are relabelled for the others; tests/cli/test_imports.py
    checks the result against `apply` case by case."""

    def __init__(self, cal: WorkCalendar) -> None:
        self.cal = cal
        self.by_date: dict[dt.date, tuple[str, str, list[Any]]] = {}

    def open(self, service: Service) -> tuple[dict[str, Any], list[Any]]:
        case_id = Case.make_id(service.registry_number, service.agency_id)
        known = self.by_date.get(service.registered_on)
        if known is None:
            case, actions = case_engine.apply(
                case_engine.new_case(service),
                Registered(key=f"registered:{case_id}", on=service.registered_on), self.cal)
            data = case.model_dump(mode="json")
            self.by_date[service.registered_on] = (case_id, json.dumps(data), actions)
            return data, actions
        probe_id, template, actions = known
        data = json.loads(template.replace(json.dumps(probe_id)[1:-1], json.dumps(case_id)[1:-1]))
        data["registry_number"], data["agency_id"] = service.registry_number, service.agency_id
        return data, actions  # the probe's: the caller relabels what it hands on


def _import_batch(conn: Connection, cfg: Config, batch: list[Service],
                  stored: dict[tuple[str, str], dict[str, Any]], opened: set[str],
                  registrations: _Registrations, stats: ImportStats) -> None:
    new_services: list[Service] = []
    new_cases: list[dict[str, Any]] = []
    logged: list[dict[str, Any]] = []
    other: list[tuple[dict[str, Any], list[Any]]] = []
    for service in batch:
        key = (service.registry_number, service.agency_id)
        data = service.model_dump(mode="json")
        old = stored.get(key)
        stored[key] = data
        if old is None:
            stats.new += 1
            new_services.append(service)
            case_id = Case.make_id(service.registry_number, service.agency_id)
            if case_id in opened:
                continue
            opened.add(case_id)
            case, actions = registrations.open(service)
            new_cases.append(case)
            stats.cases_opened.append(case_id)
            logged += [{"kind": a.kind, "summary": a.summary, "case_id": case_id,
                        "paragraph": a.paragraph, "data": a.data}
                       for a in actions if a.type == "log"]
            rest = [a.model_copy(update={"case_id": case_id}) for a in actions
                    if a.type not in ("log", "send_request")]
            if rest:
                other.append((case, rest))
        elif old == data:
            stats.unchanged += 1
        else:
            stats.changed += 1
            repo.upsert_service(conn, service)
            _record_change(conn, cfg, Service.model_validate(old), service)
    repo.insert_services(conn, new_services)
    repo.insert_cases(conn, new_cases)
    record_many(conn, cfg, logged)
    for case, actions in other:  # none today: a registration only logs and asks for the request
        handle_actions(conn, Case.model_validate(case), actions, cfg, {})


# Registry columns as the status log names them, in Russian
FIELD_RU = {"name_ru": "наименование (рус.)", "name_kk": "наименование (каз.)",
            "standard": "стандарт", "registered_on": "дата внесения в Реестр"}


def _record_change(conn: Connection, cfg: Config, old: Service, new: Service) -> None:
    before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
    fields = [f for f in after if before.get(f) != after[f]]
    record(conn, cfg, kind="registry_changed", paragraph="3",
           case_id=Case.make_id(new.registry_number, new.agency_id),
           summary="Сведения Реестра по услуге изменены: "
                   + ", ".join(FIELD_RU.get(f, f) for f in fields),
           data={"changed": {f: {"from": before.get(f), "to": after[f]} for f in fields}})
    rules = [f for f in fields if f in RULE_FIELDS]
    if rules:  # p.3, p.6: a changed standard or regulation is a change the agency updates
        import hashlib

        from gateway.calendar import local_today
        from gateway.domain import RegistryChanged
        from gateway.engine.casework import apply_to_case

        case_id = Case.make_id(new.registry_number, new.agency_id)
        digest = hashlib.sha256(repr([after[f] for f in rules]).encode()).hexdigest()[:16]
        apply_to_case(conn, cfg, case_id, RegistryChanged(
            key=f"registry:{case_id}:{digest}", on=local_today(cfg.timezone),
            fields={f: (before.get(f), after[f]) for f in rules}))


# Registry fields whose change the agency must reflect in its information (p.6)
RULE_FIELDS = ("standard", "regulation")

