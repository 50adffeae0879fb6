"""Shared by the multi-instance tests and the soak: an outbox full of letters on a PostgreSQL
schema, a configuration for `gateway run` instances that only send, and the count of what an
aiosmtpd sink received per (Message-ID, recipient)."""

from __future__ import annotations

import asyncio
import collections
import email
import os
import signal
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import Engine, func, select, update

from gateway.config import Config
from gateway.delivery.outbox import queue_message
from gateway.store.migrate import upgrade
from gateway.store.schema import outbox
from tests.daemon.test_crash import GATEWAY

RECIPIENTS = ["kanc@minjust.gov.kz", "gosuslugi@minjust.gov.kz"]


def write_sender_config(root: Path, relay_port: int, batch_size: int = 20,
                        journal: str = "") -> Path:
    """A configuration with no sources: the instances only process and send (`journal`: a
    `[journal]` section's lines)."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "gateway.toml"
    config.write_text(f'data_dir = "data"\n\n[smtp_relay]\nhost = "127.0.0.1"\n'
                      f"port = {relay_port}\ntimeout_seconds = 10\nbatch_size = {batch_size}\n"
                      f'\n[edoc]\nroot = "data/edoc"\npoll_seconds = 5\n'
                      + (f"\n[journal]\n{journal}\n" if journal else ""))
    return config


def fill_outbox(engine: Engine, root: Path, letters: int, start: int = 0) -> None:
    """`letters` letters to RECIPIENTS, due since two hours ago (due on every instance's
    clock, skewed or not)."""
    upgrade(engine)
    cfg = Config(data_dir=str(root / "data"))
    with engine.begin() as conn:
        for n in range(start, start + letters):
            queue_message(conn, cfg, kind="reminder", composer="report", to=RECIPIENTS,
                          context={"month_text": "май", "rows": n, "recipient_line": "x"})
        conn.execute(update(outbox).values(next_attempt_at=func.now() - func.make_interval(
            0, 0, 0, 0, 2)))


def unsent(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox)
                                .where(outbox.c.status != "sent")).scalar() or 0)


def deliveries(messages: Iterable[tuple[list[str], bytes]], ignore: str = ""
               ) -> collections.Counter[tuple[str, str]]:
    """How often each (Message-ID, recipient) reached the sink (but the `ignore` address: a
    journal)."""
    count: collections.Counter[tuple[str, str]] = collections.Counter()
    for rcpts, raw in messages:
        mid = str(email.message_from_bytes(raw)["Message-ID"])
        for rcpt in rcpts:
            if rcpt.lower() != ignore.lower():
                count[(mid, rcpt.lower())] += 1
    return count


def slow_sink(server, seconds: float = 0.02) -> None:  # type: ignore[no-untyped-def]
    """Make an aiosmtpd sink (tests.fixtures.smtp) take `seconds` per message, so a batch is
    still on the wire while the other instance looks at its claims."""
    handle = server.handler.handle_DATA

    async def slow(smtp, session, envelope):  # type: ignore[no-untyped-def]
        await asyncio.sleep(seconds)
        return await handle(smtp, session, envelope)

    server.handler.handle_DATA = slow


def start(config: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """`gateway run`; its warnings go to `<config folder>/run.log` (never to a pipe
    nobody reads, which would stall it once full)."""
    log = (config.parent / "run.log").open("ab")
    try:
        return subprocess.Popen([GATEWAY, "--config", str(config), "run"], env=env,
                                stdout=subprocess.DEVNULL, stderr=log)
    finally:
        log.close()  # the child has its own copy


def stop(procs: Iterable[subprocess.Popen[bytes]]) -> None:
    procs = list(procs)
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def wait_until(predicate: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def base_env(pg_url: str) -> dict[str, str]:
    return {**os.environ, "EKC_GATEWAY_DATABASE_URL": pg_url}
