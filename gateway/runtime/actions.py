"""Turning the engine's actions into effects, inside the caller's transaction.

Why a registry: the engine says *what* must happen (send the p.4 request, a reminder, an
escalation; log; tell the operator); each kind of effect is handled by the module that owns it
(status log, outbox), which registers its handler here with `@handles("send_request")`.
The caller holds one database transaction for the case change and all its effects, so a crash
leaves either both or neither (DESIGN.md: "Outbound: an outbox, not a send call").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

if TYPE_CHECKING:
    from gateway.config import Config
    from gateway.domain import Action, Case

# (conn, case, action, cfg, context) -> None; context e.g. {"inbound_id": 42, "today": date}
Handler = Callable[[Connection, "Case", Any, "Config", dict[str, Any]], None]

HANDLERS: dict[str, Handler] = {}

# modules that register handlers; imported on first use
HANDLER_MODULES: tuple[str, ...] = (
    "gateway.runtime.statuslog",
    "gateway.delivery.senders",
)


def handles(action_type: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        HANDLERS[action_type] = fn
        return fn

    return deco


def _load() -> None:
    for mod in HANDLER_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:  # a handler module not written yet
            if exc.name != mod:
                raise


def handle_actions(
    conn: Connection,
    case: Case,
    actions: Iterable[Action],
    cfg: Config,
    context: dict[str, Any] | None = None,
) -> None:
    """Apply every action's effect in `conn`'s transaction; an unknown type is a bug, loudly."""
    _load()
    ctx = context or {}
    for action in actions:
        handler = HANDLERS.get(action.type)
        if handler is None:
            raise LookupError(f"no handler registered for action {action.type!r}")
        handler(conn, case, action, cfg, ctx)
