"""An IMAP mailbox folder, polled (or woken by IDLE) and committed exactly once.

Why this order: a message is fetched with BODY.PEEK[] (never marking it read), stored (raw bytes
and an inbound row keyed imap:<account>/<folder>:<UIDVALIDITY>:<UID>, committed), and only then
flagged $EkcProcessed or moved (UID MOVE); the folder's position (UIDVALIDITY, last UID) is
saved last.  A crash between any two steps repeats work whose result is already stored, never
loses a message.  Nothing is deleted: without MOVE the message is copied, and removed from the
folder only by UID EXPUNGE of exactly its UID (never a plain EXPUNGE).  A changed UIDVALIDITY
means the server renumbered the folder: it is scanned again, and bytes already stored from it
are recognised by their SHA-256.  A server without a usable UIDVALIDITY ingests nothing.
Reading the server's answers lives in imap_data (pure); this module only talks.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import socket
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from imapclient import DELETED, IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import Engine, insert, select, update
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

if TYPE_CHECKING:
    from rich.progress import Progress

from gateway.config import Imap
from gateway.intake.imap_data import (
    Fetched,
    batches,
    fetched_messages,
    folder_status,
    plan_scan,
)
from gateway.intake.inbound import commit_many, known_digests
from gateway.store.schema import mailbox_state

log = logging.getLogger(__name__)
BATCH = 50  # messages per FETCH and per database transaction
BATCH_BYTES = 32 * 1024 * 1024  # and about this much message data at most
CONNECT_ERRORS = (OSError, socket.timeout, IMAPClientError)


class MailboxError(Exception):
    """The mailbox cannot be read safely now (the message says why)."""


@dataclass
class PollStats:
    new: int = 0
    seen: int = 0  # already stored (a repeat after a crash, or a rescan)
    vanished: int = 0  # expunged between SEARCH and FETCH


class MailboxPoller:
    """One folder of one account, in the user's terms: poll_once(), idle_wait(), close()."""

    def __init__(self, account: Imap, folder: str, engine: Engine,
                 password: str | None = None, batch: int = BATCH,
                 window: dt.timedelta | None = None) -> None:
        self.account = account
        self.window = window  # the same bytes again within this long: a duplicate (inbound.py)
        self.folder = folder
        self.engine = engine
        self.password = password if password is not None else account.password()
        self.name = f"{account.name}/{folder}"
        self.batch = max(1, batch)
        self._client: IMAPClient | None = None

    # -- connection ---------------------------------------------------------------------

    @retry(retry=retry_if_exception_type(CONNECT_ERRORS), stop=stop_after_attempt(4),
           wait=wait_exponential(multiplier=0.5, max=8), reraise=True)
    def _connect(self) -> IMAPClient:
        a = self.account
        client = IMAPClient(a.host, port=a.port, ssl=a.ssl, timeout=a.timeout_seconds)
        try:
            client.login(a.username, self.password)
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def _select(self) -> tuple[IMAPClient, dict[bytes, object]]:
        """The folder selected on a live connection; a dropped one is reopened (with backoff)."""
        if self._client is not None:
            try:
                return self._client, self._client.select_folder(self.folder)
            except CONNECT_ERRORS as exc:
                log.info("%s: reconnecting after %s", self.name, exc)
                self.close()
        self._client = self._connect()
        return self._client, self._client.select_folder(self.folder)

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # the connection may already be gone
                self._client.logout()
            with contextlib.suppress(Exception):
                self._client.shutdown()
            self._client = None

    # -- position -----------------------------------------------------------------------

    def _state(self) -> tuple[int | None, int] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(mailbox_state.c.uidvalidity, mailbox_state.c.last_uid)
                               .where(mailbox_state.c.mailbox == self.name)).first()
        return (row[0], int(row[1])) if row else None

    def _save(self, uidvalidity: int, last_uid: int) -> None:
        now = dt.datetime.now(dt.UTC)
        with self.engine.begin() as conn:
            done = conn.execute(update(mailbox_state).where(mailbox_state.c.mailbox == self.name)
                                .values(uidvalidity=uidvalidity, last_uid=last_uid,
                                        updated_at=now)).rowcount
            if not done:
                conn.execute(insert(mailbox_state).values(mailbox=self.name,
                                                          uidvalidity=uidvalidity,
                                                          last_uid=last_uid, updated_at=now))

    # -- work ---------------------------------------------------------------------------

    def poll_once(self) -> PollStats:
        """Store every message above the saved position; flag or move each after its commit."""
        try:
            return self._poll()
        except CONNECT_ERRORS:
            self.close()  # the next call reconnects (the daemon backs off meanwhile)
            raise

    def _poll(self) -> PollStats:
        client, info = self._select()
        status = folder_status(info)
        if status.uidvalidity is None:
            raise MailboxError(f"{self.name}: the server gave no usable UIDVALIDITY "
                               f"({info.get(b'UIDVALIDITY')!r}), so nothing is ingested")
        validity = status.uidvalidity
        saved = self._state()
        highest = 0
        if saved is None and self.account.start == "now" and status.uidnext is None:
            highest = max(client.search(["ALL"]) or [0])
        scan = plan_scan(status, saved, self.account.start, highest)
        if scan.remember_only:
            self._save(validity, scan.after)
            return PollStats()
        if scan.rescan:
            log.warning("%s: UIDVALIDITY changed %s -> %s; rescanning", self.name,
                        saved[0] if saved else None, validity)
        uids = sorted(u for u in client.search(["UID", f"{scan.after + 1}:*"]) if u > scan.after)
        prefix = f"imap:{self.name}:"
        known = known_digests(self.engine, prefix) if scan.rescan else set()
        stats = PollStats()
        sizes = client.fetch(uids, ["RFC822.SIZE"]) if uids else {}
        with _progress(len(uids), self.name) as advance:
            for batch in batches(uids, sizes, self.batch, BATCH_BYTES):
                found, vanished = fetched_messages(
                    client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"]), batch)
                stats.vanished += len(vanished)
                fresh = [m for m in found if hashlib.sha256(m.raw).hexdigest() not in known]
                stats.seen += len(found) - len(fresh)
                # the fetched batch is stored in one transaction, and only then flagged
                for _, new in commit_many(self.engine, [self._arrival(m, prefix, validity)
                                                        for m in fresh]):
                    stats.new += new
                    stats.seen += not new
                advance(len(batch))
                self._mark(client, [m.uid for m in found])
                if not scan.rescan:  # a rescan saves its position only when complete, so a
                    self._save(validity, batch[-1])  # crash in it repeats it, hash-checked
        if scan.rescan or not uids:
            self._save(validity, max([scan.after, *uids]))
        return stats

    def _arrival(self, m: Fetched, prefix: str, validity: int) -> dict[str, object]:
        return {"origin_key": f"{prefix}{validity}:{m.uid}", "source": "imap", "raw": m.raw,
                "received_at": m.received_at, "meta": {"mailbox": self.name, "uid": m.uid},
                "window": self.window}

    def _mark(self, client: IMAPClient, uids: list[int]) -> None:
        """Tell the mailbox: flag, or move (UID MOVE; else UID COPY + UID EXPUNGE of exactly
        these UIDs where UIDPLUS allows it, else copy and flag).  Never a plain EXPUNGE."""
        if not uids:
            return
        flag = self.account.processed_flag.encode()
        target = self.account.move_to
        if not target or target == self.folder:
            client.add_flags(uids, [flag], silent=True)
            return
        if not client.folder_exists(target):
            client.create_folder(target)
        caps = client.capabilities()
        if b"MOVE" in caps:
            client.move(uids, target)
            return
        client.add_flags(uids, [flag], silent=True)  # the copy carries the flag too
        client.copy(uids, target)
        if b"UIDPLUS" in caps:
            client.add_flags(uids, [DELETED], silent=True)
            client.uid_expunge(uids)

    def idle_wait(self, timeout: float) -> bool:
        """Wait in IDLE up to `timeout` seconds; True when the server announced something.
        Returns False at once where the server offers no IDLE (the caller polls instead)."""
        client, _ = self._select()
        if b"IDLE" not in client.capabilities():
            return False
        client.idle()
        try:
            responses = client.idle_check(timeout=timeout)
        finally:
            client.idle_done()
        return bool(responses)


class _progress:
    """A rich progress bar on stderr for a backfill on a terminal; nothing otherwise."""

    def __init__(self, total: int, name: str) -> None:
        self.total, self.name = total, name
        self.bar: Progress | None = None

    def __enter__(self) -> Callable[[int], None]:
        if self.total >= 100 and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress

            bar = Progress(console=Console(stderr=True), transient=True)
            self.bar = bar
            bar.start()
            task = bar.add_task(f"backfill {self.name}", total=self.total)
            return lambda n: bar.advance(task, n)
        return lambda n: None

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
