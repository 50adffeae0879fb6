"""The store on SQLite and PostgreSQL: migrations match the schema, repository round trips,
and the status log mirrors only what commits."""

from __future__ import annotations

import datetime as dt
import json

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from gateway.config import Config
from gateway.domain import Agency, AgencyKind, Service
from gateway.engine import new_case
from gateway.runtime.statuslog import record
from gateway.store import repo
from gateway.store.migrate import upgrade
from gateway.store.schema import metadata


def test_migrations_match_the_schema(db_engine):
    upgrade(db_engine)  # a second run is a no-op
    with db_engine.connect() as conn:
        from gateway.store.textsearch import schema_object

        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_name": schema_object}), metadata)
    assert diff == []


def test_agency_lookup_by_address_and_domain(db_engine):
    mj = Agency(agency_id="minjust", name_ru="Министерство юстиции", kind=AgencyKind.central,
                emails=["kanc@minjust.gov.kz"], domains=["minjust.gov.kz"])
    with db_engine.begin() as conn:
        assert repo.upsert_agency(conn, mj)
        assert not repo.upsert_agency(conn, mj)
    with db_engine.connect() as conn:
        assert repo.agency_for_address(conn, "KANC@minjust.gov.kz").agency_id == "minjust"
        assert repo.agency_for_address(conn, "a.b@akhat.minjust.gov.kz").agency_id == "minjust"
        assert repo.agency_for_address(conn, "a@minjust-gov.kz") is None
        assert repo.agency_for_address(conn, "a@evilminjust.gov.kz") is None
        assert repo.agency_for_address(conn, "a@b@minjust.gov.kz") is None


def test_agency_lookup_prefers_the_exact_address_then_the_first_agency_by_id(db_engine):
    def agency(agency_id, emails=(), domains=()):
        return Agency(agency_id=agency_id, name_ru=agency_id, kind=AgencyKind.local,
                      emails=list(emails), domains=list(domains))

    with db_engine.begin() as conn:
        repo.upsert_agency(conn, agency("b-akimat", ["akim@almaty.gov.kz"], ["almaty.gov.kz"]))
        repo.upsert_agency(conn, agency("a-akimat", domains=["almaty.gov.kz"]))
        repo.upsert_agency(conn, agency("c-region", domains=["gov.kz"]))
    with db_engine.connect() as conn:
        assert repo.agency_for_address(conn, "akim@almaty.gov.kz").agency_id == "b-akimat"
        assert repo.agency_for_address(conn, "x@almaty.gov.kz").agency_id == "a-akimat"
        assert repo.agency_for_address(conn, "x@edu.gov.kz").agency_id == "c-region"
    with db_engine.begin() as conn:  # an address taken off the directory is not found again
        repo.upsert_agency(conn, agency("b-akimat"))
        repo.upsert_agency(conn, agency("a-akimat"))
    with db_engine.connect() as conn:
        assert repo.agency_for_address(conn, "akim@almaty.gov.kz").agency_id == "c-region"


