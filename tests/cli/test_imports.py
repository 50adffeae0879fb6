"""`gateway agencies import` and `gateway registry import` (contracts/cli.md) on SQLite and
PostgreSQL: CSV with or without a BOM, XLSX with the same header, a summary line, a new pair
opening a case, a changed row logged, and a bad file importing nothing while naming its lines."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from gateway.config import load
from gateway.store import make_engine, repo
from gateway.store.schema import agencies, cases, events, services
from mappings import path as mapping
from tests.cli.conftest import write_csv

AGENCY_HEADER = "agency_id,name_ru,name_kk,kind,region,emails,domains"
REGISTRY_HEADER = "registry_number,service_name_ru,service_name_kk,agency_id,standard,registered_on"
MJ = ("minjust,Министерство юстиции,Әділет министрлігі,central,г. Астана,kanc@minjust.gov.kz,"
      "minjust.gov.kz")
QC = "qc,Контроль качества,Сапа бақылау,other,г. Астана,quality@kyzmet.gov.kz,kyzmet.gov.kz"


def counts(site) -> dict[str, int]:
    engine = make_engine(load(site / "gateway.toml").db_url)
    try:
        with engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in (agencies, services, cases, events)}
    finally:
        engine.dispose()


def test_sample_files_import_and_reimport_unchanged(run, site):
    first = run("agencies", "import", mapping("agencies.csv"))
    assert first.code == 0 and first.out == "agencies: 7 new, 0 changed, 0 unchanged\n"
    registry = run("registry", "import", mapping("registry.csv"))
    assert registry.out == "registry: 8 new, 0 changed, 0 unchanged, 8 case(s) opened\n"
    again = run("registry", "import", mapping("registry.csv"), "--json")
    assert json.loads(again.out) == {"new": 0, "changed": 0, "unchanged": 8, "cases_opened": []}
    assert run("agencies", "import", mapping("agencies.csv")).out.endswith("7 unchanged\n")
    assert counts(site)["cases"] == 8


def test_bom_csv_and_a_changed_service_is_logged(run, site, tmp_path):
    assert run("agencies", "import", write_csv(tmp_path, "a.csv", [AGENCY_HEADER, MJ, QC],
                                               bom=True)).code == 0
    row = "00301138,Регистрация рождения,Тууды тіркеу,minjust,Стандарт № 219,{}"
    assert run("registry", "import", write_csv(
        tmp_path, "r1.csv", [REGISTRY_HEADER, row.format("2026-11-23")])).code == 0
    changed = run("registry", "import", write_csv(
        tmp_path, "r2.csv", [REGISTRY_HEADER, row.format("2026-11-24")], bom=True), "--json")
    assert json.loads(changed.out)["changed"] == 1
    assert counts(site)["cases"] == 1  # a change opens no second case
    log = [json.loads(x) for x in run("log", "--json").out.splitlines()]
    change = [e for e in log if e["kind"] == "registry_changed"]
    assert len(change) == 1 and change[0]["case_id"] == "00301138-minjust"
    assert change[0]["paragraph"] == "3" and "дата внесения в Реестр" in change[0]["summary"]
    assert change[0]["data"]["changed"] == {
        "registered_on": {"from": "2026-11-23", "to": "2026-11-24"}}


def test_a_changed_agency_is_logged_and_uses_edoc_kept_unless_given(run, site, tmp_path):
    header_edoc = AGENCY_HEADER + ",uses_edoc"
    assert run("agencies", "import", write_csv(tmp_path, "a.csv", [header_edoc, MJ + ",да"])
               ).code == 0
    moved = MJ.replace("kanc@minjust.gov.kz", "kense@minjust.gov.kz")
    result = run("agencies", "import", write_csv(tmp_path, "b.csv", [AGENCY_HEADER, moved]))
    assert result.out == "agencies: 0 new, 1 changed, 0 unchanged\n"
    engine = make_engine(load(site / "gateway.toml").db_url)
    with engine.connect() as conn:
        agency = repo.get_agency(conn, "minjust")
    engine.dispose()
    assert agency is not None and agency.uses_edoc  # the column absent: kept
    assert agency.emails == ["kense@minjust.gov.kz"]
    log = [json.loads(x) for x in run("log", "--json").out.splitlines()]
    change = next(e for e in log if e["kind"] == "agency_changed")
    assert change["data"]["changed"] == {"emails": {"from": ["kanc@minjust.gov.kz"],
                                                    "to": ["kense@minjust.gov.kz"]}}
    assert run("agencies", "import", write_csv(tmp_path, "c.csv", [header_edoc, moved + ",no"])
               ).out.endswith("1 changed, 0 unchanged\n")


def test_the_bin_column_is_read_and_kept_unless_given(run, site, tmp_path):
    """Issue #22: the directory's optional `bin` column, matched against e-signatures."""
    header = AGENCY_HEADER + ",bin"
    assert run("agencies", "import", write_csv(tmp_path, "a.csv", [header, MJ + ",990740000683"])
               ).code == 0
    assert run("agencies", "import", write_csv(tmp_path, "b.csv", [AGENCY_HEADER, MJ])
               ).out == "agencies: 0 new, 0 changed, 1 unchanged\n"
    engine = make_engine(load(site / "gateway.toml").db_url)
    with engine.connect() as conn:
        assert [a.agency_id for a in repo.agencies_by_bin(conn, "990740000683")] == ["minjust"]
    engine.dispose()
    assert run("agencies", "import", write_csv(tmp_path, "c.csv", [header, MJ + ","])
               ).out.endswith("1 changed, 0 unchanged\n")


