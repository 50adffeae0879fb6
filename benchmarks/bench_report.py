"""The Appendix 2 report for a big month: seconds and peak memory of DOCX and XLSX, each against
writing the same rows as plain CSV in the same run (the floor: generating the rows and putting
them on disk).  Every measurement runs in a fresh child process (spawned, not forked), so its
peak resident memory (ru_maxrss) is its own; its processor time (every thread's) is printed
beside the wall-clock time, since on a loaded machine the wall clock mostly measures the
others.  The budget (issue #24) is 1,000,000 rows in under 30 s and 300 MB for DOCX and XLSX
together, on a quiet machine; the run exits 1 when that is missed.

    .venv/bin/python benchmarks/bench_report.py [--rows 1000000] [--db]

--db also measures the command's real path: the rows imported into a SQLite file first, then
`build_month` (authority's report with every row plus one per agency) reading them back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

BUDGET_SECONDS = 30.0  # for 1,000,000 rows (scaled to --rows)
BUDGET_MB = 300.0
AGENCIES = ["minjust", "mcs", "dsm", "krg"]


def appeals(rows: int) -> Iterator:  # type: ignore[type-arg]
    from gateway.domain import Appeal

    base = dt.datetime(2026, 5, 1, 9, 0)
    for n in range(rows):
        yield Appeal(received_at=base + dt.timedelta(seconds=20 * n),
                     forum_responsible="Сейтжанова Айгерим", region="Карагандинская область",
                     applicant=f"Заявитель {n} Серикович", nature="жалоба",
                     content="Срок оказания услуги нарушен, документы не выданы в "
                             "установленный срок; заявитель просит разъяснить порядок",
                     measures=f"Дан ответ, запрос № 03-12/{n}", standard_violation="да",
                     staff_action="бездействие", agency_id=AGENCIES[n % len(AGENCIES)])


def _csv(rows: int, out: Path) -> None:
    import csv

    from outbound.documents.appendix2 import cells

    with open(out / "r.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        for n, a in enumerate(appeals(rows), start=1):
            writer.writerow(cells(n, a))


def _docx(rows: int, out: Path) -> None:
    from outbound.documents.appendix2 import write_docx

    assert write_docx(out / "r.docx", appeals(rows), month="2026-05") == rows


def _xlsx(rows: int, out: Path) -> None:
    from outbound.documents.appendix2 import write_xlsx

    assert write_xlsx(out / "r.xlsx", appeals(rows), month="2026-05") == rows


def _both(rows: int, out: Path) -> None:
    """Both files from one pass over the rows, as `gateway report monthly` writes them."""
    from outbound.documents.appendix2 import write_both

    assert write_both(out / "r.docx", out / "r.xlsx", appeals(rows), month="2026-05") == rows


def _seed_db(rows: int, out: Path) -> None:
    from sqlalchemy import insert

    from gateway.config import Config
    from gateway.records.imports import import_agencies
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade
    from gateway.store.schema import appeals as table
    from mappings import path

    cfg = Config(data_dir=str(out))
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    import_agencies(engine, cfg, path("agencies.csv"))
    with engine.begin() as conn:
        batch = []
        for a in appeals(rows):
            batch.append({"agency_id": a.agency_id, "received_at": a.received_at,
                          "data": a.model_dump(mode="json")})
            if len(batch) == 5000:
                conn.execute(insert(table), batch)
                batch.clear()
        if batch:
            conn.execute(insert(table), batch)


def _from_db(rows: int, out: Path) -> None:
    from gateway.config import Config
    from gateway.records.report import build_month
    from gateway.store import make_engine

    cfg = Config(data_dir=str(out))
    with make_engine(cfg.db_url).connect() as conn:
        files = build_month(conn, cfg, "2026-05", out / "reports")
    assert files[0].rows == rows


JOBS = {"csv": _csv, "docx": _docx, "xlsx": _xlsx, "docx+xlsx": _both, "seed": _seed_db,
        "db": _from_db}


def _child(job: str, rows: int, out: str, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    import gateway.domain  # noqa: F401  (imports are not the job's time)
    import outbound.documents.appendix2  # noqa: F401

    start, cpu = time.perf_counter(), time.process_time()  # process_time: every thread's
    JOBS[job](rows, Path(out))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    queue.put((seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, cpu))


def measure(job: str, rows: int, out: Path) -> tuple[float, float, float]:
    """(seconds, peak resident MB, processor seconds) of `job` in a fresh process."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(job, rows, str(out), queue))
    proc.start()
    result = queue.get()
    proc.join()
    if proc.exitcode:
        raise SystemExit(f"{job}: the child failed with exit status {proc.exitcode}")
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--db", action="store_true", help="also measure build_month from SQLite")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        base_s, base_mb, base_cpu = measure("csv", args.rows, out)
        print(f"Appendix 2 report, {args.rows:,} rows; baseline: the same rows as CSV "
              f"{base_s:.2f} s ({base_cpu:.2f} s of processor), {base_mb:.0f} MB peak")
        print(f"{'':<22}{'seconds':>9}{'x CSV':>8}{'cpu s':>8}{'x CSV':>8}{'peak MB':>10}"
              f"{'x CSV':>8}{'file MB':>9}")
        results = {}
        for job in ("docx", "xlsx", "docx+xlsx"):
            seconds, mb, cpu = measure(job, args.rows, out)
            results[job] = (seconds, mb)
            size = sum((out / f"r.{e}").stat().st_size for e in job.split("+")) / 2**20
            print(f"{job:<22}{seconds:>9.2f}{seconds / base_s:>8.2f}{cpu:>8.2f}"
                  f"{cpu / base_cpu:>8.2f}{mb:>10.0f}{mb / base_mb:>8.2f}{size:>9.1f}")
        if args.db:
            measure("seed", args.rows, out)
            seconds, mb, cpu = measure("db", args.rows, out)
            results["db"] = (seconds, mb)
            print(f"{'build_month (SQLite)':<22}{seconds:>9.2f}{seconds / base_s:>8.2f}"
                  f"{cpu:>8.2f}{cpu / base_cpu:>8.2f}{mb:>10.0f}{mb / base_mb:>8.2f}")
    seconds, mb = results["docx+xlsx"]
    budget = BUDGET_SECONDS * args.rows / 1_000_000
    ok = seconds < budget and mb < BUDGET_MB
    print(f"budget for DOCX+XLSX: < {budget:.0f} s and < {BUDGET_MB:.0f} MB: "
          f"{'met' if ok else 'MISSED'} ({seconds:.1f} s, {mb:.0f} MB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
