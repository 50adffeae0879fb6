"""SIGKILL the sender at the exact points around a letter's final dot -- after its mark is
committed but before the dot, after the dot before the relay's 250, after the 250 before its
commit -- then let another instance carry on: every (Message-ID, recipient) reaches the relay
exactly once and nothing is left in doubt, because the letter's mark says it may be at the relay
and the journal copy (a real Dovecot) says whether it is."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select

from gateway.config import Config, Journal, SmtpRelay
from gateway.delivery.requests import queue_requests
from gateway.delivery.sending import deliver_due
from gateway.records.imports import import_agencies, import_registry
from gateway.store.schema import outbox
from mappings import path
from tests.daemon.two_instances import deliveries, wait_until

JOURNAL = "journal@ekc.example.kz"
VICTIM = 3  # the letter (1-based) at whose dot the sender dies

# the child: the real sender, SIGKILLed by itself at one point of the VICTIM-th letter
CHILD = textwrap.dedent("""
    import json, os, signal, smtplib, sys
    import outbound.smtp as smtp
    from gateway.config import Config
    from gateway.delivery.sending import deliver_due
    from gateway.store import make_engine

    point, victim = sys.argv[1], int(sys.argv[2])
    cfg = Config.model_validate(json.loads(sys.argv[3]))
    dots = [0]

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    plain_send = smtplib.SMTP.send
    def send(self, s):
        if isinstance(s, bytes) and s.endswith(b"\\r\\n.\\r\\n"):
            dots[0] += 1
            if dots[0] == victim and point == "before-dot":
                die()
            plain_send(self, s)
            if dots[0] == victim and point == "after-dot":
                die()
            return
        plain_send(self, s)
    smtplib.SMTP.send = send

    plain_data = smtp._data
    def data(*a, **k):
        answer = plain_data(*a, **k)
        if dots[0] == victim and point == "after-250":
            die()
        return answer
    smtp._data = data

    deliver_due(make_engine(sys.argv[4]), cfg, instance=f"{os.uname().nodename}:{os.getpid()}")
""")


@pytest.fixture
def setup(db_engine, tmp_path, smtp_server, dovecot, monkeypatch):
    server = smtp_server()
    server.handler.journal_to(dovecot, JOURNAL)
    cfg = Config(data_dir=str(tmp_path), smtp_relay=SmtpRelay(port=server.port),
                 journal=Journal(address=JOURNAL, port=dovecot.port, username="journal",
                                 password_env="EKC_TEST_JOURNAL_PW", grace_seconds=0))
    import_agencies(db_engine, cfg, path("agencies.csv"))
    import_registry(db_engine, cfg, path("registry.csv"))
    queue_requests(db_engine, cfg, 100)  # 8 p.4 requests
    monkeypatch.setenv("EKC_TEST_JOURNAL_PW", dovecot.password)
    return cfg, db_engine, server


def outbox_rows(engine):
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(outbox)).mappings()]


@pytest.mark.parametrize("point", ["before-dot", "after-dot", "after-250"])
def test_a_kill_at_the_dot_repeats_nothing_and_loses_nothing(setup, point):
    cfg, engine, server = setup
    child = subprocess.run(
        [sys.executable, "-c", CHILD, point, str(VICTIM), json.dumps(cfg.model_dump(mode="json")),
         engine.url.render_as_string(hide_password=False)],
        capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    kept = VICTIM - 1 if point == "before-dot" else VICTIM
    wait_until(lambda: len(server.messages) >= kept, 10)  # the relay files its copy first
    time.sleep(0.5)
    assert len(server.messages) == kept
    doubtful = [r for r in outbox_rows(engine) if r["dot_at"] is not None]
    assert len(doubtful) == 1  # the mark says which letter may be at the relay
    for _ in range(3):  # another instance carries on (the dead one's claims taken at once)
        deliver_due(engine, cfg, instance="rescuer")
    rows = outbox_rows(engine)
    assert {r["status"] for r in rows} == {"sent"} and all(r["dot_at"] is None for r in rows)
    count = deliveries(server.messages)
    wanted = {(r["message_id"], a) for r in rows for a in r["recipients"]}
    assert set(count) - {(m, a) for m, a in count if a == JOURNAL} == wanted  # none lost
    assert {n for (_, a), n in count.items() if a != JOURNAL} == {1}  # none twice


def test_without_a_journal_a_letter_in_doubt_is_held_for_the_operator(setup):
    from gateway.delivery.outbox import retry_now
    from gateway.store.schema import events

    cfg, engine, server = setup
    cfg = cfg.model_copy(update={"journal": None})
    server.handler.journal = None
    child = subprocess.run(
        [sys.executable, "-c", CHILD, "after-dot", str(VICTIM),
         json.dumps(cfg.model_dump(mode="json")),
         engine.url.render_as_string(hide_password=False)],
        capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr[-2000:]
    wait_until(lambda: len(server.messages) >= VICTIM, 10)
    deliver_due(engine, cfg, instance="rescuer")
    rows = outbox_rows(engine)
    [held] = [r for r in rows if r["status"] != "sent"]
    assert held["status"] == "doubt" and len(server.messages) == 8  # not sent again
    with engine.connect() as conn:
        [said] = conn.execute(select(events.c.summary).where(events.c.outbox_id == held["id"])
                              .where(events.c.kind == "operator_attention")).scalars()
    assert "\n" not in said and f"gateway outbox retry {held['id']}" in said
    assert deliver_due(engine, cfg, instance="rescuer").attempted == 0  # held, not retried
    assert retry_now(engine, held["id"]) == "queued"  # the operator asked the recipient
    deliver_due(engine, cfg, instance="rescuer")
    assert server.message_ids().count(held["message_id"]) == 2
