"""`gateway quarantine list | show | release | reject` on SQLite and PostgreSQL: the operator
reads why a message waits, releases it (trusted, optionally re-routed) or rejects it, and every
decision lands in the status log."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from gateway.cli import app
from gateway.cli.context import CliError, state
from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import events, inbound
from tests.processing.conftest import dkim_pass, letter
from tests.processing.test_processing import CASE, CHANGE

NEW_PERSON = "Злоумышленников Иван Петрович"


@pytest.fixture
def cli(gw, tmp_path, monkeypatch):
    cfg, engine = gw
    url = engine.url.render_as_string(hide_password=False)
    toml = tmp_path / "gateway.toml"
    toml.write_text(f'data_dir = "{cfg.data_dir}"\ndatabase_url = "{url}"\n', encoding="utf-8")

    def run(*args: str, fails: bool = False):
        monkeypatch.setattr(state, "_config", None)
        result = CliRunner().invoke(app, ["--config", str(toml), *args])
        if fails:
            assert isinstance(result.exception, CliError), result.output
        else:
            assert result.exit_code == 0, (result.output, result.exception)
        return result

    return run


def held(gw, raw: bytes, key: str) -> int:
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key=key, source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    assert row(gw, iid).status == "quarantined"
    return iid


def row(gw, iid):
    with gw[1].connect() as conn:
        return conn.execute(select(inbound).where(inbound.c.id == iid)).one()


def decisions(gw, iid):
    with gw[1].connect() as conn:
        return conn.execute(select(events.c.kind, events.c.data, events.c.case_id)
                            .where(events.c.inbound_id == iid)
                            .where(events.c.kind.like("operator_%"))).all()


def test_list_show_and_release_trusting_the_operator(gw, cli):
    cfg, engine = gw
    iid = held(gw, letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Замена", CHANGE), "smtp:c1")

    listed = json.loads(cli("quarantine", "list", "--json").output)
    assert [r["id"] for r in listed] == [iid]
    assert "отправитель не подтвержден" in listed[0]["reason"]
    assert "kanc@minjust.gov.kz" in cli("quarantine", "list").output

    text = cli("quarantine", "show", str(iid)).output
    assert "не подтвержден" in text and "responsible_change" in text and NEW_PERSON in text
    shown = json.loads(cli("quarantine", "show", str(iid), "--json").output)
    assert [d["kind"] for d in shown["documents"]] == ["responsible_change"]
    assert shown["sender"] == "kanc@minjust.gov.kz"

    cli("quarantine", "release", str(iid), "--by", "ivanova")
    assert row(gw, iid).status == "pending"
    [decision] = decisions(gw, iid)
    assert decision.kind == "operator_release" and decision.data["by"] == "ivanova"

    process_pending(engine, cfg)
    assert row(gw, iid).status == "done"
    with engine.connect() as conn:
        assert repo.get_case(conn, CASE).responsible.full_name == NEW_PERSON
    assert json.loads(cli("quarantine", "list", "--json").output) == []
    assert "empty" in cli("quarantine", "list").output


def test_release_to_a_case_reroutes_an_unmatched_letter(gw, cli):
    cfg, engine = gw
    iid = held(gw, letter("kanc@minjust.gov.kz", "Вопрос", "Сведения направим позже.",
                          auth=dkim_pass("minjust.gov.kz")), "smtp:c2")
    assert "не относится ни к одному делу" in row(gw, iid).quarantine_reason
    cli("quarantine", "release", str(iid), "--case", "no-such-case", fails=True)
    assert row(gw, iid).status == "quarantined"

    cli("quarantine", "release", str(iid), "--case", CASE)
    process_pending(engine, cfg)
    done = row(gw, iid)
    assert done.status == "done" and done.case_id == CASE
    assert decisions(gw, iid)[0].case_id == CASE


def test_reject_keeps_the_message_and_logs_the_reason(gw, cli):
    cfg, engine = gw
    iid = held(gw, letter("kanc@minjust-gov.kz", f"[EKC-{CASE}] Замена", CHANGE,
                          auth=dkim_pass("minjust-gov.kz")), "smtp:c3")
    cli("quarantine", "reject", str(iid), "--reason", " ", fails=True)
    cli("quarantine", "reject", str(iid), "--reason", "look-alike domain", "--by", "petrov")
    rejected = row(gw, iid)
    assert rejected.status == "rejected" and "look-alike domain" in rejected.quarantine_reason
    [decision] = decisions(gw, iid)
    assert decision.kind == "operator_reject" and decision.data["reason"] == "look-alike domain"
    with engine.connect() as conn:
        assert repo.get_blob(conn, rejected.sha256)  # the raw message stays stored
    # a decided message cannot be decided again; an unknown one is named plainly
    result = cli("quarantine", "release", str(iid), fails=True)
    assert "rejected, not quarantined" in str(result.exception)
    assert "no inbound message #999" in str(cli("quarantine", "show", "999",
                                                 fails=True).exception)
    process_pending(engine, cfg)
    assert row(gw, iid).status == "rejected"
