"""Three `gateway run` processes sharing the machine's PostgreSQL, one Dovecot and one SMTP sink:
every message processed once, every outbox row sent once, and when the instance holding the
mailbox is SIGKILLed the others take over its mailbox and its claimed rows."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import pytest
from sqlalchemy import func, select

from gateway.runtime import leases
from gateway.store import make_engine
from gateway.store.schema import events, inbound, outbox
from tests.daemon.test_crash import GATEWAY, JOURNAL, letter, write_config

N = 300


def wait_until(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


@pytest.mark.postgres
def test_three_instances_share_the_work(dovecot, smtp_server, pg_url, tmp_path):
    sink = smtp_server()
    sink.handler.journal_to(dovecot, JOURNAL)
    config = write_config(tmp_path / "gw", dovecot.port, sink.port, journal=True)
    env = {**os.environ, "EKC_TEST_IMAP_PW": dovecot.password, "EKC_GATEWAY_DATABASE_URL": pg_url}
    base = [GATEWAY, "--config", str(config)]
    for what in ("agencies", "registry"):
        subprocess.run([*base, what, "import", f"mappings/{what}.csv"],
                       check=True, env=env, capture_output=True)
    engine = make_engine(pg_url)
    procs = [subprocess.Popen([*base, "run"], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL) for _ in range(3)]
    try:
        with dovecot.client() as c:
            for n in range(N):
                c.append("INBOX", letter(n))
                if n == N // 3:
                    # kill whoever holds the mailbox, mid-run
                    holder = None
                    assert wait_until(lambda: any(
                        x["name"].startswith("imap:") and x["live"] for x in
                        leases.held(engine)), 30)
                    holder = next(x["holder"] for x in leases.held(engine)
                                  if x["name"].startswith("imap:"))
                    victim = next(p for p in procs if holder.endswith(f":{p.pid}"))
                    victim.send_signal(signal.SIGKILL)
                    victim.wait()

        def all_done() -> bool:
            with engine.connect() as conn:
                stored = conn.execute(select(func.count()).select_from(inbound)).scalar()
                pending = conn.execute(select(func.count()).select_from(inbound)
                                       .where(inbound.c.status != "done")).scalar()
                unsent = conn.execute(select(func.count()).select_from(outbox)
                                      .where(outbox.c.status != "sent")).scalar()
            return stored == N and pending == 0 and unsent == 0

        assert wait_until(all_done, 120), "the surviving instances did not finish the work"
        alive = [x for x in leases.alive_instances(engine) if x["alive"]]
        assert len(alive) >= 2
        new_holder = next(x["holder"] for x in leases.held(engine) if x["name"].startswith("imap:"))
        assert new_holder != holder  # the mailbox moved to a survivor
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
    with engine.connect() as conn:
        origins = list(conn.execute(select(inbound.c.origin_key)).scalars())
        processed = dict(conn.execute(
            select(events.c.inbound_id, func.count()).where(events.c.kind == "message_processed")
            .group_by(events.c.inbound_id)).all())
        sent = list(conn.execute(select(outbox.c.message_id)).scalars())
        left = leases.held(engine)
    assert len(origins) == len(set(origins)) == N
    assert len(processed) == N and set(processed.values()) == {1}
    # every row delivered once: a message the victim had on the wire when it died is settled
    # from its journal copy, not sent again
    assert set(sink.message_ids()) == set(sent)
    assert len(sink.message_ids()) == len(sent)
    assert not [x for x in left if x["holder"] != holder]  # SIGTERM released the leases
    engine.dispose()
