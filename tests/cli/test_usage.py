"""The command line's manners: a version, help for every option, exit status 2 for a usage
mistake, plain sentences for an unknown case or id, local time for people and ISO 8601 with
an offset in --json."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import typer

from gateway.cli import app


def test_version(run):
    result = run("--version")
    assert result.code == 0 and re.fullmatch(r"gateway \d+\.\d+\.\d+\S*\n", result.out)


def test_every_option_and_argument_has_help():
    missing: list[str] = []

    def walk(command, path: list[str]) -> None:
        for param in command.params:
            if not getattr(param, "help", None):
                missing.append(f"{' '.join(path)} {param.name}")
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), ["gateway"])
    assert not missing, missing


def test_usage_mistakes_exit_2_with_one_sentence(run, site):
    for args, says in [
        (("outbox", "retry", "abc"), "an outbox id is a number as `gateway outbox` lists it"),
        (("outbox", "--status", "lost"), "unknown status 'lost'"),
        (("cases", "--today", "tomorrow"), "--today must be YYYY-MM-DD"),
        (("report", "monthly", "--month", "2999-01"), "--month 2999-01 has not begun yet"),
        (("report", "monthly", "--month", "January"), "--month must be YYYY-MM"),
    ]:
        result = run(*args)
        assert result.code == 2, (args, result)
        assert result.err.startswith("error: ") and says in result.err, (args, result.err)
        assert result.err.count("\n") == 1, result.err
    assert run("cases", "--no-such-option").code == 2  # click's own usage errors too


def test_an_unknown_case_is_said_so(run, site):
    for args in (("log", "--case", "00000000-nowhere"), ("case", "show", "00000000-nowhere")):
        result = run(*args)
        assert result.code == 1 and "no case '00000000-nowhere'" in result.err, result


def test_status_shows_local_time_and_json_has_offsets(run, imported):
    human = run("status").out
    worked = re.search(r"last work (\S+ \S+)", human)
    assert worked is None or re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", worked.group(1))
    data = json.loads(run("status", "--json").out)
    for inst in data["instances"]:
        for key, value in inst.items():
            if key.endswith("_at") and value:
                moment = dt.datetime.fromisoformat(value)
                assert moment.utcoffset() == ZoneInfo("Asia/Almaty").utcoffset(moment)


def test_outbox_json_times_carry_their_offset(run, imported):
    from gateway.config import load
    from gateway.delivery.requests import queue_requests
    from gateway.store import make_engine

    cfg = load(imported / "gateway.toml")
    engine = make_engine(cfg.db_url)
    queue_requests(engine, cfg)
    engine.dispose()
    rows = json.loads(run("outbox", "--json").out)
    assert rows and all(dt.datetime.fromisoformat(r["created_at"]).utcoffset() is not None
                        for r in rows)
