"""SIGKILL the gateway at random points while it ingests a few hundred messages from a real
Dovecot, restart it, and show every message stored and processed exactly once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from gateway.config import load
from gateway.store import make_engine
from gateway.store.schema import events, inbound, outbox

N = 240
GATEWAY = str(Path(sys.executable).parent / "gateway")


def letter(n: int) -> bytes:
    return (f"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
            f"Subject: [EKC-00301138-minjust] Письмо {n}\r\nMessage-ID: <c{n}@minjust.gov.kz>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\nСообщаем сведения № {n}.\r\n"
            ).encode()


JOURNAL = "journal@ekc.example.kz"


def write_config(root: Path, imap_port: int, smtp_port: int, journal: bool = False) -> Path:
    """`journal`: the letters carry the journal recipient, whose copies the sink files in the
    same Dovecot (tests.fixtures.smtp), and a letter in doubt is settled from there."""
    subprocess.run([GATEWAY, "init", str(root)], check=True, capture_output=True)
    cfg = root / "gateway.toml"
    text = cfg.read_text().replace("port = 2526", f"port = {smtp_port}")
    text = text.replace("[smtp_listener]", "[unused_listener]").replace(
        'listen = "127.0.0.1:2525"', "").replace('recipients = ["ekc@example.kz"]', "")
    text = "\n".join(line for line in text.splitlines()
                     if not line.startswith(("max_message_bytes", "timeout_seconds = 60")))
    text = text.replace("[unused_listener]", "")
    text += (f'\n[[imap]]\nname = "main"\nhost = "127.0.0.1"\nport = {imap_port}\n'
             f'username = "ekc"\npassword_env = "EKC_TEST_IMAP_PW"\nfolders = ["INBOX"]\n'
             f"poll_seconds = 1\n")
    if journal:
        text += (f'\n[journal]\naddress = "{JOURNAL}"\nport = {imap_port}\n'
                 f'password_env = "EKC_TEST_IMAP_PW"\ngrace_seconds = 5\n')
    cfg.write_text(text)
    return cfg


def test_sigkill_anywhere_loses_nothing_and_doubles_nothing(dovecot, smtp_server, tmp_path):
    sink = smtp_server()
    sink.handler.journal_to(dovecot, JOURNAL)
    config = write_config(tmp_path / "gw", dovecot.port, sink.port, journal=True)
    env = {**os.environ, "EKC_TEST_IMAP_PW": dovecot.password}
    base = [GATEWAY, "--config", str(config)]
    subprocess.run([*base, "agencies", "import", "mappings/agencies.csv"], check=True, env=env,
                   capture_output=True)
    subprocess.run([*base, "registry", "import", "mappings/registry.csv"], check=True, env=env,
                   capture_output=True)
    with dovecot.client() as c:
        for n in range(N):
            c.append("INBOX", letter(n))
    rnd = random.Random(20261125)
    kills = 0
    for _ in range(8):
        proc = subprocess.Popen([*base, "run"], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(rnd.uniform(0.8, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
    # a clean finish: run passes until nothing waits
    for _ in range(5):
        done = subprocess.run([*base, "run", "--once", "--json"], env=env, capture_output=True,
                              text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    engine = make_engine(load(config).db_url)
    with engine.connect() as conn:
        origins = list(conn.execute(select(inbound.c.origin_key, inbound.c.status)))
        processed = dict(conn.execute(
            select(events.c.inbound_id, func.count()).where(events.c.kind == "message_processed")
            .group_by(events.c.inbound_id)).all())
        sent_ids = list(conn.execute(select(outbox.c.message_id, outbox.c.status)))
    assert kills == 8
    assert len(origins) == N and len({o for o, _ in origins}) == N  # each stored once
    assert {s for _, s in origins} == {"done"}  # none left behind
    assert len(processed) == N and set(processed.values()) == {1}  # each processed once
    assert all(s == "sent" for _, s in sent_ids)
    assert set(sink.message_ids()) == {m for m, _ in sent_ids}  # no new identities
    assert len(sink.message_ids()) == len(sent_ids)  # none twice: a doubt settled, not resent
