"""The operator's commands, run as the operator runs them: `gateway questions send CASE FILE`,
`gateway outbox [--json] [--status S]`, `gateway outbox retry ID` — on both databases."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gateway.cli import main
from gateway.cli.context import state
from gateway.config import load
from gateway.delivery.requests import queue_requests
from gateway.delivery.sending import deliver_due
from gateway.records.imports import import_agencies, import_registry
from gateway.store import make_engine
from gateway.store.migrate import upgrade
from mappings import path

CASE = "00301138-minjust"


def subprocess_gateway(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed command, in its own process, as an operator runs it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EKC_")}
    command = [str(Path(sys.executable).parent / "gateway"), "--config", str(config), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def gateway(capsys, monkeypatch):
    """The same entry point (gateway.cli.main) in this process: a second per call saved."""

    def run(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
        state.config_path, state._config = None, None
        monkeypatch.setattr(sys, "argv", ["gateway", "--config", str(config), *args])
        capsys.readouterr()
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return run


@pytest.fixture
def installed(db_url, tmp_path, smtp_server):
    server = smtp_server()
    config = tmp_path / "gateway.toml"
    config.write_text(f'data_dir = "data"\ndatabase_url = "{db_url}"\n'
                      f'[smtp_relay]\nhost = "127.0.0.1"\nport = {server.port}\n',
                      encoding="utf-8")
    cfg = load(config)
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    import_agencies(engine, cfg, path("agencies.csv"))
    import_registry(engine, cfg, path("registry.csv"))
    queue_requests(engine, cfg, 100)  # the outbox pass writes the p.4 requests
    engine.dispose()
    return config, server


def test_the_installed_command(installed, tmp_path):
    config, _ = installed
    questions = tmp_path / "questions.txt"
    questions.write_text("1. Какие документы подаются?\n", encoding="utf-8")
    done = subprocess_gateway(config, "questions", "send", CASE, str(questions))
    assert done.returncode == 0 and "questions queued (outbox #9)" in done.stdout, done.stderr
    bad = subprocess_gateway(config, "outbox", "retry", "999")
    assert bad.returncode == 1 and bad.stderr == "error: no outbox message #999 (see `gateway " \
        "outbox`)\n"


@pytest.fixture
def listing(gateway):
    def run(config: Path, *args: str) -> list[dict]:
        done = gateway(config, "outbox", "--json", *args)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


def test_questions_are_queued_for_the_case_and_listed(installed, tmp_path, gateway, listing):
    config, server = installed
    questions = tmp_path / "questions.txt"
    questions.write_text("1. Какие документы подаются?\n2. Срок оказания услуги?\n",
                         encoding="utf-8")
    done = gateway(config, "questions", "send", CASE, str(questions))
    assert done.returncode == 0, done.stderr
    assert "questions queued (outbox #9)" in done.stdout
    assert "no responsible person's e-mail yet" in done.stderr
    rows = listing(config)
    assert [r["kind"] for r in rows] == ["request"] * 8 + ["questions"]
    assert rows[-1]["case_id"] == CASE and rows[-1]["status"] == "pending"
    cfg = load(config)
    deliver_due(make_engine(cfg.db_url), cfg)
    [raw] = [raw for _, raw in server.messages if rows[-1]["message_id"].encode() in raw]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert "2. Срок оказания услуги?" in msg.get_body().get_content()
    assert msg["Auto-Submitted"] is None and msg["Subject"].startswith(f"[EKC-{CASE}]")
    assert [r["id"] for r in listing(config, "--status", "sent")] == list(range(1, 10))
    plain = gateway(config, "outbox", "--status", "pending")
    assert plain.returncode == 0 and plain.stdout.strip() == "no pending messages"


@pytest.mark.parametrize("args,content,said", [
    (["nosuch-case"], "1. ?", "no case 'nosuch-case'"),
    ([CASE], "   \n", "is empty"),
    ([CASE], b"\xff\xfe\x00bad", "is not UTF-8 text"),
    ([CASE], None, "cannot read"),
])
def test_questions_refused_in_one_sentence(installed, tmp_path, args, content, said,
                                           gateway, listing):
    config, _ = installed
    file = tmp_path / "q.txt"
    if isinstance(content, bytes):
        file.write_bytes(content)
    elif content is not None:
        file.write_text(content, encoding="utf-8")
    done = gateway(config, "questions", "send", *args[:1], str(file))
    assert done.returncode == 1 and said in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert len(listing(config)) == 8


def test_retry_a_failed_message_with_the_same_message_id(installed, gateway, listing):
    config, server = installed
    server.script.rcpt = {"kense@mcs.gov.kz": "550 5.1.1 no such user"}
    cfg = load(config)
    engine = make_engine(cfg.db_url)
    deliver_due(engine, cfg)
    [failed] = listing(config, "--status", "failed")
    assert failed["recipients"] == {"kense@mcs.gov.kz": "failed"} and "550" in failed["last_error"]
    server.script.rcpt = {}
    done = gateway(config, "outbox", "retry", str(failed["id"]))
    assert done.returncode == 0 and "next pass" in done.stdout
    deliver_due(engine, cfg)
    assert listing(config, "--status", "failed") == []
    assert server.message_ids().count(failed["message_id"]) == 1
    again = gateway(config, "outbox", "retry", str(failed["id"]))
    assert again.returncode == 0 and "nothing to retry" in again.stdout
    missing = gateway(config, "outbox", "retry", "999")
    assert missing.returncode == 1 and "no outbox message #999" in missing.stderr
    bad = gateway(config, "outbox", "--status", "lost")
    assert bad.returncode == 2 and "unknown status 'lost'" in bad.stderr  # a usage mistake
