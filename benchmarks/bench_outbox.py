"""Outbox drain rate (messages/s into an aiosmtpd sink) as a ratio to plain smtplib sending the
same stored messages over one connection, in the same run.  The aim is a ratio of at least 0.7.

Why this baseline: plain smtplib over one connection is the floor of sending at all; what the
outbox adds is claiming rows, per-recipient bookkeeping and two commits per message: a
durable mark before its final dot and the relay's answer right after it, so a crash leaves at
most one letter in doubt, and says which (gateway.delivery.doubt).
The sink runs in its own process (as a relay would), and the two are measured in alternating
rounds so machine load hits both alike; the best round of each and the median of the rounds'
ratios are printed.  On a loaded machine the sink and the sender take turns on the processors
rather than overlapping, so the sender's own CPU time per letter is printed beside it (this
process's, the sink's not counted), and on SQLite the statements and commits per letter (what
SQLite itself ran, BEGIN and COMMIT included).

    .venv/bin/python benchmarks/bench_outbox.py [--messages 300] [--rounds 5] [--database-url URL]
"""

from __future__ import annotations

import argparse
import contextlib
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import line  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _sink(port: int) -> subprocess.Popen[bytes]:
    """aiosmtpd with its Sink handler (accepts and discards), in a child process."""
    proc = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c",
                             "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"])
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.recv(100)
            return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the aiosmtpd sink did not start")


def drain(messages: int, rounds: int, database_url: str) -> float:
    from sqlalchemy import select, update

    from gateway.config import Config, SmtpRelay
    from gateway.delivery.outbox import now, queue_message
    from gateway.delivery.sending import deliver_due
    from gateway.store import make_engine, repo
    from gateway.store.migrate import upgrade
    from gateway.store.schema import outbox
    from tests.fixtures.db import throwaway_schema

    tmp = Path(tempfile.mkdtemp())
    port = _free_port()
    schema = contextlib.ExitStack()  # PostgreSQL: a schema of the benchmark's own
    if database_url.startswith("postgresql"):
        database_url = schema.enter_context(throwaway_schema(database_url, "bench"))
    cfg = Config(data_dir=str(tmp), database_url=database_url,
                 smtp_relay=SmtpRelay(port=port, batch_size=messages))
    sink = _sink(port)
    engine = make_engine(cfg.db_url)
    plain_rates, our_rates = [], []
    plain_cpu, our_cpu = [], []
    ran = {"statements": 0, "commits": 0}
    try:
        upgrade(engine)
        to = ["a@b.kz"]
        with engine.begin() as conn:
            for n in range(messages):
                queue_message(conn, cfg, kind="reminder", composer="report", to=to,
                              context={"month_text": "май", "rows": n, "recipient_line": "x"})
        with engine.connect() as conn:
            raws = [repo.get_blob(conn, d) or b"" for d in conn.execute(select(outbox.c.sha256))
                    .scalars()]
        if engine.dialect.name == "sqlite":
            _count_statements(engine, ran)
        for _ in range(rounds):
            t, c = time.perf_counter(), time.process_time()
            with smtplib.SMTP("127.0.0.1", port) as s:
                for raw in raws:
                    s.sendmail(cfg.sender_address, to, raw)
            plain_rates.append(messages / (time.perf_counter() - t))
            plain_cpu.append((time.process_time() - c) / messages)
            with engine.begin() as conn:  # every row due again, as if just queued
                conn.execute(update(outbox).values(
                    status="pending", recipients={a: "pending" for a in to}, attempts=0,
                    next_attempt_at=now(), claimed_by=None, claimed_until=None))
            ran.update(statements=0, commits=0)
            t, c = time.perf_counter(), time.process_time()
            stats = deliver_due(engine, cfg)
            our_rates.append(messages / (time.perf_counter() - t))
            our_cpu.append((time.process_time() - c) / messages)
            assert stats.sent == messages, stats
    finally:
        sink.terminate()
        sink.wait()
        engine.dispose()
        schema.close()
    ratios = [o / p for o, p in zip(our_rates, plain_rates, strict=True)]
    kind = database_url.split(":", 1)[0] if database_url else "sqlite"
    line(f"outbox drain, {messages} msgs, {kind}, best", max(our_rates), "msg/s",
         max(plain_rates), "plain smtplib")
    median = statistics.median(ratios)
    print(f"{'  median of ' + str(rounds) + ' paired rounds':<44} {median:10.2f} ratio "
          f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)})")
    line("  sender's CPU per letter, median", 1000 * statistics.median(our_cpu), "ms",
         1000 * statistics.median(plain_cpu), "plain smtplib")
    if ran["statements"]:
        print(f"{'  SQL statements / commits per letter':<44} "
              f"{ran['statements'] / messages:10.2f} / {ran['commits'] / messages:.2f}")
    return median


def _count_statements(engine: Any, ran: dict[str, int]) -> None:
    """Count what SQLite runs on every connection from now on (its trace callback sees
    every statement, whichever way it was sent)."""
    from sqlalchemy import event

    def traced(sql: str) -> None:
        ran["statements"] += 1
        if sql.strip().upper().startswith(("COMMIT", "END")):
            ran["commits"] += 1

    @event.listens_for(engine, "connect")
    def _trace(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.set_trace_callback(traced)

    engine.dispose()  # the pooled connections are opened again, traced


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--database-url", default="", help="default: SQLite in a temporary folder")
    args = ap.parse_args()
    drain(args.messages, args.rounds, args.database_url)
