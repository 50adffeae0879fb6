"""The outbox's window of doubt, measured: for each letter, when its final dot left, when the
relay's 250 came back and when the outcome was committed -- and so what share of the sender's
time a SIGKILL would leave a letter the relay took but the database does not know was sent.

Why: a kill in that window sends the letter again (or, with the dot recorded, leaves it in
doubt for the journal to settle).  The soak's repeats say how often; this says why.

    .venv/bin/python benchmarks/outbox_window.py [--letters 600] [--database-url URL]
        [--relay-ms 0]

One process, the real sender (gateway.delivery.sending.deliver_due) against an aiosmtpd sink
and PostgreSQL; the clock is time.monotonic.  Prints, per letter, the medians of dot->250 and
250->committed, and the window's share of the pass (the chance that a kill at a random moment
finds a letter in it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import smtplib
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from aiosmtpd.controller import Controller

    import outbound.smtp as smtp_mod
    from gateway.config import Config, SmtpRelay
    from gateway.delivery import sending
    from gateway.store import make_engine
    from tests.daemon.two_instances import fill_outbox
    from tests.fixtures.db import PG_ADMIN_URL, throwaway_schema
    from tests.fixtures.dovecot import free_port, start_dovecot
    from tests.fixtures.smtp import RecordingHandler

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--letters", type=int, default=600)
    ap.add_argument("--database-url", default=PG_ADMIN_URL)
    ap.add_argument("--relay-ms", type=float, default=0.0, help="the relay's time per message")
    ap.add_argument("--journal", action="store_true",
                    help="a Dovecot journal the sink files each copy in before its 250")
    args = ap.parse_args()

    handler = RecordingHandler()
    if args.relay_ms:
        plain = handler.handle_DATA

        async def slow(server: Any, session: Any, envelope: Any) -> Any:
            await asyncio.sleep(args.relay_ms / 1000)
            return await plain(server, session, envelope)

        handler.handle_DATA = slow  # type: ignore[method-assign]
    sink = Controller(handler, hostname="127.0.0.1", port=free_port(), decode_data=False,
                      ready_timeout=10)
    sink.start()
    marks: dict[str, list[float]] = {"dot": [], "250": [], "committed": []}
    send_plain = smtplib.SMTP.send

    def send(self: smtplib.SMTP, s: Any) -> None:
        if isinstance(s, bytes) and s.endswith(b"\r\n.\r\n"):
            marks["dot"].append(time.monotonic())
        send_plain(self, s)

    data_plain = smtp_mod._data

    def data(*a: Any, **k: Any) -> Any:
        result = data_plain(*a, **k)
        marks["250"].append(time.monotonic())
        return result

    if hasattr(sending, "_Settler"):  # the pipelined sender (before #26's last bar)
        class Timed(set[int]):
            def add(self, item: int) -> None:
                marks["committed"].append(time.monotonic())
                super().add(item)

        settler_init = sending._Settler.__init__

        def init(self: Any, *a: Any, **k: Any) -> None:
            settler_init(self, *a, **k)
            self.recorded = Timed()

        sending._Settler.__init__ = init
    else:
        settle_plain = sending._Recorder.settle

        def settle(self: Any, item: Any) -> None:
            settle_plain(self, item)
            marks["committed"].append(time.monotonic())

        sending._Recorder.settle = settle  # type: ignore[method-assign]

    smtplib.SMTP.send = send  # type: ignore[method-assign]
    smtp_mod._data = data
    try:
        with throwaway_schema(args.database_url, "window") as url, \
                tempfile.TemporaryDirectory(prefix="ekc-window-") as tmp:
            engine = make_engine(url)
            fill_outbox(engine, Path(tmp), args.letters)
            cfg = Config(data_dir=tmp, smtp_relay=SmtpRelay(port=sink.port, batch_size=50))
            if args.journal:
                from gateway.config import Journal

                Path(tmp).chmod(0o755)
                dovecot = start_dovecot(Path(tmp) / "dovecot")
                handler.journal_to(dovecot, "journal@ekc.example.kz")
                os.environ["EKC_WINDOW_JOURNAL_PW"] = dovecot.password
                cfg = cfg.model_copy(update={"journal": Journal(
                    address="journal@ekc.example.kz", port=dovecot.port,
                    password_env="EKC_WINDOW_JOURNAL_PW")})
            started = time.monotonic()
            while sum(1 for _ in marks["committed"]) < args.letters:
                if not sending.deliver_due(engine, cfg, "window").attempted:
                    break
            elapsed = time.monotonic() - started
            engine.dispose()
            if args.journal:
                dovecot.stop()
    finally:
        sink.stop()
    dots, oks, done = marks["dot"], marks["250"], marks["committed"]
    n = min(len(dots), len(oks), len(done))
    to_250 = [oks[i] - dots[i] for i in range(n)]
    to_commit = [done[i] - oks[i] for i in range(n)]
    window = sum(done[i] - dots[i] for i in range(n))
    ms = 1000.0
    print(f"letters {n} in {elapsed:.1f} s ({n / elapsed:.0f}/s; relay {args.relay_ms:g} ms"
          f"{', journal' if args.journal else ''})")
    print(f"median dot->250 {statistics.median(to_250) * ms:.2f} ms, "
          f"250->committed {statistics.median(to_commit) * ms:.2f} ms "
          f"(p95 {sorted(to_commit)[int(n * 0.95)] * ms:.2f} ms), "
          f"letter every {elapsed / n * ms:.2f} ms")
    print(f"window dot->committed: {window / elapsed:.1%} of the pass "
          f"(dot->250 {sum(to_250) / elapsed:.1%}, 250->committed "
          f"{sum(to_commit) / elapsed:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
