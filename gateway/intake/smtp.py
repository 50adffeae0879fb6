"""The SMTP listener (aiosmtpd): `250` only after the message is committed.

Why these rules: the sending server deletes its copy when it reads 250, so the message must be
on disk first (SQLite synchronous=FULL, or PostgreSQL's commit); if storing fails the answer is
451 and the sender retries later.  Only the configured recipients are accepted (550 otherwise),
the size is limited (552), so is the number of recipients per message (452) and how often a
session may repeat a command that does no work (NOOP and the like: 421, then closed), and
data with a bare CR or LF is refused (SMTP smuggling), as is anything after a timeout.
The database commit runs in a worker thread, off the event loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
import uuid
from collections.abc import Callable

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from sqlalchemy import Engine

from gateway.config import Config
from gateway.intake.inbound import commit_inbound

log = logging.getLogger(__name__)
_BARE = re.compile(rb"\r(?!\n)|(?<!\r)\n")


class InboundHandler:
    """aiosmtpd handler: RCPT filter and DATA → commit."""

    def __init__(self, cfg: Config, engine: Engine,
                 on_commit: Callable[[], None] | None = None) -> None:
        assert cfg.smtp_listener is not None
        self.recipients = {r.lower() for r in cfg.smtp_listener.recipients}
        self.max_recipients = cfg.smtp_listener.max_recipients
        self.window = cfg.duplicate_window
        self.engine = engine
        self.on_commit = on_commit

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address.lower() not in self.recipients:
            return "550 5.1.1 No such recipient here"
        if len(envelope.rcpt_tos) >= self.max_recipients:
            return "452 4.5.3 Too many recipients"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        if _BARE.search(data):
            return "554 5.6.0 Bare CR or LF in message data refused"
        queue_id = uuid.uuid4().hex
        meta = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                "peer": str(session.peer[0]) if session.peer else None}
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(None, lambda: commit_inbound(
                self.engine, origin_key=f"smtp:{queue_id}", source="smtp", raw=data,
                received_at=dt.datetime.now(dt.UTC), meta=meta, window=self.window))
        except Exception as exc:
            log.warning("could not store an incoming message: %s", exc)
            return "451 4.3.0 Could not store the message; try again later"
        if self.on_commit is not None:
            self.on_commit()
        return f"250 2.0.0 Stored as {queue_id}"


IDLE_COMMANDS = ("NOOP", "RSET", "HELP", "VRFY", "EXPN")


def call_limits(idle: int, max_recipients: int) -> dict[str, int]:
    """aiosmtpd's per-session command limits: the commands that do no work `idle` times each,
    every other command (RCPT above all, one per recipient of every message in the session)
    generously more."""
    return {**dict.fromkeys(IDLE_COMMANDS, idle), "*": 10 * max(idle, max_recipients)}


class SmtpListener:
    """The listener with start()/stop(), like aiosmtpd's Controller (which runs it)."""

    def __init__(self, cfg: Config, engine: Engine,
                 on_commit: Callable[[], None] | None = None) -> None:
        assert cfg.smtp_listener is not None
        host, port = cfg.smtp_listener.host_port
        self.handler = InboundHandler(cfg, engine, on_commit)
        self.controller = Controller(
            self.handler, hostname=host, port=port, ready_timeout=10,
            data_size_limit=cfg.smtp_listener.max_message_bytes,
            timeout=cfg.smtp_listener.timeout_seconds, decode_data=False,
            command_call_limit=call_limits(cfg.smtp_listener.command_call_limit,
                                           cfg.smtp_listener.max_recipients),
        )

    @property
    def port(self) -> int:
        return self.controller.port

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
