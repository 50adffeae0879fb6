"""`gateway cases` (the JSON of contracts/cli.md, filters, the table) and `gateway case show`
(the timeline), on SQLite and PostgreSQL, with p.4 deadlines counted in working days."""

from __future__ import annotations

import json

import pytest

from tests.cli.conftest import write_csv

AGENCIES = ["agency_id,name_ru,name_kk,kind,region,emails,domains",
            "mcs,Министерство культуры и спорта,Мәдениет және спорт министрлігі,central,г. Астана,"
            "kense@mcs.gov.kz,mcs.gov.kz"]
REGISTRY = ["registry_number,service_name_ru,service_name_kk,agency_id,standard,registered_on",
            # Friday: three working days are Monday, Tuesday, Wednesday
            "00402674,Выдача архивных справок,Архивтік анықтамалар беру,mcs,Стандарт № 341,"
            "2026-11-27",
            # Thursday before Nauryz (21-25 March 2026 off): Friday 20th, then 26th and 27th
            "00701003,Выдача лицензии,Лицензия беру,mcs,Стандарт № 294,2026-03-19"]
CASE_KEYS = {"id", "registry_number", "agency_id", "state", "responsible", "deadlines"}
DEADLINE_KEYS = {"step", "paragraph", "due", "done_on", "overdue"}


@pytest.fixture
def two_cases(run, site, tmp_path):
    assert run("agencies", "import", write_csv(tmp_path, "a.csv", AGENCIES)).code == 0
    assert run("registry", "import", write_csv(tmp_path, "r.csv", REGISTRY)).code == 0
    return site


def cases_json(run, *args: str) -> list[dict]:
    result = run("cases", "--json", *args)
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_cases_json_is_the_contract_with_p4_in_working_days(run, two_cases):
    views = {v["id"]: v for v in cases_json(run, "--today", "2026-03-20")}
    assert set(views) == {"00402674-mcs", "00701003-mcs"}
    for v in views.values():
        assert set(v) == CASE_KEYS
        assert v["state"] in {"registered", "requested"} and v["responsible"] is None
        assert v["agency_id"] == "mcs" and v["id"].startswith(v["registry_number"])
        request = v["deadlines"][0]
        assert set(request) == DEADLINE_KEYS
        assert (request["step"], request["paragraph"], request["done_on"]) == ("request", "4",
                                                                               None)
    assert views["00402674-mcs"]["deadlines"][0]["due"] == "2026-12-02"
    assert views["00701003-mcs"]["deadlines"][0]["due"] == "2026-03-27"


def test_overdue_is_judged_on_today(run, two_cases):
    def overdue(today: str) -> dict[str, bool]:
        return {v["id"]: v["deadlines"][0]["overdue"] for v in cases_json(run, "--today", today)}

    assert overdue("2026-12-02") == {"00402674-mcs": False, "00701003-mcs": True}
    assert overdue("2026-12-03") == {"00402674-mcs": True, "00701003-mcs": True}
    assert [v["id"] for v in cases_json(run, "--overdue", "--today", "2026-12-02")] == [
        "00701003-mcs"]
    assert cases_json(run, "--overdue", "--today", "2026-03-27") == []


def test_state_filter_and_bad_options(run, two_cases):
    states = {v["state"] for v in cases_json(run)}
    assert len(states) == 1
    (state,) = states
    assert len(cases_json(run, "--state", state)) == 2
    other = "accepted" if state != "accepted" else "consulting"
    assert cases_json(run, "--state", other) == []
    for args in (["--state", "lost"], ["--today", "27.11.2026"]):
        result = run("cases", *args)
        assert result.code == 2 and result.err.count("\n") == 1, result.err


def test_cases_table_shows_the_next_deadline(run, two_cases):
    result = run("cases", "--today", "2026-12-03")
    assert result.code == 0
    line = next(x for x in result.out.splitlines() if "00402674-mcs" in x)
    assert "request by 2026-12-02 (p.4)" in line and "request (p.4)" in line  # overdue column


def test_an_empty_store_says_what_to_do(run, site):
    result = run("cases")
    assert result.code == 0 and "gateway registry import" in result.out
    assert run("cases", "--json").out.strip() == "[]"


def test_case_show_is_a_timeline_with_reasons(run, two_cases):
    result = run("case", "show", "00402674-mcs", "--today", "2026-12-03")
    assert result.code == 0, result.err
    out = result.out
    assert "Выдача архивных справок" in out and "Министерство культуры и спорта" in out
    assert "responsible: not yet named" in out
    row = next(x for x in out.splitlines() if "2026-12-02" in x)
    cells = [c.strip() for c in row.split("│")]  # the "p." column holds the paragraph
    assert cells[1] == "4" and "3 рабочих дня с даты внесения услуги в Реестр" in row
    assert "OVERDUE" in out and "2026-11-27" in out  # why: registered on that day
    assert "history" in out  # the status log of the case follows

    assert "now: OVERDUE «направление запроса (Приложение 1)» by 2026-12-02 (p.4), 1 working " \
           "day(s) late" in out

    on_time = run("case", "show", "00402674-mcs", "--today", "2026-11-30").out
    assert "OVERDUE" not in on_time
    assert "now: waiting for «направление запроса (Приложение 1)» by 2026-12-02 (p.4), 2 " \
           "working day(s) left" in on_time

    view = json.loads(run("case", "show", "00402674-mcs", "--json").out)
    assert set(view) >= CASE_KEYS and view["id"] == "00402674-mcs"


def test_case_show_unknown_case_is_one_line(run, two_cases):
    result = run("case", "show", "nothing-here")
    assert result.code == 1
    assert result.err == "error: no case 'nothing-here' (see `gateway cases`)\n"


def test_a_reply_before_the_request_closes_p4_in_the_timeline(run, two_cases, db_url):
    """The agency's form came before our p.4 request went out: the request is not written, and
    the p.4 step shows closed with its reason, never overdue."""
    import datetime as dt

    from gateway.config import load
    from gateway.delivery.requests import waiting
    from gateway.domain import InformationReceived, ServiceInfo
    from gateway.engine.casework import apply_to_case
    from gateway.store import make_engine

    cfg = load(two_cases / "gateway.toml")
    engine = make_engine(db_url)
    form = ServiceInfo(registry_number="00402674", service_name="Выдача архивных справок")
    with engine.begin() as conn:
        assert waiting(conn) == 2
        apply_to_case(conn, cfg, "00402674-mcs", InformationReceived(
            key="inbound:1", on=dt.date(2026, 11, 30), info=form))
        assert waiting(conn) == 1  # only the other case's request is still to be written
    engine.dispose()
    view = next(v for v in cases_json(run, "--today", "2026-12-08") if v["id"] == "00402674-mcs")
    request = view["deadlines"][0]
    assert (request["step"], request["done_on"], request["overdue"]) == ("request",
                                                                         "2026-11-30", False)
    assert [v["id"] for v in cases_json(run, "--overdue", "--today", "2026-12-08")] == [
        "00701003-mcs"]
    out = run("case", "show", "00402674-mcs", "--today", "2026-12-08").out
    row = next(x for x in out.splitlines() if "2026-12-02" in x)
    assert "closed" in row and "информация получена до направления запроса" in row
    assert "OVERDUE" not in row