@pytest.mark.parametrize(("lines", "expected"), [
    ([AGENCY_HEADER, MJ, "mcs,Минкультуры,,federal,,kense@mcs.gov.kz,mcs.gov.kz"],
     ["line 3: kind must be one of central, local, other, not 'federal'"]),
    ([AGENCY_HEADER, MJ, "mcs,,,central,,kense@mcs.gov.kz,", QC, MJ],
     ["line 3: name_ru must not be empty", "line 5: minjust again (first on line 2)"]),
    ([AGENCY_HEADER, "mcs,Минкультуры,,central,,kense at mcs.gov.kz,mcs.gov.kz"],
     ["line 2: not an e-mail address: 'kense at mcs.gov.kz'"]),
    ([AGENCY_HEADER, MJ + ",extra"], ["line 2: 8 fields, the header has 7"]),
    ([AGENCY_HEADER, "mcs,Минкультуры,,central,,,mcs@gov.kz"],
     ["line 2: not a mail domain: 'mcs@gov.kz'"]),
    ([AGENCY_HEADER + ",uses_edoc", MJ + ",maybe"],
     ["line 2: uses_edoc must be yes or no, not 'maybe'"]),
    ([AGENCY_HEADER + ",bin", MJ + ",БИН 1234"], ["line 2: bin must be 12 digits, not 'БИН 1234'"]),
    (["agency_id,name_ru,kind,emails", MJ], ["line 1: the header lacks name_kk, region, domains"]),
    # a quoted field over two lines: the next row's line number is the file's own
    ([AGENCY_HEADER, 'mcs,"Министерство\nкультуры",,central,,a@mcs.gov.kz,', "x,X,,bad,,,"],
     ["line 4: kind must be one of"]),
])
def test_a_bad_agency_file_imports_nothing_and_names_each_line(run, site, tmp_path, lines,
                                                                  expected):
    result = run("agencies", "import", write_csv(tmp_path, "bad.csv", lines))
    assert result.code == 1
    for problem in expected:
        assert problem in result.err, result.err
    assert result.err.splitlines()[-1].startswith("error: nothing imported")
    assert "Traceback" not in result.err
    assert counts(site)["agencies"] == 0


@pytest.mark.parametrize(("rows", "expected"), [
    (["00301138,Рождение,,minjust,,2026-13-01"],
     "line 2: registered_on must be an ISO date YYYY-MM-DD, not '2026-13-01'"),
    (["00301138,Рождение,,minjust,,2026-11-23", "00301142,Брак,,nowhere,,2026-11-23"],
     "line 3: agency_id 'nowhere' is not in the directory"),
    (["00301138,Рождение,,minjust,,2026-11-23", "00301142,Брак,,minjust,,2026-11-23",
      "00301138,Рождение,,minjust,,2026-11-24"],
     "line 4: 00301138 at minjust again (first on line 2)"),
    (["00301138,,,minjust,,2026-11-23"], "line 2: service_name_ru must not be empty"),
])
def test_a_bad_registry_file_imports_nothing(run, site, tmp_path, rows, expected):
    assert run("agencies", "import", write_csv(tmp_path, "a.csv", [AGENCY_HEADER, MJ])).code == 0
    result = run("registry", "import", write_csv(tmp_path, "r.csv", [REGISTRY_HEADER, *rows]))
    assert result.code == 1 and expected in result.err, result.err
    assert counts(site)["services"] == 0 and counts(site)["cases"] == 0


def test_unreadable_files_are_one_line_each(run, site, tmp_path):
    latin = tmp_path / "latin1.csv"
    latin.write_bytes((AGENCY_HEADER + "\nmcs,Culture \xe9,,central,,,\n").encode("latin-1"))
    for target, says in [(latin, "not UTF-8 text"), (tmp_path / "missing.csv", "no such file"),
                         (write_csv(tmp_path, "empty.csv", []), "the file is empty")]:
        result = run("agencies", "import", target)
        assert result.code == 1 and says in result.err and "Traceback" not in result.err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    result = run("agencies", "import", broken)
    assert result.code == 1 and "not a readable XLSX workbook" in result.err


def test_xlsx_with_the_same_header(run, site, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(AGENCY_HEADER.split(","))
    sheet.append(MJ.split(","))
    book.save(tmp_path / "agencies.xlsx")
    book = Workbook()
    sheet = book.active
    sheet.append(REGISTRY_HEADER.split(","))
    # Excel keeps a typed 00301138 as the number 301138 and a date as a datetime
    sheet.append([301138, "Рождение", "Туу", "minjust", "Стандарт", dt.datetime(2026, 11, 23)])
    book.save(tmp_path / "registry.xlsx")

    assert run("agencies", "import", tmp_path / "agencies.xlsx").out.startswith("agencies: 1 new")
    result = run("registry", "import", tmp_path / "registry.xlsx", "--json")
    assert json.loads(result.out)["cases_opened"] == ["00301138-minjust"]
    engine = make_engine(load(site / "gateway.toml").db_url)
    with engine.connect() as conn:
        service = repo.get_service(conn, "00301138", "minjust")
    engine.dispose()
    assert service is not None and service.registered_on == dt.date(2026, 11, 23)
