"""The routes of contracts/web.md, over HTTP (Starlette's TestClient), on SQLite and PostgreSQL:
login, redirects without a session, the cases and a case, quarantine, CSRF and roles on every
POST, the actions landing in the status log with who did them, /healthz and /metrics."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from sqlalchemy import select, update

from gateway.store.schema import events, inbound, outbox, tasks
from tests.web.conftest import CASE, OLD_CASE, PASSWORD, log_in

# what does not depend on the database engine runs on SQLite alone (the suite's time)
SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_every_page_without_a_session_redirects_to_login(client):
    for path in ("/", "/cases", f"/cases/{CASE}", "/quarantine", "/outbox", "/tasks", "/log",
                 "/log/stream", "/messages/in/1", "/messages/in/1/eml"):
        r = client.get(path)
        assert r.status_code in (302, 303), path
        assert r.headers["location"].endswith("/login"), path
    r = client.post("/quarantine/1/reject", data={"reason": "x"})
    assert r.status_code in (302, 303) and r.headers["location"].endswith("/login")


def test_login_sets_a_signed_http_only_cookie_and_a_wrong_password_sets_none(client):
    assert client.get("/login").status_code == 200
    r = client.post("/login", data={"username": "anna", "password": "wrong"})
    assert r.status_code == 401 and "set-cookie" not in r.headers
    r = client.post("/login", data={"username": "nobody", "password": PASSWORD})
    assert r.status_code == 401 and "set-cookie" not in r.headers
    r = client.post("/login", data={"username": "anna", "password": PASSWORD})
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    assert client.get("/").status_code == 200
    # a forged cookie is no session
    client.cookies.set("ekc_session", "eyJ1c2VyIjogImFubmEifQ==.forged.sig")
    assert client.get("/").status_code == 303


def test_failed_logins_are_limited_per_user_across_instances(client, site):
    from starlette.testclient import TestClient

    from gateway.web.app import build_app

    for _ in range(5):
        assert client.post("/login", data={"username": "anna", "password": "bad"}
                           ).status_code == 401
    # a second instance on the same store counts the same attempts: even the right password
    other = TestClient(build_app(site.cfg, site.engine, watch_seconds=0),
                       follow_redirects=False, client=("10.1.2.3", 50000))
    r = other.post("/login", data={"username": "anna", "password": PASSWORD})
    assert r.status_code == 429 and "set-cookie" not in r.headers
    # another user from another address is not locked out; from the guessing address, yes
    assert log_in(other, "viktor")
    r = client.post("/login", data={"username": "viktor", "password": PASSWORD})
    assert r.status_code == 429


def test_cases_show_number_agency_state_next_deadline_and_overdue(client):
    log_in(client)
    page = client.get("/cases").text
    assert "00301138" in page and "Министерство юстиции" in page
    row = re.search(rf'<tr class="overdue" data-case="{OLD_CASE}">(.*?)</tr>', page, re.S)
    assert row, "the old case is marked overdue"
    assert "05.11.2026" in row.group(1)  # p.4: three working days after 02.11.2026
    only = client.get("/cases?overdue=1").text
    assert re.findall(r'data-case="([^"]+)"', only) == [OLD_CASE]
    found = client.get("/cases?q=несудим").text  # by the service's name, any case
    assert re.findall(r'data-case="([^"]+)"', found) == [OLD_CASE]
    assert re.findall(r'data-case="([^"]+)"', client.get("/cases?q=00301138").text) == [CASE]
    paged = client.get("/cases?size=2&page=2&sort=id").text
    assert len(re.findall(r'data-case="', paged)) == 2 and "Стр. 2" in paged
    # htmx asks for the table alone
    part = client.get("/cases?state=requested", headers={"HX-Request": "true"}).text
    assert "<nav>" not in part and 'id="cases"' in part


def test_a_case_shows_its_timeline_with_paragraph_and_why(client):
    log_in(client)
    page = client.get(f"/cases/{OLD_CASE}").text
    assert 'id="timeline"' in page and "п.4" in page and "05.11.2026" in page
    assert "Просрочено" in page
    assert client.get("/cases/no-such-case").status_code == 404


def test_quarantine_lists_the_reason_and_shows_the_parsed_record(client, site):
    log_in(client)
    page = client.get("/quarantine").text
    assert f'data-inbound="{site.quarantined}"' in page and "kanc@minjust.gov.kz" in page
    assert re.search(r'class="reason">[^<]+', page)
    shown = client.get(f"/messages/in/{site.quarantined}").text
    assert "Ахметов Ерлан Серикович" in shown and "form.docx" in shown
    eml = client.get(f"/messages/in/{site.quarantined}/eml")
    assert eml.status_code == 200 and b"Subject:" in eml.content
    part = re.search(rf'/messages/in/{site.quarantined}/part/(\d+)', shown)
    assert part and client.get(part.group(0)).content[:2] == b"PK"  # the .docx itself


def test_every_post_needs_a_valid_csrf_token(client, site):
    token = log_in(client)
    for data in ({}, {"csrf": "wrong"}, {"csrf": ""}):
        r = client.post(f"/quarantine/{site.quarantined}/reject", data=data | {"reason": "x"})
        assert r.status_code == 403
    assert _status(site, site.quarantined) == "quarantined"
    r = client.post(f"/quarantine/{site.quarantined}/reject",
                    data={"csrf": token, "reason": "спам"})
    assert r.status_code == 303 and _status(site, site.quarantined) == "rejected"


def test_a_viewer_reads_but_every_action_is_refused(client, site):
    token = log_in(client, "viktor")
    assert client.get("/quarantine").status_code == 200
    assert "/release" not in client.get("/quarantine").text  # no forms for a viewer
    for path, data in ((f"/quarantine/{site.quarantined}/release", {"case": CASE}),
                       (f"/quarantine/{site.quarantined}/reject", {"reason": "x"}),
                       ("/outbox/1/retry", {}), (f"/cases/{CASE}/questions",
                                                 {"questions": "?"}),
                       (f"/cases/{CASE}/protocol", {"date": "2026-11-24"}),
                       (f"/cases/{CASE}/ask", {"request": "?"}),
                       (f"/cases/{CASE}/answer", {"to": "ЕКЦ-2026/1"})):
        assert client.post(path, data=data | {"csrf": token}).status_code == 403, path
    assert _status(site, site.quarantined) == "quarantined"
    assert f"/cases/{CASE}/ask" not in client.get(f"/cases/{CASE}").text
    assert client.post("/tasks/1/explain", data={"csrf": token, "explanations": "x"}
                       ).status_code == 403
    with site.engine.connect() as conn:
        assert not conn.execute(select(events.c.id).where(
            events.c.kind.in_(("protocol_recorded", "operator_additional_request")))).first()


def test_release_to_a_case_is_logged_with_the_operator_and_moves_the_case(client, site):
    from gateway.processing.worker import process_pending
    from gateway.store import repo
    from tests.web.conftest import TODAY

    token = log_in(client)
    r = client.post(f"/quarantine/{site.quarantined}/release",
                    data={"csrf": token, "case": CASE, "reason": "звонил, подтвердил"})
    assert r.status_code == 303
    with site.engine.connect() as conn:
        ev = conn.execute(select(events.c.kind, events.c.data, events.c.case_id)
                          .where(events.c.inbound_id == site.quarantined)
                          .where(events.c.kind == "operator_release")).one()
    assert ev.data["by"] == "anna" and ev.case_id == CASE
    assert ev.data["reason"] == "звонил, подтвердил"
    process_pending(site.engine, site.cfg, today=TODAY)
    with site.engine.connect() as conn:
        assert repo.get_case(conn, CASE).state == "info_received"
    # releasing to a case that does not exist is one sentence, not a traceback
    r = client.post(f"/quarantine/{site.quarantined}/release",
                    data={"csrf": token, "case": "nope"})
    assert r.status_code == 409 and "Traceback" not in r.text


@SQLITE_ONLY
def test_outbox_retry_and_questions_are_logged_with_who(client, site):
    token = log_in(client)
    with site.engine.begin() as conn:
        first = conn.execute(select(outbox.c.id).order_by(outbox.c.id)).scalar()
        conn.execute(update(outbox).where(outbox.c.id == first).values(status="failed"))
    page = client.get("/outbox").text
    assert f'data-outbox="{first}"' in page and "pending" in page
    assert client.post(f"/outbox/{first}/retry", data={"csrf": token}).status_code == 303
    r = client.post(f"/cases/{CASE}/questions",
                    data={"csrf": token, "questions": "1. Какие документы нужны?"})
    assert r.status_code == 303
    with site.engine.connect() as conn:
        kinds = {(k, d.get("by")) for k, d in conn.execute(
            select(events.c.kind, events.c.data).where(events.c.kind.like("operator_%")))}
    assert {("operator_retry", "anna"), ("operator_questions", "anna"),
            ("operator_login", "anna")} <= kinds


def test_protocol_and_additional_request_from_the_case_page_are_logged_with_who(client, site):
    from gateway.domain import Step
    from gateway.store import repo

    token = log_in(client)
    page = client.get(f"/cases/{CASE}").text
    assert f"/cases/{CASE}/protocol" in page and f"/cases/{CASE}/ask" in page
    for path, data in ((f"/cases/{CASE}/protocol", {"date": "2026-11-24"}),
                       (f"/cases/{CASE}/ask", {"request": "Уточните срок."})):
        for bad in ({}, {"csrf": "wrong"}):
            assert client.post(path, data=data | bad).status_code == 403, path
    with site.engine.connect() as conn:  # nothing happened without the token
        assert repo.get_case(conn, CASE).deadline(Step.training) is None
        assert not conn.execute(select(outbox.c.id).where(
            outbox.c.kind == "additional_request")).first()
    # p.8: a day yet to come is refused in one sentence; the signed day moves the case
    r = client.post(f"/cases/{CASE}/protocol", data={"csrf": token, "date": "2026-11-30"})
    assert r.status_code == 400 and "Traceback" not in r.text
    r = client.post(f"/cases/{CASE}/protocol", data={"csrf": token, "date": "2026-11-24"})
    assert r.status_code == 303
    with site.engine.connect() as conn:
        case = repo.get_case(conn, CASE)
    assert case.state == "accepted"
    assert case.deadline(Step.training).done_on.isoformat() == "2026-11-24"
    assert case.deadline(Step.consulting_start) is not None
    r = client.post(f"/cases/{CASE}/protocol", data={"csrf": token, "date": "2026-11-24"})
    assert r.status_code == 409  # recorded once
    # p.10-11: the additional request queued for the responsible person, answer in 5 WD
    assert client.post(f"/cases/{CASE}/ask", data={"csrf": token, "request": " "}
                       ).status_code == 400
    r = client.post(f"/cases/{CASE}/ask", data={"csrf": token, "request": "Уточните срок."})
    assert r.status_code == 303
    assert "02.12.2026" in unquote(r.headers["location"])  # 25.11 + 5 working days
    with site.engine.connect() as conn:
        asked = conn.execute(select(outbox.c.id).where(outbox.c.case_id == CASE)
                             .where(outbox.c.kind == "additional_request")).all()
        who = {(k, d.get("by")) for k, d in conn.execute(
            select(events.c.kind, events.c.data).where(events.c.case_id == CASE))}
    assert len(asked) == 1
    assert {("protocol_recorded", "anna"), ("operator_additional_request", "anna")} <= who
    assert client.post("/cases/nope/ask", data={"csrf": token, "request": "?"}
                       ).status_code == 404
    # p.10: its answer, come some other way, recorded by hand against our number
    with site.engine.connect() as conn:
        number = conn.execute(select(outbox.c.outgoing_number).where(outbox.c.id == asked[0][0])
                              ).scalar()
    assert f"/cases/{CASE}/answer" in client.get(f"/cases/{CASE}").text
    assert client.post(f"/cases/{CASE}/answer", data={"csrf": token, "to": "ЕКЦ-1999/1"}
                       ).status_code == 404
    r = client.post(f"/cases/{CASE}/answer", data={"csrf": token, "to": number})
    assert r.status_code == 303 and "зарегистрирован" in unquote(r.headers["location"])
    with site.engine.connect() as conn:
        kinds = {(k, d.get("by")) for k, d in conn.execute(
            select(events.c.kind, events.c.data).where(events.c.case_id == CASE))}
    assert ("answer_recorded", "anna") in kinds


def _discrepancy(site, kind: str = "discrepancy") -> int:  # type: ignore[no-untyped-def]
    import datetime as dt

    from tests.web.conftest import TODAY

    with site.engine.begin() as conn:
        return int(conn.execute(tasks.insert().values(
            kind=kind, paragraph="16" if kind == "discrepancy" else "15", agency_id="minjust",
            opened_on=TODAY - dt.timedelta(days=1), due=TODAY - dt.timedelta(days=1),
            summary="Выявлены расхождения с отчётом ЕКЦ", data={})).inserted_primary_key[0])


def test_a_discrepancy_is_explained_from_the_tasks_page_and_logged_with_who(client, site):
    task = _discrepancy(site)
    training = _discrepancy(site, "training_request")
    viewer = log_in(client, "viktor")
    page = client.get("/tasks").text
    assert f'data-task="{task}" class="overdue"' in page and "/explain" not in page
    assert client.post(f"/tasks/{task}/explain", data={"csrf": viewer, "explanations": "x"}
                       ).status_code == 403
    client.post("/logout", data={"csrf": viewer})
    token = log_in(client)
    assert f'action="/tasks/{task}/explain"' in client.get("/tasks").text
    why = "Обращение 1 учтено в декабре.\n\nОбращение 2\n отозвано."
    for bad in ({}, {"csrf": "wrong"}):
        assert client.post(f"/tasks/{task}/explain", data={"explanations": why} | bad
                           ).status_code == 403
    assert client.post(f"/tasks/{task}/explain", data={"csrf": token, "explanations": " "}
                       ).status_code == 400
    assert client.post(f"/tasks/{training}/explain", data={"csrf": token, "explanations": why}
                       ).status_code == 409  # p.15 is not explained
    r = client.post(f"/tasks/{task}/explain",
                    data={"csrf": token, "explanations": why, "month": "2026-10"})
    assert r.status_code == 303
    with site.engine.connect() as conn:
        done = conn.execute(select(tasks.c.done_on).where(tasks.c.id == task)).scalar_one()
        sent = conn.execute(select(outbox.c.agency_id).where(outbox.c.kind == "discrepancy")
                            ).all()
        ev = conn.execute(select(events.c.data).where(events.c.kind == "discrepancy_explained")
                          ).scalar_one()
    assert done is not None and [s.agency_id for s in sent] == ["qc"]
    assert ev["by"] == "anna" and ev["items"] == 2 and ev["agency_id"] == "minjust"
    assert f'data-task="{task}"' not in client.get("/tasks").text
    assert client.post(f"/tasks/{task}/explain", data={"csrf": token, "explanations": why}
                       ).status_code == 409  # explained once


@SQLITE_ONLY
def test_kazakh_is_an_operators_choice(client):
    token = log_in(client)
    assert "Дела" in client.get("/").text
    assert client.post("/language", data={"csrf": token, "language": "kk"}).status_code == 303
    assert "Істер" in client.get("/").text


def test_healthz_and_metrics(client, site):
    from gateway.runtime import health

    r = client.get("/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "degraded"  # nothing has run yet
    assert {"database", "edoc", "outbox", "clock"} <= set(body["checks"])
    for name in ("edoc", "outbox", "clock"):
        health.worked(site.engine, name)
    with site.engine.begin() as conn:  # the letters queued at import were sent
        conn.execute(update(outbox).values(status="sent"))
    assert client.get("/healthz").json()["status"] == "ok"
    text = client.get("/metrics").text  # loopback: no login
    names = {line.split("{")[0].split(" ")[0] for line in text.splitlines()
             if line and not line.startswith("#")}
    assert names and all(n.startswith("ekc_") for n in names)
    assert re.search(r'^ekc_messages_in\{source="smtp"\} 1\.0$', text, re.M)
    assert re.search(r"^ekc_deadlines_overdue 1\.0$", text, re.M)
    assert re.search(r"^ekc_messages_quarantined 1\.0$", text, re.M)


@SQLITE_ONLY
def test_healthz_answers_503_when_the_database_cannot_be_read(site, tmp_path):
    from starlette.testclient import TestClient

    from gateway.store import make_engine
    from gateway.web.app import build_app

    broken = make_engine("sqlite:///file:nowhere?mode=ro&uri=true")
    r = TestClient(build_app(site.cfg, broken, watch_seconds=0)).get("/healthz")
    assert r.status_code == 503 and r.json()["status"] != "ok"


def _status(site, iid: int) -> str:
    with site.engine.connect() as conn:
        return str(conn.execute(select(inbound.c.status).where(inbound.c.id == iid)).scalar())


@SQLITE_ONLY
def test_an_unexpected_failure_is_one_sentence_with_a_code(site, monkeypatch):
    from starlette.testclient import TestClient

    from gateway.web import worklists
    from gateway.web.app import build_app

    def broken(conn, *args):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(worklists, "quarantine_page", broken)
    client = TestClient(build_app(site.cfg, site.engine, watch_seconds=0),
                        raise_server_exceptions=False, follow_redirects=False)
    log_in(client)
    r = client.get("/quarantine")
    assert r.status_code == 500
    assert "E500-RuntimeError" in r.text and "Traceback" not in r.text


@SQLITE_ONLY
def test_reports_lists_the_monthly_files_and_serves_only_those(client, site):
    folder = site.cfg.data_path / "reports" / "2026-10"
    folder.mkdir(parents=True)
    (folder / "appendix2-qc.xlsx").write_bytes(b"PK-report")
    (site.cfg.data_path / "secret.txt").write_text("no", encoding="utf-8")
    log_in(client)
    assert "appendix2-qc.xlsx" in client.get("/reports").text
    assert client.get("/reports/2026-10/appendix2-qc.xlsx").content == b"PK-report"
    assert client.get("/reports/2026-10/..%2Fsecret.txt").status_code == 404
    assert client.get("/reports/..%2F/secret.txt").status_code == 404
