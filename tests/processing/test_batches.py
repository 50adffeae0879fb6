"""Messages are committed in batches, each in a savepoint of its own: one message's failure or
quarantine takes back its own changes and status-log lines only; a failure of the batch's
transaction itself redoes each message alone, once.  SQLite and PostgreSQL."""

from __future__ import annotations

import json

from sqlalchemy import func, select

import gateway.processing.worker as processing
from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store.schema import events, inbound
from tests.processing.conftest import letter
from tests.processing.test_processing import CASE


def _store(engine, n: int) -> list[int]:
    return [commit_inbound(engine, origin_key=f"smtp:b{i}", source="smtp",
                           raw=letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Письмо {i}",
                                      f"Сведения № {i}.", msgid=f"<b{i}@minjust.gov.kz>"))[0]
            for i in range(n)]


def _status(engine, ids):
    with engine.connect() as conn:
        return dict(conn.execute(select(inbound.c.id, inbound.c.status)
                                 .where(inbound.c.id.in_(ids))).all())


def _log_lines(cfg) -> list[dict]:
    path = cfg.status_log_path
    return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []


def test_a_failing_message_in_a_batch_takes_back_only_its_own_changes(gw, monkeypatch):
    cfg, engine = gw
    ids = _store(engine, 5)
    bad = ids[2]
    real = processing.process_one

    def flaky(conn, cfg_, row, prepared, cal, *batch):
        touched = real(conn, cfg_, row, prepared, cal, *batch)  # writes its events, then fails
        if row["id"] == bad:
            raise RuntimeError("a bug after the writes")
        return touched

    monkeypatch.setattr(processing, "process_one", flaky)
    stats = process_pending(engine, cfg)
    assert (stats.done, stats.retried) == (4, 1)
    assert _status(engine, ids) == {**dict.fromkeys(ids, "done"), bad: "pending"}
    with engine.connect() as conn:
        written = set(conn.execute(select(events.c.inbound_id)
                                   .where(events.c.kind == "message_processed")).scalars())
        attempts = conn.execute(select(inbound.c.attempts).where(inbound.c.id == bad)).scalar()
    assert written == set(ids) - {bad} and attempts == 1
    # the status.log mirror has no line for what was rolled back
    assert {x.get("inbound_id") for x in _log_lines(cfg)
            if x["kind"] == "message_processed"} == set(ids) - {bad}


def test_a_failed_batch_transaction_redoes_each_message_alone_once(gw, monkeypatch):
    cfg, engine = gw
    ids = _store(engine, 4)
    outside = letter("stranger@example.com", "Вопрос", "Текст.", msgid="<q@example.com>")
    stranger = commit_inbound(engine, origin_key="smtp:q", source="smtp", raw=outside)[0]
    real = processing.quarantine
    calls = []

    def quarantine_once_broken(conn, cfg_, inbound_id, reason, *rest):
        calls.append(inbound_id)
        if len(calls) == 1:  # outside any savepoint: the batch's transaction is lost
            raise OSError("the database went away")
        return real(conn, cfg_, inbound_id, reason, *rest)

    monkeypatch.setattr(processing, "quarantine", quarantine_once_broken)
    stats = process_pending(engine, cfg)
    assert (stats.done, stats.quarantined) == (4, 1)
    assert _status(engine, [*ids, stranger]) == {**dict.fromkeys(ids, "done"),
                                                 stranger: "quarantined"}
    with engine.connect() as conn:
        per = dict(conn.execute(select(events.c.inbound_id, func.count())
                                .where(events.c.kind.in_(("message_processed", "quarantined")))
                                .group_by(events.c.inbound_id)).all())
    assert per == dict.fromkeys([*ids, stranger], 1)
    lines = [x.get("inbound_id") for x in _log_lines(cfg)
             if x["kind"] in ("message_processed", "quarantined")]
    assert sorted(lines) == sorted([*ids, stranger])
