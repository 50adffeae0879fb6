"""Soak: many letters, two `gateway run` instances sharing PostgreSQL with their clocks ten
minutes apart (libfaketime), one of them SIGKILLed and restarted again and again; every
delivery counted per (Message-ID, recipient) at an aiosmtpd sink, which files each letter's
journal copy in a real Dovecot (the instances' `[journal]`, how a letter in doubt is settled).

Not part of the test run (minutes long): run it by hand or in a nightly job.

    .venv/bin/python benchmarks/soak_instances.py [--letters 10000] [--kills 10]
        [--skew +10m] [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

It prints the counts (with the letters left in doubt and how the doubts were settled: a
journal copy found, or none after the grace and sent again) and exits 1 when a
(Message-ID, recipient) never arrived or arrived twice, or a letter is left in doubt.
`--no-journal` runs without the journal: a letter in doubt is then held for an operator.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from aiosmtpd.controller import Controller

    from gateway.store import make_engine
    from tests.daemon.two_instances import (
        RECIPIENTS,
        base_env,
        deliveries,
        fill_outbox,
        start,
        stop,
        unsent,
        wait_until,
        write_sender_config,
    )
    from tests.fixtures.db import PG_ADMIN_URL, throwaway_schema
    from tests.fixtures.dovecot import free_port, start_dovecot
    from tests.fixtures.faketime import libfaketime, skewed
    from tests.fixtures.smtp import RecordingHandler

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--letters", type=int, default=10_000)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--skew", default="+10m", help="the second instance's clock offset")
    ap.add_argument("--database-url", default=PG_ADMIN_URL)
    ap.add_argument("--seed", type=int, default=26)
    ap.add_argument("--grace", type=float, default=60.0,
                    help="[journal] grace_seconds (the sink files its copy before its 250)")
    ap.add_argument("--no-journal", action="store_true")
    args = ap.parse_args()
    library = libfaketime()
    if library is None:
        print("libfaketime is not installed (apt-get install faketime)", file=sys.stderr)
        return 2
    rnd = random.Random(args.seed)
    handler = RecordingHandler()
    sink = Controller(handler, hostname="127.0.0.1", port=free_port(), decode_data=False,
                      ready_timeout=10)
    sink.start()
    started = time.monotonic()
    with throwaway_schema(args.database_url, "soak") as url, \
            tempfile.TemporaryDirectory(prefix="ekc-soak-") as tmp:
        Path(tmp).chmod(0o755)  # Dovecot's unprivileged processes must reach its folder
        dovecot = None if args.no_journal else start_dovecot(Path(tmp) / "dovecot")
        journal = ""
        if dovecot is not None:
            handler.journal_to(dovecot, JOURNAL)
            journal = (f'address = "{JOURNAL}"\nport = {dovecot.port}\nusername = "journal"\n'
                       f'password_env = "EKC_SOAK_JOURNAL_PW"\ngrace_seconds = {args.grace}\n')
        root = Path(tmp) / "gw"
        config = write_sender_config(root, sink.port, batch_size=50, journal=journal)
        engine = make_engine(url)
        fill_outbox(engine, root, args.letters)
        env = {**base_env(url), "EKC_SOAK_JOURNAL_PW": dovecot.password if dovecot else ""}
        envs = [env, skewed(env, args.skew, library)]
        procs = [start(config, env) for env in envs]
        kills = 0
        kill_log: list[tuple[float, int, int]] = []
        try:
            for k in range(args.kills):
                goal = args.letters * (k + 1) // (args.kills + 1)
                wait_until(lambda goal=goal: len(handler.messages) >= goal, 600)
                time.sleep(rnd.uniform(0.0, 1.0))
                victim = rnd.randrange(2)
                procs[victim].send_signal(signal.SIGKILL)
                kill_log.append((time.monotonic() - started, victim, len(handler.messages)))
                procs[victim].wait()
                kills += 1
                procs[victim] = start(config, envs[victim])
                print(f"kill {kills}: instance {victim} at {len(handler.messages)} delivered",
                      flush=True)
            finished = wait_until(lambda: unsent(engine) == 0, 900)
            time.sleep(5)  # a second sending of a letter already marked sent would land now
        finally:
            stop(procs)
            left = unsent(engine)
            doubt = in_doubt(engine)
            engine.dispose()
            sink.stop()
            if dovecot is not None:
                dovecot.stop()
            said = (root / "run.log").read_text(errors="replace") if (root / "run.log"
                                                                       ).exists() else ""
    count = deliveries(handler.messages, ignore=JOURNAL)
    letters_seen = {mid for mid, _ in count}
    repeated = {k: n for k, n in count.items() if n > 1}
    twice_letters = {mid for mid, _ in repeated}
    elapsed = time.monotonic() - started
    print(f"letters {args.letters}, kills {kills}, skew {args.skew}, {elapsed:.0f} s")
    print(f"delivered messages {len(handler.messages)}, letters arrived {len(letters_seen)}, "
          f"unsent in the outbox {left}, all sent: {finished}")
    wanted = args.letters * len(RECIPIENTS)
    print(f"(Message-ID, recipient) pairs {len(count)} of {wanted} (lost {wanted - len(count)}),"
          f" repeated {len(repeated)} (letters {len(twice_letters)})")
    print(f"left in doubt {doubt}; settled from the journal: copy found "
          f"{said.count('its journal copy found')}, none so sent again "
          f"{said.count('no journal copy')}")
    print("kills (s, instance, delivered): " + ", ".join(f"{t:.1f}/{v}/{n}"
                                                         for t, v, n in kill_log))
    ok = len(count) == wanted and left == 0 and not repeated and doubt == 0
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


JOURNAL = "journal@ekc.example.kz"


def in_doubt(engine: Any) -> int:
    """Letters whose dot went and whose answer is not recorded (held, or waiting)."""
    from sqlalchemy import func, or_, select

    from gateway.store.schema import outbox

    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(outbox).where(
            or_(outbox.c.dot_at.is_not(None), outbox.c.status == "doubt"))).scalar_one())


if __name__ == "__main__":
    sys.exit(main())