def test_migration_0003_indexes_the_directory_already_there(db_url):
    from sqlalchemy import insert

    from gateway.store import make_engine
    from gateway.store.schema import agencies

    engine = make_engine(db_url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(insert(agencies).values(
                agency_id="minjust", kind="central",
                data={"agency_id": "minjust", "name_ru": "Минюст", "kind": "central",
                      "emails": ["Kanc@minjust.gov.kz"], "domains": ["minjust.gov.kz"]}))
        upgrade(engine)
        with engine.connect() as conn:
            assert repo.agency_for_address(conn, "kanc@minjust.gov.kz").agency_id == "minjust"
            assert repo.agency_for_address(conn, "a@adm.minjust.gov.kz").agency_id == "minjust"
    finally:
        engine.dispose()


def test_services_cases_blobs_counters(db_engine):
    agency = Agency(agency_id="mcs", name_ru="МКС", kind=AgencyKind.central)
    svc = Service(registry_number="00701003", agency_id="mcs", name_ru="Услуга",
                  registered_on=dt.date(2026, 3, 19))
    with db_engine.begin() as conn:
        repo.upsert_agency(conn, agency)
        assert repo.upsert_service(conn, svc) == "new"
        assert repo.upsert_service(conn, svc) == "unchanged"
        assert repo.upsert_service(conn, svc.model_copy(update={"standard": "x"})) == "changed"
        repo.save_case(conn, new_case(svc))
        digest = repo.put_blob(conn, b"raw")
        assert repo.put_blob(conn, b"raw") == digest
        assert [repo.next_number(conn, "n") for _ in range(3)] == [1, 2, 3]
        assert repo.next_outgoing_number(conn, 2026) == "ЕКЦ-2026/1"
    with db_engine.connect() as conn:
        case = repo.get_case(conn, "00701003-mcs", for_update=True)
        assert case is not None and case.agency_id == "mcs"
        assert repo.get_blob(conn, digest) == b"raw"
        assert repo.count_cases_by_state(conn) == {"registered": 1}


def test_refusals_counted_per_agency_per_month(db_engine):
    with db_engine.begin() as conn:
        for inbound_id, day in [(1, 3), (1, 3), (2, 28)]:
            repo.add_refusal(conn, agency_id="a", case_id="c", on=dt.date(2026, 5, day),
                             inbound_id=inbound_id, reason="r")
        repo.add_refusal(conn, agency_id="a", case_id="c", on=dt.date(2026, 6, 1),
                         inbound_id=3, reason="r")
    with db_engine.connect() as conn:
        assert repo.count_refusals(conn, "a", "2026-05") == 2
        assert repo.count_refusals(conn, "a", "2026-06") == 1
        assert repo.count_refusals(conn, "b", "2026-05") == 0


def test_status_log_mirrors_only_committed_events(db_engine, tmp_path):
    cfg = Config(data_dir=str(tmp_path))
    with db_engine.begin() as conn:
        record(conn, cfg, kind="registered", summary="Услуга внесена", case_id="c", paragraph="4")
    try:
        with db_engine.begin() as conn:
            record(conn, cfg, kind="ghost", summary="rolled back")
            raise RuntimeError
    except RuntimeError:
        pass
    lines = [json.loads(x) for x in cfg.status_log_path.read_text().splitlines()]
    assert [x["kind"] for x in lines] == ["registered"]
    assert lines[0]["paragraph"] == "4" and lines[0]["summary"] == "Услуга внесена"


def test_outgoing_numbers_are_unique_under_concurrency(db_engine):
    """Four writers, each number in its own transaction: 1..40 exactly once, none lost."""
    from concurrent.futures import ThreadPoolExecutor

    def take(_: int) -> list[str]:
        got = []
        for _ in range(10):
            with db_engine.begin() as conn:
                got.append(repo.next_outgoing_number(conn, 2026))
        return got

    with ThreadPoolExecutor(4) as pool:
        numbers = [n for batch in pool.map(take, range(4)) for n in batch]
    assert sorted(numbers, key=lambda n: int(n.rsplit("/", 1)[1])) == [
        f"ЕКЦ-2026/{i}" for i in range(1, 41)]
    with db_engine.begin() as conn:  # another year counts from 1
        assert repo.next_outgoing_number(conn, 2027) == "ЕКЦ-2027/1"


def test_clock_mark_is_true_once(db_engine):
    with db_engine.begin() as conn:
        assert repo.clock_mark(conn, "reminder:c:2026-11-25")
        assert not repo.clock_mark(conn, "reminder:c:2026-11-25")  # same transaction
        assert repo.clock_mark(conn, "reminder:c:2026-11-26")
    with db_engine.begin() as conn:
        assert not repo.clock_mark(conn, "reminder:c:2026-11-25")  # committed earlier
    try:
        with db_engine.begin() as conn:
            assert repo.clock_mark(conn, "report:2026-11")
            raise RuntimeError
    except RuntimeError:
        pass
    with db_engine.begin() as conn:  # a rolled-back mark never happened
        assert repo.clock_mark(conn, "report:2026-11")


def test_cases_per_agency(db_engine):
    with db_engine.begin() as conn:
        for agency_id, number in [("a", "001"), ("a", "002"), ("b", "001")]:
            repo.upsert_agency(conn, Agency(agency_id=agency_id, name_ru=agency_id,
                                            kind=AgencyKind.local))
            repo.save_case(conn, new_case(Service(registry_number=number, agency_id=agency_id,
                                                  name_ru="s", registered_on=dt.date(2026, 1, 5))))
    with db_engine.connect() as conn:
        assert [c.id for c in repo.cases_for_agency(conn, "a")] == ["001-a", "002-a"]
        assert [c.id for c in repo.list_cases(conn, state="registered", agency_id="b")] == [
            "001-b"]


def test_status_log_skips_a_commit_the_database_refused(pg_url, tmp_path):
    """A COMMIT can fail after SQLAlchemy's commit event (here a deferred foreign key checked at
    COMMIT on PostgreSQL): its events must not reach the file."""
    from sqlalchemy import text

    from gateway.store import make_engine

    engine = make_engine(pg_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE parent (id int PRIMARY KEY)"))
        conn.execute(text("CREATE TABLE child (pid int REFERENCES parent (id) "
                          "DEFERRABLE INITIALLY DEFERRED)"))
    cfg = Config(data_dir=str(tmp_path))
    refused = False
    try:
        with engine.begin() as conn:
            record(conn, cfg, kind="ghost", summary="refused at COMMIT")
            conn.execute(text("INSERT INTO child VALUES (42)"))
    except Exception:
        refused = True
    with engine.begin() as conn:
        record(conn, cfg, kind="real", summary="committed")
    engine.dispose()
    assert refused
    lines = [json.loads(x) for x in cfg.status_log_path.read_text().splitlines()]
    assert [x["kind"] for x in lines] == ["real"]


def test_migration_0007_gives_agencies_a_bin_found_by_index(db_url):
    """Agencies stored before 0007 keep their data, get "bin": "" (so the next import does not
    call them all changed), and one given a BIN is found by it."""
    from sqlalchemy import text

    from gateway.store import make_engine

    engine = make_engine(db_url)
    try:
        upgrade(engine, "0006")
        data = Agency(agency_id="minjust", name_ru="Минюст",
                      kind=AgencyKind.central).model_dump(mode="json")
        del data["bin"]  # as an agency stored before 0007 is
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO agencies (agency_id, kind, data) VALUES "
                              "('minjust', 'central', :data)"), {"data": json.dumps(data)})
        upgrade(engine)
        with engine.begin() as conn:
            old = repo.get_agency(conn, "minjust")
            assert old is not None and old.bin == ""
            assert not repo.upsert_agency(conn, old)  # nothing changed by the migration
            assert repo.upsert_agency(conn, old.model_copy(update={"bin": "990740000683"}))
            assert [a.agency_id for a in repo.agencies_by_bin(conn, "990740000683")] == [
                "minjust"]
            assert repo.agencies_by_bin(conn, "") == []
    finally:
        engine.dispose()
