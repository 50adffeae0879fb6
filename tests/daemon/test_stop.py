"""SIGTERM is answered whatever a worker is doing (issue #16): the daemon's processing is stuck
in a parse that never ends (a child process whose parser is patched), SIGTERM still stops it,
and the message is redone, once, after the restart.  The guard is pytest-timeout, not a clock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from gateway.config import load
from gateway.store import make_engine
from gateway.store.schema import events, inbound
from tests.daemon.test_crash import GATEWAY, letter, write_config


def slow_letter() -> bytes:
    return letter(1).replace(b"Message-ID: <c1@", b"X-Test-Slow: yes\r\nMessage-ID: <slow@")


@pytest.mark.timeout(180)
def test_sigterm_stops_a_daemon_stuck_in_a_parse_and_nothing_is_lost(dovecot, smtp_server,
                                                                     tmp_path):
    sink = smtp_server()
    config = write_config(tmp_path / "gw", dovecot.port, sink.port)
    env = {**os.environ, "EKC_TEST_IMAP_PW": dovecot.password}
    base = [GATEWAY, "--config", str(config)]
    for what, path in (("agencies", "mappings/agencies.csv"),
                       ("registry", "mappings/registry.csv")):
        subprocess.run([*base, what, "import", path], check=True, env=env, capture_output=True)
    with dovecot.client() as c:
        c.append("INBOX", slow_letter())
        c.append("INBOX", letter(2))
    marker = tmp_path / "parsing"
    proc = subprocess.Popen([sys.executable, "-m", "tests.daemon.slow_child", str(marker),
                             "--config", str(config), "run"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        while not marker.exists():  # until processing is stuck in the parse
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        err = proc.communicate()[1]  # returns only once the daemon has exited
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "left unfinished" in err and "processing" in err and "Traceback" not in err
    engine = make_engine(load(config).db_url)
    with engine.connect() as conn:  # the stuck message was left as it was: nothing lost
        assert conn.execute(select(inbound.c.status)
                            .where(inbound.c.message_id == "<slow@minjust.gov.kz>")
                            ).scalar() == "pending"
    # the restart, with the real parser: both messages processed, each once
    done = subprocess.run([*base, "run", "--once"], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with engine.connect() as conn:
        statuses = list(conn.execute(select(inbound.c.status)).scalars())
        per = dict(conn.execute(select(events.c.inbound_id, func.count())
                                .where(events.c.kind == "message_processed")
                                .group_by(events.c.inbound_id)).all())
    engine.dispose()
    assert statuses == ["done", "done"] and sorted(per.values()) == [1, 1]
