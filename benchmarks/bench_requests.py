"""Writing the p.4 requests of a Registry import's new cases: 100,000 services (500 services at
200 akimats) on SQLite, as the outbox pass writes them (gateway.delivery.requests, batches of
short transactions).  The aim: under 10 minutes for 100,000 (6 ms a request), every batch
committed as it goes.  Prints the wall and CPU time per request and the projection for 100,000;
exits 1 when the projection misses the aim.

    .venv/bin/python benchmarks/bench_requests.py [--services 500] [--agencies 200]
                                                  [--database-url URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_imports import write_files  # noqa: E402
from benchmarks.common import line  # noqa: E402

AIM_SECONDS = 600.0
AIM_COUNT = 100_000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=500)
    ap.add_argument("--agencies", type=int, default=200)
    ap.add_argument("--database-url", default="")
    args = ap.parse_args()
    from sqlalchemy import func, select

    from gateway.config import Config
    from gateway.delivery.requests import queue_requests
    from gateway.records.imports import import_agencies, import_registry
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade
    from gateway.store.schema import outbox

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        cfg = Config(data_dir=str(root / "data"), database_url=args.database_url)
        engine = make_engine(cfg.db_url)
        upgrade(engine)
        ag, reg = write_files(root, args.services, args.agencies)
        import_agencies(engine, cfg, ag)
        t = time.perf_counter()
        import_registry(engine, cfg, reg)
        n = args.services * args.agencies
        print(f"{n} new services imported in {time.perf_counter() - t:.1f} s; writing their "
              f"p.4 requests")
        wall, cpu = time.perf_counter(), time.process_time()
        queued = queue_requests(engine, cfg, None)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        with engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(outbox)).scalar_one()
        engine.dispose()
    assert queued == stored == n, (queued, stored, n)
    line("requests written", queued, "")
    line("wall time, all", wall, "s")
    line("wall time per request", wall / queued * 1000, "ms")
    line("CPU time per request (this process)", cpu / queued * 1000, "ms")
    projected = wall / queued * AIM_COUNT
    line(f"projected for {AIM_COUNT}", projected, "s", AIM_SECONDS, "the aim")
    if projected > AIM_SECONDS:
        print(f"over the aim: {AIM_COUNT} would take {projected / 60:.1f} min")
        return 1
    print(f"within the aim: {AIM_COUNT} in {projected / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
