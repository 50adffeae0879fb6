"""The monthly report: which rows go to whom, when it is due, what is queued, and the command,
on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from gateway.calendar import default_calendar
from gateway.records.appeals import import_appeals
from gateway.records.report import build_month, monthly_report_due, previous_month, send_month
from gateway.store import repo
from gateway.store.schema import outbox
from tests.report.conftest import row, write_csv

AGENCIES = ["mcs", "minjust", "dsm"]


def seed(engine, tmp_path) -> None:
    rows = [row(n, AGENCIES[n % 3]) for n in range(9)] + [row(1, "mcs")]  # mcs: 4
    rows += [row(50, "krg", when="2026-09-30 23:59"), row(51, "krg", when="2026-11-01 00:00")]
    import_appeals(engine, write_csv(tmp_path / "appeals.csv", rows))


def xlsx_rows(data: bytes) -> list[list]:
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    return [list(r) for r in ws.iter_rows(min_row=5, values_only=True)]


def test_split_by_agency(gw, tmp_path):
    cfg, engine = gw
    seed(engine, tmp_path)
    with engine.connect() as conn:
        files = build_month(conn, cfg, "2026-10", tmp_path / "out")
    by = {f.agency_id: f for f in files}
    assert [f.agency_id for f in files] == ["qc", "dsm", "mcs", "minjust"]  # authority first
    assert {k: f.rows for k, f in by.items()} == {"qc": 10, "dsm": 3, "mcs": 4, "minjust": 3}
    for f in files:
        assert sorted(p.name for p in f.paths) == [f"appendix2-2026-10-{f.agency_id}.docx",
                                                   f"appendix2-2026-10-{f.agency_id}.xlsx"]
        xlsx = next(p for p in f.paths if p.suffix == ".xlsx")
        body = xlsx_rows(xlsx.read_bytes())
        assert len(body) == f.rows
        assert [r[0] for r in body] == [str(i) for i in range(1, f.rows + 1)]
    mcs = xlsx_rows(by["mcs"].paths[1].read_bytes())
    everyone = {r[6] for r in xlsx_rows(by["qc"].paths[1].read_bytes())}
    assert {r[6] for r in mcs} < everyone  # its rows, and only its
    assert sorted(r[6].split("№ ")[1] for r in mcs) == ["0", "1", "3", "6"]


def test_send_queues_one_letter_per_recipient_with_its_rows(gw, tmp_path):
    cfg, engine = gw
    seed(engine, tmp_path)
    with engine.begin() as conn:
        files, queued = send_month(conn, cfg, "2026-10", tmp_path / "out")
    assert queued == len(files) == 4
    with engine.connect() as conn:
        letters = conn.execute(select(outbox.c.agency_id, outbox.c.kind, outbox.c.sha256,
                                      outbox.c.recipients)).all()
        raws = {a: repo.get_blob(conn, digest) for a, _, digest, _ in letters}
        qc = repo.get_agency(conn, "qc")
    assert sorted(a for a, *_ in letters) == ["dsm", "mcs", "minjust", "qc"]
    assert {k for _, k, *_ in letters} == {"report"}
    assert set(next(r for a, _, _, r in letters if a == "qc")) == set(qc.emails)
    for agency_id, raw in raws.items():
        msg = email.message_from_bytes(raw, policy=email.policy.SMTP)
        parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
        assert set(parts) == {f"appendix2-2026-10-{agency_id}.docx",
                              f"appendix2-2026-10-{agency_id}.xlsx"}
        rows = xlsx_rows(parts[f"appendix2-2026-10-{agency_id}.xlsx"])
        assert len(rows) == {"qc": 10, "mcs": 4}.get(agency_id, 3)


@pytest.mark.parametrize(("today", "due"), [
    ("2026-11-01", False),  # Sunday: the first working day is Monday the 2nd
    ("2026-11-02", True),
    ("2026-11-20", True),  # missed days still send (once: the caller marks the month)
    ("2026-01-04", False),  # 1-2 January holidays, then the weekend
    ("2026-01-05", True),
    ("2026-10-01", True),  # a Thursday
])
def test_due_on_the_first_working_day(today, due):
    assert monthly_report_due(dt.date.fromisoformat(today), default_calendar()) is due


class _AllHolidays:
    """Days 1-9 of every month are holidays: the Rules' 5th wins."""

    def is_working_day(self, day: dt.date) -> bool:
        return day.day >= 10

    def add_working_days(self, day: dt.date, n: int) -> dt.date:
        return day.replace(day=10)


