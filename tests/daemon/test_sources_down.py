"""`gateway run --once` with mailboxes down (issue #16): one refuses the connection, one accepts
TCP and never says a word.  Each failure is its own line on stderr and in the status log; the
working mailbox, processing and the outbox still run, and the pass exits 0."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from gateway.config import load
from gateway.store import make_engine
from gateway.store.schema import events, inbound, outbox
from tests.daemon.test_crash import GATEWAY, letter, write_config
from tests.fixtures.dovecot import free_port


def mailbox(name: str, port: int) -> str:
    return (f'\n[[imap]]\nname = "{name}"\nhost = "127.0.0.1"\nport = {port}\n'
            f'username = "ekc"\npassword_env = "EKC_TEST_IMAP_PW"\nfolders = ["INBOX"]\n'
            f"timeout_seconds = 1\nidle = false\n")


@pytest.mark.timeout(300)
def test_one_pass_goes_on_past_dead_mailboxes(dovecot, smtp_server, silent_port, tmp_path):
    sink = smtp_server()
    config = write_config(tmp_path / "gw", dovecot.port, sink.port)
    refused = free_port()  # nothing listens there
    config.write_text(config.read_text() + mailbox("refused", refused)
                      + mailbox("silent", silent_port))
    env = {**os.environ, "EKC_TEST_IMAP_PW": dovecot.password}
    base = [GATEWAY, "--config", str(config)]
    for what, path in (("agencies", "mappings/agencies.csv"),
                       ("registry", "mappings/registry.csv")):
        subprocess.run([*base, what, "import", path], check=True, env=env, capture_output=True)
    with dovecot.client() as c:
        c.append("INBOX", letter(1))
    done = subprocess.run([*base, "run", "--once", "--json"], env=env, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert counts["imap:main/INBOX"] == 1 and counts["processing"] == 1
    failed = [line for line in done.stderr.splitlines() if "failed in this pass" in line]
    assert len(failed) == 2, done.stderr
    assert any(line.startswith("imap:refused/INBOX:") for line in failed)
    assert any(line.startswith("imap:silent/INBOX:") for line in failed)
    assert "Traceback" not in done.stderr
    engine = make_engine(load(config).db_url)
    with engine.connect() as conn:
        logged = list(conn.execute(select(events.c.data).where(events.c.kind == "source_failed")))
        statuses = list(conn.execute(select(inbound.c.status)).scalars())
        sent = list(conn.execute(select(outbox.c.status)).scalars())
    engine.dispose()
    assert sorted(d["worker"] for (d,) in logged) == ["imap:refused/INBOX", "imap:silent/INBOX"]
    assert statuses == ["done"]
    assert sent and set(sent) == {"sent"} and len(sink.messages) == len(sent)  # the outbox ran
    status_log = (Path(load(config).status_log_path)).read_text(encoding="utf-8")
    assert status_log.count('"source_failed"') == 2
