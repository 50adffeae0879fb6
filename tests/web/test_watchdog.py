"""The watchdog on SQLite and PostgreSQL: a source silent longer than its interval allows is
`degraded` (in /healthz and `gateway status` alike), logged once and mailed once to the
operators' address through the outbox; its recovery is logged and mailed once too."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from gateway.cli import app
from gateway.cli.context import state
from gateway.runtime import health
from gateway.store.schema import events, outbox
from gateway.web import watchdog

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def _seen(site) -> tuple[list[tuple[str, str]], list[dict]]:
    with site.engine.connect() as conn:
        evs = [(k, d["source"]) for k, d in conn.execute(
            select(events.c.kind, events.c.data).where(events.c.kind.like("watchdog_%"))
            .order_by(events.c.id))]
        mails = [dict(r) for r in conn.execute(select(outbox.c.kind, outbox.c.recipients)
                                               .where(outbox.c.kind == "watchdog")).mappings()]
    return evs, mails


def test_a_silent_source_is_degraded_told_once_and_its_recovery_too(site, monkeypatch):
    assert site.cfg.web is not None
    monkeypatch.setattr(site.cfg.web, "alert_address", "ops@example.kz")
    monkeypatch.setattr(health, "THROTTLE", 0.0)
    with site.engine.begin() as conn:  # the letters queued at import went out
        conn.execute(update(outbox).values(status="sent"))
    for name in ("edoc", "outbox", "clock"):
        health.worked(site.engine, name, at=NOW - dt.timedelta(seconds=30))
    found = {c.name: c.status for c in watchdog.watch(site.engine, site.cfg, NOW)}
    assert found == {"edoc": "ok", "outbox": "ok", "clock": "ok"}
    assert _seen(site) == ([], [])
    # the e-document folder stops answering: its last round is now too long ago
    health.failed(site.engine, "edoc", "PermissionError: incoming/", at=NOW)
    later = NOW + dt.timedelta(minutes=10)
    for _ in range(3):  # looked at again and again (several boards, a timer): told once
        checks = {c.name: c for c in watchdog.watch(site.engine, site.cfg, later)}
    assert checks["edoc"].status == "degraded"
    assert "PermissionError" in checks["edoc"].detail
    evs, mails = _seen(site)
    assert evs.count(("watchdog_degraded", "edoc")) == 1
    assert ("watchdog_recovered", "edoc") not in evs
    # the outbox and the clock fell silent too: one mail each, to the operators
    assert sorted(source for _, source in evs) == ["clock", "edoc", "outbox"]
    assert len(mails) == 3
    assert all(m["recipients"] == {"ops@example.kz": "pending"} for m in mails)
    told = len(mails)
    # it works again
    health.worked(site.engine, "edoc", at=later + dt.timedelta(seconds=5))
    for _ in range(2):
        checks = {c.name: c for c in watchdog.watch(site.engine, site.cfg,
                                                    later + dt.timedelta(seconds=10))}
    assert checks["edoc"].status == "ok"
    evs, mails = _seen(site)
    assert evs.count(("watchdog_recovered", "edoc")) == 1
    assert len(mails) == told + 1


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_gateway_status_shows_each_source(site, monkeypatch):
    health.worked(site.engine, "edoc")
    monkeypatch.setattr(state, "_config", None)
    result = CliRunner().invoke(app, ["--config", str(site.toml), "status", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["sources"]["edoc"]["status"] == "ok"
    assert data["sources"]["clock"]["status"] == "degraded"
    assert data["health"] == "degraded"
    monkeypatch.setattr(state, "_config", None)
    human = CliRunner().invoke(app, ["--config", str(site.toml), "status"]).output
    assert "source edoc: ok" in human and "source clock: degraded" in human
