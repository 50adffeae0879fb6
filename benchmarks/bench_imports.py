"""Registry import rate (rows/s) for 100,000 rows — 500 services at 200 akimats — as a ratio
to a bare `executemany` of the same rows into a table of the same shape, in the same run.
The aim: 100,000 rows in under a minute, and a second file's cost per row no higher than the
first's although the store then holds 100,000 cases.

Why this baseline: inserting the rows is the floor of importing them at all; what the import
adds is reading and validating the file, opening a case per new service with its deadline,
and a status-log line per case, all in one transaction.

    .venv/bin/python benchmarks/bench_imports.py [--services 500] [--agencies 200]
                                                 [--database-url URL]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import line  # noqa: E402


def write_files(root: Path, services: int, agencies: int, first: int = 0) -> tuple[Path, Path]:
    ag, reg = root / "agencies.csv", root / f"registry-{first}.csv"
    with ag.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["agency_id", "name_ru", "name_kk", "kind", "region", "emails", "domains"])
        for i in range(agencies):
            w.writerow([f"akimat{i}", f"Акимат района {i}", f"{i} аудан әкімдігі", "local",
                        "Алматинская область", f"kanc@ak{i}.gov.kz", f"ak{i}.gov.kz"])
    with reg.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["registry_number", "service_name_ru", "service_name_kk", "agency_id",
                    "standard", "registered_on"])
        for s in range(first, first + services):
            for i in range(agencies):
                w.writerow([f"{s:08d}", f"Государственная услуга {s}", f"Қызмет {s}",
                            f"akimat{i}", f"Стандарт услуги {s}, приказ № {s}", "2026-11-30"])
    return ag, reg


def baseline(url: str, registry: Path) -> float:
    """Seconds for a bare executemany of the file's rows into a same-shaped table."""
    from sqlalchemy import JSON, Column, MetaData, String, Table, create_engine, insert

    engine = create_engine(url)
    meta = MetaData()
    table = Table("bench_services", meta, Column("registry_number", String(32), primary_key=True),
                  Column("agency_id", String(64), primary_key=True),
                  Column("data", JSON, nullable=False))
    meta.drop_all(engine)
    meta.create_all(engine)
    t = time.perf_counter()
    with registry.open(encoding="utf-8") as f:
        rows = [{"registry_number": r["registry_number"], "agency_id": r["agency_id"],
                 "data": json.loads(json.dumps(r))} for r in csv.DictReader(f)]
    with engine.begin() as conn:
        conn.execute(insert(table), rows)
    took = time.perf_counter() - t
    meta.drop_all(engine)
    engine.dispose()
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=500)
    parser.add_argument("--agencies", type=int, default=200)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()

    from gateway.config import Config
    from gateway.records.imports import import_agencies, import_registry
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        url = args.database_url or f"sqlite:///{root / 'bench.sqlite3'}"
        cfg = Config(data_dir=str(root / "data"), database_url=url, base_dir=root)
        cfg.data_path.mkdir()
        agencies, first = write_files(root, args.services, args.agencies)
        _, second = write_files(root, args.services, args.agencies, first=args.services)
        rows = args.services * args.agencies
        engine = make_engine(url)
        upgrade(engine)
        import_agencies(engine, cfg, agencies)
        base = baseline(url, first)
        t = time.perf_counter()
        stats = import_registry(engine, cfg, first)
        took = time.perf_counter() - t
        assert stats.new == rows and len(stats.cases_opened) == rows
        t = time.perf_counter()
        import_registry(engine, cfg, second)  # the same again with 100,000 cases stored
        again = time.perf_counter() - t
        engine.dispose()
    print(f"registry import of {rows} rows ({args.services} services x {args.agencies} "
          f"agencies), {url.split(':')[0]}")
    line("bare executemany of the rows (baseline)", rows / base, "rows/s")
    line("registry import, empty store", rows / took, "rows/s", rows / base, "baseline")
    line("registry import, 100,000 cases stored", rows / again, "rows/s", rows / base,
         "baseline")
    line("seconds for the first file", took, "s")
    line("cost per row, second file / first file", again / took, "x")
    print(f"aim: under 60 s for {rows} rows: {'met' if took < 60 else 'NOT met'}")


if __name__ == "__main__":
    main()