@pytest.mark.parametrize(("day", "due"), [(4, False), (5, True), (6, True)])
def test_never_later_than_the_fifth(day, due):
    assert monthly_report_due(dt.date(2026, 3, day), _AllHolidays()) is due


def test_clock_and_report_agree_over_a_year():
    from gateway.service.clock import report_due

    cal, day = default_calendar(), dt.date(2026, 1, 1)
    while day.year == 2026:
        assert monthly_report_due(day, cal) == report_due(day, cal), day
        day += dt.timedelta(days=1)


def test_previous_month():
    assert previous_month(dt.date(2026, 1, 3)) == "2025-12"
    assert previous_month(dt.date(2026, 3, 31)) == "2026-02"


# -- the command -------------------------------------------------------------------------------


def gateway(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EKC_")}
    command = [str(Path(sys.executable).parent / "gateway"), "--config", str(config), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def installed(db_url, tmp_path):
    from mappings import path

    config = tmp_path / "gateway.toml"
    config.write_text(f'data_dir = "data"\ndatabase_url = "{db_url}"\n', encoding="utf-8")
    assert gateway(config, "agencies", "import", str(path("agencies.csv"))).returncode == 0
    return config


def test_command_import_then_report(installed, tmp_path):
    rows = [row(n, AGENCIES[n % 3]) for n in range(6)]
    good = write_csv(tmp_path / "appeals.csv", rows)
    done = gateway(installed, "appeals", "import", str(good), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"imported": 6, "skipped": 0}

    bad = write_csv(tmp_path / "bad.csv", [row(7, "mcs"), row(8, "nowhere")])
    refused = gateway(installed, "appeals", "import", str(bad))
    assert refused.returncode == 1
    assert "line 3: agency_id 'nowhere' is not in the agency directory" in refused.stderr
    assert "nothing imported" in refused.stderr and "Traceback" not in refused.stderr

    out = tmp_path / "reports"
    made = gateway(installed, "report", "monthly", "--month", "2026-10", "--out", str(out),
                   "--json")
    assert made.returncode == 0, made.stderr
    report = json.loads(made.stdout)
    assert report["month"] == "2026-10" and report["queued"] is None
    assert {r["agency_id"]: r["rows"] for r in report["reports"]} == {
        "qc": 6, "mcs": 2, "minjust": 2, "dsm": 2}
    assert len(list(out.glob("appendix2-2026-10-*.docx"))) == 4
    assert len(list(out.glob("appendix2-2026-10-*.xlsx"))) == 4

    sent = gateway(installed, "report", "monthly", "--month", "2026-10", "--send", "--json")
    assert sent.returncode == 0, sent.stderr
    assert json.loads(sent.stdout)["queued"] == 4
    again = gateway(installed, "report", "monthly", "--month", "2026-10", "--send")
    assert again.returncode == 1 and "already sent" in again.stderr
    forced = gateway(installed, "report", "monthly", "--month", "2026-10", "--send", "--force")
    assert forced.returncode == 0 and "4 letter(s) queued" in forced.stdout


def test_command_rejects_a_bad_month(installed):
    done = gateway(installed, "report", "monthly", "--month", "2026/10")
    assert done.returncode == 2
    assert done.stderr.strip() == "error: --month must be YYYY-MM, not '2026/10'"


def test_send_prefers_the_messages_half_queue_report(gw, tmp_path, monkeypatch):
    """When gateway.delivery.outbox offers queue_report(conn, cfg, agency_id, month,
    attachments, rows), the report goes through it, one call per recipient, with its two files
    and its count of rows (the letter says so when there were none)."""
    from gateway.delivery import outbox as outbox_module

    calls = []
    monkeypatch.setattr(outbox_module, "queue_report", lambda conn, cfg, agency_id, month,
                        attachments, rows=None: calls.append((agency_id, month, attachments))
                        or len(calls), raising=False)
    cfg, engine = gw
    seed(engine, tmp_path)
    with engine.begin() as conn:
        _, queued = send_month(conn, cfg, "2026-10", tmp_path / "out")
    assert queued == 4
    assert [(a, m) for a, m, _ in calls] == [("qc", "2026-10"), ("dsm", "2026-10"),
                                             ("mcs", "2026-10"), ("minjust", "2026-10")]
    names = [[(n, mime.split(".")[-1]) for n, _, mime in files] for *_, files in calls]
    assert names[2] == [("appendix2-2026-10-mcs.docx", "document"),
                        ("appendix2-2026-10-mcs.xlsx", "sheet")]
    assert all(data[:2] == b"PK" for *_, files in calls for _, data, _ in files)
