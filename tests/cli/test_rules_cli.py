"""The operator's commands for the Rules' duties, in-process through `gateway.cli.main`, on
SQLite and PostgreSQL: the p.8 protocol recorded (and questions refused after it), the p.10
additional request, the authority's p.15/p.16 tasks in `gateway status` and `report explain`,
and the working-day calendar (`calendar show`, a deployment's `calendar_file`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import gateway.calendar as calendar
from tests.cli.conftest import Run

CASE = "00301138-minjust"


def test_protocol_recorded_then_questions_refused(run: Run, imported: Path, tmp_path: Path):
    scan = tmp_path / "protocol.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    done = run("case", "protocol", CASE, "--date", "2026-11-30", "--file", scan)
    assert done.code == 0, done.err
    assert "recorded as signed on 2026-11-30" in done.out and "consulting starts on" in done.out
    again = run("case", "protocol", CASE, "--date", "2026-11-30")
    assert again.code == 1 and "recorded already" in again.err
    questions = tmp_path / "q.txt"
    questions.write_text("1. Сроки?", encoding="utf-8")
    refused = run("questions", "send", CASE, questions)
    assert refused.code == 1 and "took place" in refused.err and "case ask" in refused.err
    view = json.loads(run("case", "show", CASE, "--json").out)
    training = next(d for d in view["deadlines"] if d["step"] == "training")
    assert training["done_on"] == "2026-11-30"
    shown = run("case", "show", CASE, "--today", "2026-12-01").out
    assert "обучение и подписание протокола" in shown and "начало консультирования" in shown
    assert "первый рабочий день по истечении 5 рабочих дней с даты подписания" in shown
    bad = run("case", "protocol", CASE, "--date", "30.11.2026")
    assert bad.code == 2 and "--date must be YYYY-MM-DD" in bad.err


def test_case_ask_queues_an_additional_request(run: Run, imported: Path, tmp_path: Path):
    text = tmp_path / "ask.txt"
    text.write_text("Уточните перечень документов.", encoding="utf-8")
    done = run("case", "ask", CASE, text)
    assert done.code == 0, done.err and "additional request queued" in done.out
    rows = json.loads(run("outbox", "--json").out)
    assert [r["kind"] for r in rows].count("additional_request") == 1
    missing = run("case", "ask", "nothing-here", text)
    assert missing.code == 1 and "no case 'nothing-here'" in missing.err
    # p.10: an answer that came some other way, recorded by hand against our number
    number = next(r["outgoing_number"] for r in rows if r["kind"] == "additional_request")
    scan = tmp_path / "otvet.pdf"
    scan.write_bytes(b"%PDF-1.4 answer")
    answered = run("case", "answer", CASE, "--to", number, "--file", scan)
    assert answered.code == 0 and f"answer to {number} recorded" in answered.out, answered.err
    log = run("log", "--json", "--case", CASE).out
    assert "answer_recorded" in log
    wrong = run("case", "answer", CASE, "--to", "ЕКЦ-1999/1")
    assert wrong.code == 1 and "has no additional request" in wrong.err


def _package(site: Path, name: str, subject: str, body: str) -> None:
    folder = site / "data" / "edoc" / "incoming" / name
    folder.mkdir(parents=True)
    (folder / "envelope.json").write_text(json.dumps({
        "id": name, "agency_id": "qc", "registration_number": f"01-{name}",
        "registration_date": "2026-12-01", "subject": subject, "in_reply_to": None,
        "body": body, "documents": []}, ensure_ascii=False), encoding="utf-8")


def test_the_authoritys_requests_show_in_status_until_done(run: Run, imported: Path,
                                                           tmp_path: Path):
    _package(imported, "t1", "Об обучении", "Просим провести обучение сотрудников Агентства "
             "по вопросам информационного обмена 20.12.2099.")
    _package(imported, "d1", "О расхождениях", "Выявлены расхождения между отчетной "
             "информацией Министерство юстиции Республики Казахстан и отчетом ЕКЦ.")
    assert run("run", "--once").code == 0
    status = json.loads(run("status", "--json").out)
    kinds = {t["kind"]: t for t in status["tasks"]}
    assert kinds["training_request"]["asked_for"] == "2099-12-20"
    assert kinds["discrepancy"]["overdue"] and kinds["discrepancy"]["agency_id"] == "minjust"
    assert "OVERDUE: discrepancy to explain at once (p.16)" in run("status").out
    explanation = tmp_path / "why.txt"
    explanation.write_text("Обращение 1 учтено в декабре.\n\nОбращение 2 отозвано.",
                           encoding="utf-8")
    wrong = run("task", "done", str(kinds["discrepancy"]["id"]))
    assert wrong.code == 1 and "report explain" in wrong.err
    sent = run("report", "explain", str(kinds["discrepancy"]["id"]), explanation)
    assert sent.code == 0, sent.err
    assert "explanation of 2 discrepancy case(s) queued" in sent.out
    assert run("task", "done", str(kinds["training_request"]["id"]), "--date",
               "2026-12-20").code == 0
    assert json.loads(run("status", "--json").out)["tasks"] == []
    # p.15 without a day asked: no due date, never overdue, in `status` and `tasks` alike
    _package(imported, "t2", "Об обучении", "Просим провести обучение сотрудников Агентства "
             "по вопросам информационного обмена.")
    assert run("run", "--once").code == 0
    [undated] = json.loads(run("status", "--json", "--today", "2099-01-01").out)["tasks"]
    assert (undated["due"], undated["overdue"]) == (None, False)
    assert "due — (no term)" in run("status").out and "OVERDUE" not in run("tasks").out
    assert run("task", "done", str(undated["id"])).code == 0
    rows = json.loads(run("outbox", "--json").out)
    assert [r["kind"] for r in rows].count("discrepancy") == 1
    log = run("log", "--json").out
    assert "discrepancy_explained" in log and "task_done" in log


@pytest.fixture
def own_calendar(monkeypatch):
    """The deployment's decree days stay this test's (the calendar is process-wide)."""
    monkeypatch.setattr(calendar, "_DEPLOYMENT_FILES", [])
    calendar.default_calendar.cache_clear()
    yield
    calendar.default_calendar.cache_clear()


def test_calendar_show_and_a_deployments_decree_file(run: Run, site: Path, own_calendar):
    shown = run("calendar", "show", "2026")
    assert shown.code == 0, shown.err
    assert "2026-03-23" in shown.out and "2026-12-16" in shown.out  # Nauryz, Independence
    assert "2026-08-31" not in shown.out  # holidays>=0.109: no longer Constitution Day
    assert "2027-03-15 Mon  Constitution Day" in run("calendar", "show", "2027").out
    assert "2025-01-05 Sun" in run("calendar", "show", "2025").out  # the decree's transfer
    (site / "decree.toml").write_text(
        '[working_days]\n2026-12-26 = "Постановление № 1 (тест)"\n'
        '[holidays]\n2026-12-30 = "Постановление № 1 (тест)"\n', encoding="utf-8")
    toml = site / "gateway.toml"
    text = toml.read_text(encoding="utf-8")
    assert 'calendar_file = ""' in text  # gateway init writes the key, commented
    toml.write_text(text.replace('calendar_file = ""', 'calendar_file = "decree.toml"'),
                    encoding="utf-8")
    data = json.loads(run("calendar", "show", "2026", "--json").out)
    assert {"date": "2026-12-26", "why": "Постановление № 1 (тест)"} in data["working_weekends"]
    assert {"date": "2026-12-30", "why": "Постановление № 1 (тест)"} in data["holidays"]
    assert any(s.endswith("decree.toml") for s in data["sources"])
    (site / "decree.toml").write_text("[holidays]\n2026-12-30 = \"\"\n", encoding="utf-8")
    calendar._DEPLOYMENT_FILES.clear()
    broken = run("calendar", "show", "2026")
    assert broken.code == 2 and "calendar_file" in broken.err and "needs a reason" in broken.err
