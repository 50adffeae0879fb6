"""Serving the board with uvicorn: alone (`gateway web`) or beside the gateway (`gateway run`).

Why our own Server subclass: alone, uvicorn's own SIGTERM/SIGINT handling is what we want;
beside the daemon, the daemon owns the signals and stops the board with itself, so uvicorn
must not install handlers of its own.  Either way a stop also ends the live streams at once
(they would otherwise hold the graceful shutdown open).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
from collections.abc import Iterator
from typing import Any

import uvicorn
from sqlalchemy import Engine

from gateway.config import Config, Web
from gateway.web.app import build_app


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, board: Any, own_signals: bool) -> None:
        super().__init__(config)
        self.board = board
        self.own_signals = own_signals

    def handle_exit(self, sig: int, frame: Any) -> None:
        self.board.stopping.set()
        super().handle_exit(sig, frame)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """Alone: SIGTERM/SIGINT stop the board and the process exits 0 (uvicorn's own would
        raise the signal again on the way out); beside the daemon: its handlers stand."""
        if not self.own_signals:
            yield
            return
        before = {sig: signal.signal(sig, self.handle_exit) for sig in (signal.SIGINT,
                                                                        signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in before.items():
                signal.signal(sig, handler)

    def stop(self) -> None:
        self.board.stopping.set()
        self.should_exit = True


def make_server(cfg: Config, engine: Engine, listen: str | None = None, *,
                today: dt.date | None = None, own_signals: bool = True) -> _Server:
    web = cfg.web or Web()
    host, port = Web(listen=listen).host_port if listen else web.host_port
    app = build_app(cfg, engine, today=today)
    tls = bool(web.tls_certificate and web.tls_key)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="on",
                            timeout_graceful_shutdown=3, proxy_headers=False,
                            ssl_certfile=str(cfg._resolve(web.tls_certificate)) if tls else None,
                            ssl_keyfile=str(cfg._resolve(web.tls_key)) if tls else None)
    return _Server(config, app.state.board, own_signals)
