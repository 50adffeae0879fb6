"""The Registry import at scale, checked at a few hundred rows (speed is measured in
benchmarks/bench_imports.py): batches in one transaction, cases exactly as the engine makes
them, a bad row anywhere importing nothing, and the p.4 requests written by the outbox pass."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from gateway import engine as case_engine
from gateway.calendar import default_calendar
from gateway.config import load
from gateway.delivery.requests import queue_requests, waiting
from gateway.domain import Registered
from gateway.records import imports
from gateway.store import make_engine, repo
from gateway.store.schema import cases, events, outbox, services
from tests.cli.conftest import write_csv

HEADER = "registry_number,service_name_ru,service_name_kk,agency_id,standard,registered_on"
AGENCIES = ["agency_id,name_ru,name_kk,kind,region,emails,domains"] + [
    f"ak{i},Акимат района {i},{i} аудан әкімдігі,local,Алматы,kanc@ak{i}.gov.kz,ak{i}.gov.kz"
    for i in range(6)]


def registry_lines(how_many: int, first: int = 0) -> list[str]:
    days = ["2026-11-23", "2026-11-30", "2026-12-01"]
    return [HEADER] + [f"{s:08d},Услуга {s},Қызмет {s},ak{i},Стандарт {s},{days[s % 3]}"
                       for s in range(first, first + how_many) for i in range(6)]


@pytest.fixture
def store(run, site, tmp_path, monkeypatch):
    monkeypatch.setattr(imports, "BATCH", 50)  # many batches in a small file
    assert run("agencies", "import", write_csv(tmp_path, "ag.csv", AGENCIES)).code == 0
    cfg = load(site / "gateway.toml")
    engine = make_engine(cfg.db_url)
    yield cfg, engine
    engine.dispose()


def count(engine, table) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def test_every_case_is_what_the_engine_makes_of_its_registration(run, store, tmp_path):
    cfg, engine = store
    done = run("registry", "import", write_csv(tmp_path, "reg.csv", registry_lines(50)))
    assert done.code == 0 and "300 new" in done.out and "300 case(s) opened" in done.out
    cal = default_calendar()
    with engine.connect() as conn:
        stored = {c.id: c for c in repo.list_cases(conn)}
        logged = {r.case_id: r.summary for r in conn.execute(
            select(events.c.case_id, events.c.summary).where(events.c.kind == "registered"))}
        for service in repo.list_services(conn):
            expected, actions = case_engine.apply(
                case_engine.new_case(service),
                Registered(key=f"registered:{service.registry_number}-{service.agency_id}",
                           on=service.registered_on), cal)
            got = stored[expected.id]
            assert got.model_dump(mode="json") == expected.model_dump(mode="json")
            assert logged[expected.id] == next(a.summary for a in actions if a.type == "log")
    assert count(engine, outbox) == 0  # nothing composed in the import itself
    lines = (cfg.status_log_path).read_text(encoding="utf-8").splitlines()
    assert sum('"kind": "registered"' in line for line in lines) == 300


def test_a_bad_row_late_in_the_file_imports_nothing_and_is_named(run, store, tmp_path):
    _, engine = store
    lines = registry_lines(40)
    lines[230] = lines[230].replace("2026-", "26-")  # line 231 of the file
    lines.append("00000001,Услуга,Қызмет,nowhere,Стандарт,2026-11-30")
    refused = run("registry", "import", write_csv(tmp_path, "bad.csv", lines))
    assert refused.code == 1
    assert "line 231: registered_on must be an ISO date" in refused.err
    assert count(engine, services) == 0 and count(engine, cases) == 0
    lines[230] = registry_lines(40)[230]
    refused = run("registry", "import", write_csv(tmp_path, "bad.csv", lines))
    assert refused.code == 1 and f"line {len(lines)}: agency_id 'nowhere'" in refused.err
    assert count(engine, services) == 0 and count(engine, cases) == 0


def test_a_second_file_adds_and_changes_without_reading_per_row(run, store, tmp_path):
    _, engine = store
    assert run("registry", "import", write_csv(tmp_path, "a.csv", registry_lines(20))).code == 0
    changed = registry_lines(30)  # the first 20 services again, 10 new
    changed[1] = changed[1].replace("Стандарт 0", "Стандарт 0 в новой редакции")
    done = run("registry", "import", write_csv(tmp_path, "b.csv", changed))
    assert done.code == 0, done.err
    assert "60 new, 1 changed, 119 unchanged, 60 case(s) opened" in done.out
    assert count(engine, cases) == 180


def test_the_outbox_pass_writes_the_requests_a_batch_at_a_time(run, store, tmp_path):
    cfg, engine = store
    assert run("registry", "import", write_csv(tmp_path, "r.csv", registry_lines(5))).code == 0
    with engine.connect() as conn:
        assert waiting(conn) == 30
    assert queue_requests(engine, cfg, 20) == 20
    assert queue_requests(engine, cfg, 20) == 10
    assert queue_requests(engine, cfg, 20) == 0
    with engine.connect() as conn:
        kinds = conn.execute(select(outbox.c.kind, func.count()).group_by(outbox.c.kind)).all()
        assert dict(kinds) == {"request": 30} and waiting(conn) == 0
    status = run("status")
    assert "requests to write" not in status.out


def test_a_request_without_an_address_is_told_once_and_retried_after_the_directory(
        run, store, tmp_path):
    cfg, engine = store
    lines = AGENCIES[:1] + ["noaddr,Акимат без адреса,Мекенжайсыз әкімдік,local,Алматы,,"]
    assert run("agencies", "import", write_csv(tmp_path, "n.csv", lines)).code == 0
    reg = [HEADER, "00000009,Услуга,Қызмет,noaddr,Стандарт,2026-11-30"]
    assert run("registry", "import", write_csv(tmp_path, "r.csv", reg)).code == 0
    assert queue_requests(engine, cfg) == 0 and queue_requests(engine, cfg) == 0
    with engine.connect() as conn:
        told = conn.execute(select(events.c.summary).where(
            events.c.kind == "operator_attention")).scalars().all()
    assert told == ["Запрос по п. 4 не сформирован: в справочнике нет пригодного адреса органа "
                    "noaddr"]
    fixed = AGENCIES[:1] + ["noaddr,Акимат,Әкімдік,local,Алматы,kanc@noaddr.gov.kz,noaddr.gov.kz"]
    assert run("agencies", "import", write_csv(tmp_path, "f.csv", fixed)).code == 0
    assert queue_requests(engine, cfg) == 1


def test_the_import_reports_its_total_and_progress(store, tmp_path):
    cfg, engine = store
    seen: list[int] = []
    total: list[int] = []
    imports.import_registry(engine, cfg, write_csv(tmp_path, "p.csv", registry_lines(20)),
                            progress=seen.append, on_total=total.append)
    assert total == [120] and sum(seen) == 120 and len(seen) == 3  # batches of 50


def test_requests_commit_batch_by_batch_so_a_pass_cut_short_keeps_what_it_wrote(
        run, store, tmp_path, monkeypatch):
    from gateway.delivery import letters, requests

    cfg, engine = store
    assert run("registry", "import", write_csv(tmp_path, "r.csv", registry_lines(5))).code == 0
    real = letters.compose_letter
    calls = []

    def dies_at_the_thirteenth(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 13:
            raise KeyboardInterrupt  # the pass is cut short (a stop, a crash)
        return real(*args, **kwargs)

    monkeypatch.setattr(letters, "compose_letter", dies_at_the_thirteenth)
    # batches cut by count alone: on a loaded machine the half-second cap ended one early
    monkeypatch.setattr(requests, "BATCH_SECONDS", 3600.0)
    with pytest.raises(KeyboardInterrupt):  # composed here (workers=0), where the patch is
        queue_requests(engine, cfg, None, batch=5, workers=0)
    with engine.connect() as conn:  # two whole batches committed, the third rolled back
        assert conn.execute(select(func.count()).select_from(outbox)).scalar() == 10
        assert waiting(conn) == 20
    monkeypatch.setattr(letters, "compose_letter", real)
    # the next pass walks on from the start and writes the rest, each once, composed by a
    # pool of workers from its second batch on
    assert queue_requests(engine, cfg, None, batch=7) == 20
    _each_case_once_numbers_without_gaps(engine, 30)


def _each_case_once_numbers_without_gaps(engine, n: int) -> None:
    """Every case's request written once; the outgoing numbers 1..n, each in its letter."""
    from email import message_from_bytes, policy

    from gateway.store import repo

    with engine.connect() as conn:
        rows = conn.execute(select(outbox.c.case_id, outbox.c.outgoing_number,
                                   outbox.c.message_id, outbox.c.sha256)).all()
        assert len(rows) == n and len({r.case_id for r in rows}) == n
        assert sorted(int(r.outgoing_number.rsplit("/", 1)[1]) for r in rows) == \
            list(range(1, n + 1))
        for row in rows:
            msg = message_from_bytes(repo.get_blob(conn, row.sha256), policy=policy.SMTP)
            assert msg["X-EKC-Outgoing-Number"] == row.outgoing_number
            assert msg["Message-ID"] == row.message_id
            assert row.case_id in msg["Subject"]
            assert row.outgoing_number in msg.get_body().get_content()


