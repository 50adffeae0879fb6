"""`gateway log [-f] [--json]` and `gateway status [--json]` on SQLite and PostgreSQL: the log
command shows what the events table holds, the same objects as the status.log mirror, and
follow mode prints an event committed after it started."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from pathlib import Path

from gateway.config import load
from gateway.runtime.statuslog import record
from gateway.store import make_engine


def test_log_json_is_the_status_log_file(run, imported):
    cfg = load(imported / "gateway.toml")
    shown = [json.loads(x) for x in run("log", "--json", "-n", "1000").out.splitlines()]
    mirror = [json.loads(x) for x in cfg.status_log_path.read_text("utf-8").splitlines()]
    assert shown == sorted(mirror, key=lambda e: e["id"])
    registered = [e for e in shown if e["kind"] == "registered"]
    assert len(registered) == 8
    assert all(e["paragraph"] == "4" and e["case_id"] for e in registered)
    assert {e["case_id"] for e in registered} >= {"00301138-minjust", "00405233-krg-abay"}

    rebuilt = run("log", "--all", "--json").out  # the mirror rebuilt from the table
    assert rebuilt == "".join(sorted(cfg.status_log_path.read_text("utf-8").splitlines(True),
                                     key=lambda x: json.loads(x)["id"]))

    only = [json.loads(x) for x in run("log", "--json", "--case", "00402674-mcs").out.split("\n")
            if x]
    assert only and {e["case_id"] for e in only} == {"00402674-mcs"}
    assert len(run("log", "--json", "-n", "3").out.splitlines()) == 3


def test_log_human_form(run, imported):
    lines = run("log").out.splitlines()
    line = next(x for x in lines if "00402674-mcs" in x and "Реестр" in x)
    # time in the configured zone (Asia/Almaty, UTC+5), case, paragraph, summary
    assert line[:4].isdigit() and line[10] == " " and line[13] == ":"
    assert " p.4 " in line and "запрос по форме приложения 1" in line


def test_log_follow_prints_new_events(imported, db_url):
    """The real console command in follow mode; an event committed later appears, and on
    PostgreSQL one whose id was taken before another's but committed after it appears too."""
    env = os.environ | {"EKC_GATEWAY_CONFIG": str(imported / "gateway.toml"),
                        "EKC_GATEWAY_DATABASE_URL": db_url}
    gateway = Path(sys.executable).with_name("gateway")
    proc = subprocess.Popen([str(gateway), "log", "-f", "--json", "-n", "1"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout], daemon=True).start()
    cfg = load(imported / "gateway.toml")
    engine = make_engine(db_url)
    try:
        first = json.loads(lines.get(timeout=60))  # the last event so far
        with engine.begin() as conn:
            record(conn, cfg, kind="operator_note", summary="Проверка журнала", case_id="c-1")
        later = json.loads(lines.get(timeout=60))
        assert later["kind"] == "operator_note" and later["id"] > first["id"]
        if engine.dialect.name == "postgresql":
            slow = engine.connect()
            slow.begin()
            early = record(slow, cfg, kind="slow", summary="взял номер первым")["id"]
            with engine.begin() as conn:
                record(conn, cfg, kind="fast", summary="зафиксирован первым")
            assert json.loads(lines.get(timeout=60))["kind"] == "fast"
            slow.commit()
            slow.close()
            caught = json.loads(lines.get(timeout=60))
            assert (caught["kind"], caught["id"]) == ("slow", early)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        engine.dispose()


def test_status_counts(run, imported):
    data = json.loads(run("status", "--json", "--today", "2026-11-25").out)
    assert data["cases_total"] == 8 and sum(data["cases"].values()) == 8
    assert data["quarantined"] == 0 and data["today"] == "2026-11-25"
    # one p.4 request per case, written by the first `gateway run` pass
    assert sum(data["outbox"].values()) == 0 and data["requests_to_write"] == 8
    assert isinstance(data["instances"], list)
    later = json.loads(run("status", "--json", "--today", "2027-01-29").out)
    assert later["overdue"] == 8 and data["overdue"] == 0

    human = run("status", "--today", "2027-01-29").out
    assert "cases: 8" in human and "overdue: 8" in human and "quarantined: 0" in human
