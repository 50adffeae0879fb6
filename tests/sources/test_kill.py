"""SIGKILL the ingesting process at random points over a few hundred messages in a real Dovecot,
restart it, and show every message committed exactly once (none missing, none twice) and every
one flagged only after it was stored."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from gateway.store.schema import inbound, mailbox_state

N = 300
KILLS = 5
ROOT = Path(__file__).resolve().parents[2]


def letter(n: int) -> bytes:
    msgid = f"Message-ID: <k{n}@minjust.gov.kz>\r\n" if n % 10 else ""  # some have none
    return (f"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: letter {n}\r\n"
            f"{msgid}\r\nbody {n}\r\n").encode()


def stored(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(inbound)).scalar()


def child(db_url: str, dovecot, *extra: str) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sources.ingest_child", db_url, str(dovecot.port),
         dovecot.user, dovecot.password, "INBOX", *extra],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def test_sigkill_at_random_points_commits_each_message_once(dovecot, db_url, db_engine):
    with dovecot.client() as c:
        for n in range(N):
            c.append("INBOX", letter(n))
    seed = int(os.environ.get("EKC_KILL_SEED", random.randrange(1 << 30)))
    targets = sorted(random.Random(seed).sample(range(1, N), KILLS))
    killed_at = []
    for target in targets:  # kill once at least `target` messages are stored
        proc = child(db_url, dovecot)
        guard = time.monotonic() + 120  # a hang guard, not a timing assertion
        while stored(db_engine) < target and proc.poll() is None:
            assert time.monotonic() < guard, f"ingest stalled or lost messages (seed {seed})"
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()[-2000:]
        killed_at.append(stored(db_engine))
    final = child(db_url, dovecot, "--drain")
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err.decode()[-2000:]

    with db_engine.connect() as conn:
        rows = conn.execute(select(inbound.c.origin_key, inbound.c.subject,
                                   inbound.c.status)).all()
        last_uid = conn.execute(select(mailbox_state.c.last_uid)).scalar()
    subjects = sorted(r.subject for r in rows)
    assert len(rows) == N, f"seed {seed}, killed at {killed_at}"
    assert subjects == sorted(f"letter {n}" for n in range(N))  # none missing, none twice
    assert {r.status for r in rows} == {"pending"}  # no duplicate deliveries were invented
    with dovecot.client() as c:
        c.select_folder("INBOX")
        uids = c.search()
        flags = c.get_flags(uids)
    assert last_uid == max(uids)
    assert all(b"$EkcProcessed" in f and b"\\Seen" not in f for f in flags.values())
