"""Soak: many letters, two `gateway run` instances sharing PostgreSQL with their clocks ten
minutes apart (libfaketime), one of them SIGKILLed and restarted again and again; every
delivery counted per (Message-ID, recipient) at an aiosmtpd sink.

Not part of the test run (minutes long): run it by hand or in a nightly job.

    .venv/bin/python benchmarks/soak_instances.py [--letters 10000] [--kills 10]
        [--skew +10m] [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/test]

It prints the counts and exits 1 when a letter never arrived or when a letter arrived twice
more often than there were kills (a SIGKILL between a letter's final dot and its record may
send that one letter again, under its own Message-ID; nothing else may).
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from aiosmtpd.controller import Controller

    from gateway.store import make_engine
    from tests.daemon.two_instances import (
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
    from tests.fixtures.dovecot import free_port
    from tests.fixtures.faketime import libfaketime, skewed
    from tests.fixtures.smtp import RecordingHandler

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--letters", type=int, default=10_000)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--skew", default="+10m", help="the second instance's clock offset")
    ap.add_argument("--database-url", default=PG_ADMIN_URL)
    ap.add_argument("--seed", type=int, default=26)
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
        root = Path(tmp) / "gw"
        config = write_sender_config(root, sink.port, batch_size=50)
        engine = make_engine(url)
        fill_outbox(engine, root, args.letters)
        envs = [base_env(url), skewed(base_env(url), args.skew, library)]
        procs = [start(config, env) for env in envs]
        kills = 0
        try:
            for k in range(args.kills):
                goal = args.letters * (k + 1) // (args.kills + 1)
                wait_until(lambda goal=goal: len(handler.messages) >= goal, 600)
                time.sleep(rnd.uniform(0.0, 1.0))
                victim = rnd.randrange(2)
                procs[victim].send_signal(signal.SIGKILL)
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
            engine.dispose()
            sink.stop()
    count = deliveries(handler.messages)
    letters_seen = {mid for mid, _ in count}
    repeated = {k: n for k, n in count.items() if n > 1}
    twice_letters = {mid for mid, _ in repeated}
    elapsed = time.monotonic() - started
    print(f"letters {args.letters}, kills {kills}, skew {args.skew}, {elapsed:.0f} s")
    print(f"delivered messages {len(handler.messages)}, letters arrived {len(letters_seen)}, "
          f"unsent in the outbox {left}, all sent: {finished}")
    print(f"(Message-ID, recipient) pairs {len(count)}, repeated {len(repeated)} "
          f"(letters {len(twice_letters)})")
    ok = len(letters_seen) == args.letters and left == 0 and len(twice_letters) <= kills
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
