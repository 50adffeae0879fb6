"""The board's cases page with 10,000 cases on SQLite: p95 of `GET /cases` (the whole request
through Starlette, the session check, SQL and the template) for the views an operator uses —
the first page, only the overdue, a search by name, sorted by agency, a page deep in the list —
each against the bare SQL of the same page measured in the same run (the floor: what the
database alone costs).  The budget is 200 ms p95; the run exits 1 when a view misses it.

    .venv/bin/python benchmarks/bench_web.py [--cases 10000] [--requests 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import line, percentile  # noqa: E402

BUDGET_MS = 200.0
TODAY = dt.date(2026, 11, 25)
VIEWS = {
    "first page": "/cases",
    "only overdue": "/cases?overdue=1",
    "search by name": "/cases?q=справк",
    "sorted by agency, desc": "/cases?sort=agency&desc=1",
    "page 150": "/cases?page=150",
    "state + agency": "/cases?state=requested&agency=akimat-007",
}


def fill(engine, n: int) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from gateway.domain import Agency, Case, Deadline, Service
    from gateway.store import repo
    from gateway.store.schema import cases, services

    names = ["Выдача справки о несудимости", "Государственная регистрация рождения ребенка",
             "Выдача лицензии на занятие деятельностью", "Регистрация по месту жительства",
             "Выдача архивных справок"]
    with engine.begin() as conn:
        for a in range(40):
            repo.upsert_agency(conn, Agency(agency_id=f"akimat-{a:03}", kind="local",
                                            name_ru=f"Акимат района № {a}",
                                            emails=[f"kense@akimat{a}.kz"]))
        svc_rows, case_rows = [], []
        for i in range(n):
            agency = f"akimat-{i % 40:03}"
            number = f"{i:08}"
            registered = TODAY - dt.timedelta(days=i % 90)
            svc = Service(registry_number=number, agency_id=agency, name_ru=names[i % 5] +
                          f" ({i})", registered_on=registered)
            due = registered + dt.timedelta(days=5)
            done = due if i % 3 == 0 else None
            case = Case(id=Case.make_id(number, agency), registry_number=number,
                        agency_id=agency, state="requested" if done is None else "appointed",
                        registered_on=registered, deadlines=[
                            Deadline(step="request", paragraph="4", start=registered,
                                     working_days=3, due=registered + dt.timedelta(days=3),
                                     done_on=registered),
                            Deadline(step="appointment", paragraph="5", start=registered,
                                     working_days=3, due=due, done_on=done,
                                     reason="3 WD after the request, p.5")])
            svc_rows.append({"registry_number": number, "agency_id": agency,
                             "data": svc.model_dump(mode="json"),
                             "search_name": repo.search_name(svc)})
            case_rows.append({"id": case.id, "registry_number": number, "agency_id": agency,
                              "state": str(case.state), "data": case.model_dump(mode="json"),
                              "updated_at": dt.datetime.now(dt.UTC),
                              "next_due": None if done else due})
        conn.execute(insert(services), svc_rows)
        conn.execute(insert(cases), case_rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=60)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

    from gateway.config import Config, Web
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade
    from gateway.web import operators, queries
    from gateway.web.app import build_app

    with tempfile.TemporaryDirectory() as tmp:
        cfg = Config(data_dir=str(Path(tmp) / "data"), web=Web())
        engine = make_engine(cfg.db_url)
        upgrade(engine)
        t = time.perf_counter()
        fill(engine, args.cases)
        operators.add(engine, "bench", "viewer", "bench-password")
        print(f"{args.cases} cases on SQLite, filled in {time.perf_counter() - t:.1f} s; "
              f"{args.requests} requests per view; budget p95 < {BUDGET_MS:.0f} ms")
        client = TestClient(build_app(cfg, engine, today=TODAY, watch_seconds=0))
        assert client.post("/login", data={"username": "bench", "password": "bench-password"},
                           follow_redirects=False).status_code == 303
        missed = []
        for label, url in VIEWS.items():
            from urllib.parse import parse_qsl, urlsplit

            p = dict(parse_qsl(urlsplit(url).query))
            f = queries.CaseFilter(state=p.get("state", ""), agency=p.get("agency", ""),
                                   overdue=p.get("overdue") == "1", q=p.get("q", ""),
                                   sort=p.get("sort", "next_due"),
                                   descending=p.get("desc") == "1",
                                   page=int(p.get("page", 1)), size=50)
            bare, full = [], []
            for _ in range(args.requests):
                t = time.perf_counter()
                with engine.connect() as conn:
                    rows, _total = queries.cases_page(conn, f, TODAY)
                bare.append(time.perf_counter() - t)
                t = time.perf_counter()
                r = client.get(url)
                full.append(time.perf_counter() - t)
                assert r.status_code == 200 and 'id="cases"' in r.text
            base = percentile(bare, 95) * 1000
            got = percentile(full, 95) * 1000
            line(f"bare SQL p95, {label}", base, "ms")
            line(f"GET {url} p95", got, "ms", base, "the bare SQL")
            if got >= BUDGET_MS:
                missed.append(label)
        engine.dispose()
    if missed:
        print(f"over budget ({BUDGET_MS:.0f} ms p95): {', '.join(missed)}")
        return 1
    print("every view within budget")
    return 0


if __name__ == "__main__":
    sys.exit(main())
