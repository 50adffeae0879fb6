"""A process that only runs the IMAP poller, for the SIGKILL test (tests/sources/test_kill.py).

    python -m tests.sources.ingest_child DB_URL PORT USER PASSWORD FOLDER [--drain]

Without --drain it polls until killed; with it, it exits at the first poll that finds nothing
new.
"""

from __future__ import annotations

import argparse

from gateway.config import Imap
from gateway.intake.imap import MailboxPoller
from gateway.store import make_engine


def main() -> None:
    ap = argparse.ArgumentParser()
    for name in ("db_url", "port", "user", "password", "folder"):
        ap.add_argument(name)
    ap.add_argument("--drain", action="store_true")
    args = ap.parse_args()
    engine = make_engine(args.db_url)
    account = Imap(name="kill", port=int(args.port), username=args.user, password_env="",
                   timeout_seconds=10, folders=[args.folder])
    poller = MailboxPoller(account, args.folder, engine, password=args.password, batch=7)
    while True:
        if poller.poll_once().new == 0 and args.drain:
            break
    poller.close()


if __name__ == "__main__":
    main()
