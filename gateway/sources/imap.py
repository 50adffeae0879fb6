"""An IMAP mailbox folder, polled (or woken by IDLE) and committed exactly once.

Why this order: a message is fetched with BODY.PEEK[] (never marking it read), stored (raw bytes
and an inbound row keyed imap:<account>/<folder>:<UIDVALIDITY>:<UID>, committed), and only then
flagged $EkcProcessed or moved (UID MOVE); the folder's position (UIDVALIDITY, last UID) is
saved last.  A crash between any two steps repeats work whose result is already stored, never
loses a message.  Nothing is deleted.  A changed UIDVALIDITY means the server renumbered the
folder: it is scanned again, and bytes already stored from it are recognised by their SHA-256.
A server without a readable UIDVALIDITY ingests nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import socket
import sys
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError
from sqlalchemy import Engine, insert, select, update
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from gateway.config import Imap
from gateway.inbound import commit_inbound, known_digest
from gateway.store.schema import mailbox_state

log = logging.getLogger(__name__)
BATCH = 50
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
                 password: str | None = None) -> None:
        self.account = account
        self.folder = folder
        self.engine = engine
        self.password = password if password is not None else account.password()
        self.name = f"{account.name}/{folder}"
        self._client: IMAPClient | None = None

    # -- connection ---------------------------------------------------------------------

    @retry(retry=retry_if_exception_type(CONNECT_ERRORS), stop=stop_after_attempt(4),
           wait=wait_exponential(multiplier=0.5, max=8), reraise=True)
    def _connect(self) -> IMAPClient:
        a = self.account
        client = IMAPClient(a.host, port=a.port, ssl=a.ssl, timeout=a.timeout_seconds)
        client.login(a.username, self.password)
        return client

    def _select(self) -> tuple[IMAPClient, dict[bytes, object]]:
        if self._client is None:
            self._client = self._connect()
        try:
            return self._client, self._client.select_folder(self.folder)
        except CONNECT_ERRORS:
            self.close()
            self._client = self._connect()
            return self._client, self._client.select_folder(self.folder)

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):  # the connection may already be gone
                self._client.logout()
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
        try:
            return self._poll()
        except CONNECT_ERRORS:
            self.close()  # the next call reconnects (the daemon backs off meanwhile)
            raise

    def _poll(self) -> PollStats:
        client, info = self._select()
        validity = info.get(b"UIDVALIDITY")
        if not isinstance(validity, int) or validity <= 0:
            raise MailboxError(f"{self.name}: the server gave no usable UIDVALIDITY "
                               f"({validity!r}); nothing is ingested")
        state = self._state()
        rescan = state is not None and state[0] != validity
        if state is None and self.account.start == "now":
            uidnext = info.get(b"UIDNEXT")
            start_at = int(uidnext) - 1 if isinstance(uidnext, int) else \
                max(client.search(["ALL"]) or [0])
            self._save(validity, start_at)
            return PollStats()
        last = 0 if (state is None or rescan) else state[1]
        if rescan:
            log.warning("%s: UIDVALIDITY changed %s -> %s; rescanning", self.name, state[0],
                        validity)
        uids = sorted(u for u in client.search(["UID", f"{last + 1}:*"]) if u > last)
        stats = PollStats()
        with _progress(len(uids), self.name) as advance:
            for start in range(0, len(uids), BATCH):
                batch = uids[start:start + BATCH]
                fetched = client.fetch(batch, ["BODY.PEEK[]", "INTERNALDATE"])
                stored = []
                for uid in batch:
                    item = fetched.get(uid) or {}
                    raw = item.get(b"BODY[]")
                    if raw is None:
                        stats.vanished += 1  # expunged between SEARCH and FETCH
                        continue
                    prefix = f"imap:{self.name}:"
                    if rescan and known_digest(self.engine, hashlib.sha256(raw).hexdigest(),
                                               prefix):
                        stats.seen += 1
                        stored.append(uid)
                        continue
                    _, new = commit_inbound(self.engine, origin_key=f"{prefix}{validity}:{uid}",
                                            source="imap", raw=raw,
                                            received_at=_received(item.get(b"INTERNALDATE")),
                                            meta={"mailbox": self.name, "uid": uid})
                    stats.new += new
                    stats.seen += not new
                    stored.append(uid)
                    advance(1)
                self._mark(client, stored)
                self._save(validity, batch[-1])
        if rescan or not uids:
            self._save(validity, max([last, *uids]) if uids else last)
        return stats

    def _mark(self, client: IMAPClient, uids: list[int]) -> None:
        if not uids:
            return
        if self.account.move_to:
            if not client.folder_exists(self.account.move_to):
                client.create_folder(self.account.move_to)
            client.move(uids, self.account.move_to)  # UID MOVE; never a plain EXPUNGE
        else:
            client.add_flags(uids, [self.account.processed_flag.encode()])

    def idle_wait(self, timeout: float) -> bool:
        """Wait in IDLE up to `timeout` seconds; True when the server announced something."""
        client, _ = self._select()
        if b"IDLE" not in client.capabilities():
            return False
        client.idle()
        try:
            responses = client.idle_check(timeout=timeout)
        finally:
            client.idle_done()
        return bool(responses)


def _received(internal: object) -> dt.datetime | None:
    """INTERNALDATE: when the mailbox received the message (imapclient gives it naive, in
    local time unless normalised); the deadlines count from it."""
    if not isinstance(internal, dt.datetime):
        return None
    return internal if internal.tzinfo else internal.astimezone()


class _progress:
    """A rich progress bar for a backfill on a terminal; nothing otherwise."""

    def __init__(self, total: int, name: str) -> None:
        self.total, self.name, self.bar = total, name, None

    def __enter__(self):  # type: ignore[no-untyped-def]
        if self.total >= 100 and sys.stderr.isatty():
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.bar.start()
            task = self.bar.add_task(f"backfill {self.name}", total=self.total)
            return lambda n: self.bar.advance(task, n)  # type: ignore[union-attr]
        return lambda n: None

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
