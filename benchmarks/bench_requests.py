"""Writing the p.4 requests of a Registry import's new cases: 100,000 services (500 services at
200 akimats) by default, as the outbox pass writes them (gateway.delivery.requests: batches of
short transactions, the letters composed by a pool of worker processes).  The aim: under 10
minutes for 100,000 (6 ms a request), every batch committed as it goes.  Prints the wall and
CPU time per request and the projection for 100,000; exits 1 when the projection misses the
aim.  `--baseline N` first writes N services' requests with every letter composed in this
process (workers=0) on a database of its own, and prints the pool's time per request as a
ratio to that baseline's, measured in the same run.

    .venv/bin/python benchmarks/bench_requests.py [--services 500] [--agencies 200]
                      [--workers N] [--baseline SERVICES] [--database-url URL]
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_imports import write_files  # noqa: E402
from benchmarks.common import line  # noqa: E402

AIM_SECONDS = 600.0
AIM_COUNT = 100_000


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(services: int, agencies: int, database_url: str,
            workers: int | None) -> tuple[int, float, float, float]:
    """(requests written, wall seconds, this process's CPU seconds, its composing workers'
    CPU seconds) on a fresh database."""
    from sqlalchemy import func, select

    from gateway.config import Config
    from gateway.delivery import composing
    from gateway.delivery.requests import queue_requests
    from gateway.records.imports import import_agencies, import_registry
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade
    from gateway.store.schema import outbox
    from tests.fixtures.db import throwaway_schema

    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        if database_url.startswith("postgresql"):  # a schema of the benchmark's own
            database_url = stack.enter_context(throwaway_schema(database_url, "bench"))
        root = Path(tmp)
        cfg = Config(data_dir=str(root / "data"), database_url=database_url)
        engine = make_engine(cfg.db_url)
        upgrade(engine)
        ag, reg = write_files(root, services, agencies)
        import_agencies(engine, cfg, ag)
        t = time.perf_counter()
        import_registry(engine, cfg, reg)
        n = services * agencies
        print(f"{n} new services imported in {time.perf_counter() - t:.1f} s; writing their "
              f"p.4 requests ({'in this process' if workers == 0 else 'worker processes'})",
              flush=True)
        composing.shutdown(wait=True)
        wall, cpu, theirs = time.perf_counter(), time.process_time(), children_cpu()
        queued = queue_requests(engine, cfg, None, workers=workers)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        composing.shutdown(wait=True)
        for thread in threading.enumerate():  # the pools' managers: each waits for its workers
            if type(thread).__name__ == "_ExecutorManagerThread":
                thread.join()
        theirs = children_cpu() - theirs
        with engine.connect() as conn:
            stored = conn.execute(select(func.count()).select_from(outbox)).scalar_one()
        engine.dispose()
    assert queued == stored == n, (queued, stored, n)
    return queued, wall, cpu, theirs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=500)
    ap.add_argument("--agencies", type=int, default=200)
    ap.add_argument("--workers", type=int, default=None,
                    help="composing processes (default: one a core; 0: this process)")
    ap.add_argument("--baseline", type=int, default=0, metavar="SERVICES",
                    help="first write this many services' requests in this process alone")
    ap.add_argument("--database-url", default="")
    args = ap.parse_args()
    base = base_cpu = None
    if args.baseline:
        done, wall, cpu, _ = measure(args.baseline, args.agencies, args.database_url, 0)
        base, base_cpu = wall / done * 1000, cpu / done * 1000
        line("baseline (this process): wall per request", base, "ms")
        line("baseline: CPU per request", base_cpu, "ms")
    queued, wall, cpu, theirs = measure(args.services, args.agencies, args.database_url,
                                        args.workers)
    line("requests written", queued, "")
    line("wall time, all", wall, "s")
    line("wall time per request", wall / queued * 1000, "ms", base, "the baseline")
    line("CPU time per request (this process)", cpu / queued * 1000, "ms")
    line("CPU time per request (+ workers)", (cpu + theirs) / queued * 1000, "ms",
         base_cpu if base else None, "the baseline")
    projected = wall / queued * AIM_COUNT
    line(f"projected for {AIM_COUNT}", projected, "s", AIM_SECONDS, "the aim")
    if projected > AIM_SECONDS:
        print(f"over the aim: {AIM_COUNT} would take {projected / 60:.1f} min")
        return 1
    print(f"within the aim: {AIM_COUNT} in {projected / 60:.1f} min")
    return 0


if __name__ == "__main__":
    sys.exit(main())
