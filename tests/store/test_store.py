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
from gateway.statuslog import record
from gateway.store import repo
from gateway.store.migrate import upgrade
from gateway.store.schema import metadata


def test_migrations_match_the_schema(db_engine):
    upgrade(db_engine)  # a second run is a no-op
    with db_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
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