@pytest.mark.parametrize("workers", [0, 2])
def test_a_batch_whose_time_is_up_writes_what_it_numbered_and_leaves_the_rest(
        run, store, tmp_path, monkeypatch, workers):
    """Each batch's time up at once: it writes its first chunk (and, with workers, the chunks
    already handed to them), never a number without its letter; the next batch walks on."""
    from gateway.delivery import composing, requests

    cfg, engine = store
    assert run("registry", "import", write_csv(tmp_path, "r.csv", registry_lines(5))).code == 0
    monkeypatch.setattr(requests, "BATCH_SECONDS", 0.0)
    monkeypatch.setattr(composing, "CHUNK", 4)
    assert queue_requests(engine, cfg, None, batch=10, workers=workers) == 30
    with engine.connect() as conn:
        assert waiting(conn) == 0
    _each_case_once_numbers_without_gaps(engine, 30)


def test_a_pool_that_breaks_costs_speed_not_letters(run, store, tmp_path, monkeypatch):
    """A composing worker killed (its future: BrokenProcessPool): its chunk and every later
    one are composed in the outbox's own process, each letter once, no number lost."""
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from gateway.delivery import composing, requests

    class Breaking:
        """A pool whose first chunk comes back, then its worker dies."""

        def __init__(self) -> None:
            self.submitted = 0

        def submit(self, fn, *args):  # type: ignore[no-untyped-def]
            self.submitted += 1
            future: Future = Future()
            if self.submitted == 1:
                future.set_result(fn(*args))
            else:
                future.set_exception(BrokenProcessPool("a worker was killed"))
            return future

        def shutdown(self, **_):  # type: ignore[no-untyped-def]
            pass

    cfg, engine = store
    assert run("registry", "import", write_csv(tmp_path, "r.csv", registry_lines(5))).code == 0
    pool = Breaking()
    monkeypatch.setattr(composing, "_broken", False)
    monkeypatch.setattr(composing, "pool", lambda workers: None if composing._broken else pool)
    monkeypatch.setattr(composing, "CHUNK", 3)
    monkeypatch.setattr(requests, "BATCH_SECONDS", 3600.0)
    assert queue_requests(engine, cfg, None, batch=12) == 30
    assert composing._broken and pool.submitted >= 2
    _each_case_once_numbers_without_gaps(engine, 30)


def test_an_unusable_address_is_left_out_and_told_once_with_its_letter(run, store, tmp_path):
    cfg, engine = store
    with engine.begin() as conn:
        agency = repo.get_agency(conn, "ak0")
        repo.upsert_agency(conn, agency.model_copy(
            update={"emails": [*agency.emails, "not an address"]}))
    reg = [HEADER, "00000009,Услуга,Қызмет,ak0,Стандарт,2026-11-30"]
    assert run("registry", "import", write_csv(tmp_path, "r.csv", reg)).code == 0
    assert queue_requests(engine, cfg) == 1 and queue_requests(engine, cfg) == 0
    with engine.connect() as conn:
        told = conn.execute(select(events.c.summary).where(
            events.c.kind == "operator_attention")).scalars().all()
        recipients = conn.execute(select(outbox.c.recipients)).scalar_one()
    assert len(told) == 1 and "not an address" in told[0]
    assert list(recipients) == agency.emails
