"""A local SMTP sink: accepts everything and keeps each message as a .eml file.

Why: `make run` and `gateway demo` show what the gateway sends without a real relay; a newcomer
opens the files (or `gateway outbox`) to read the requests and reminders as agencies would.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

from aiosmtpd.controller import Controller


class FolderHandler:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self._n = itertools.count(1)
        self.received: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        data = envelope.original_content or b""
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.folder / f"{stamp}-{os.getpid()}-{next(self._n):05d}.eml"
        path.write_bytes(data)
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), data))
        return "250 2.0.0 Kept"


class SinkServer:
    def __init__(self, folder: Path, host: str = "127.0.0.1", port: int = 2526) -> None:
        self.handler = FolderHandler(folder)
        self.controller = Controller(self.handler, hostname=host, port=port, ready_timeout=10,
                                     decode_data=False)

    @property
    def port(self) -> int:
        return self.controller.port

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
