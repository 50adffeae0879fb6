"""The watchdog: each source (an IMAP folder, the e-document folder, the outbox, the clock) with
when it last worked, judged `ok` or `degraded`; an outage logged once and mailed once to the
operators' address, and its recovery too.

Why from the database: every instance reports its rounds to `source_health`
(gateway.runtime.health), so any instance (or `gateway status`) sees the same picture, and the
"told once" mark is a compare-and-set on that table: two boards watching together send one mail.
A source is degraded when it has not completed a round for longer than its interval allows
(ALLOWANCE rounds, at least MIN_SILENCE seconds); the outbox also when letters wait well past
their time (nobody sends, or every attempt fails).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select, update

from gateway.config import Config
from gateway.store.dbclock import db_now
from gateway.store.schema import outbox, source_health

log = logging.getLogger(__name__)

ALLOWANCE = 3  # rounds a source may miss
MIN_SILENCE = 180.0  # seconds: an idle IMAP wait, a slow round, a restart
OUTBOX_LATE = dt.timedelta(minutes=15)  # a letter due this long ago and still unsent


@dataclass
class Check:
    name: str
    status: str  # ok | degraded
    last_ok_at: dt.datetime | None
    detail: str  # in English, for /healthz and `gateway status`
    # the same for the board, as (label, fields) pairs it words in the operator's language
    said: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"status": self.status, "last_worked": self.last_ok_at.isoformat()
                if self.last_ok_at else None, "detail": self.detail}


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


def expected(cfg: Config) -> dict[str, float]:
    """Every source this configuration runs, with the seconds between its rounds."""
    out: dict[str, float] = {}
    for account in cfg.imap:
        for folder in account.folders:
            out[f"imap:{account.name}/{folder}"] = 25.0 if account.idle else account.poll_seconds
    out["edoc"] = cfg.edoc.poll_seconds
    out["outbox"] = 2.0
    out["clock"] = 60.0
    return out


def checks(engine: Engine, cfg: Config, now: dt.datetime | None = None) -> list[Check]:
    """Each source's state now (raises when the database cannot be read)."""
    with engine.connect() as conn:
        now = now or db_now(conn)  # the clock the sources' times were written by
        rows = {r["name"]: dict(r) for r in conn.execute(select(source_health)).mappings()}
        late = int(conn.execute(select(func.count()).select_from(outbox)
                                .where(outbox.c.status.in_(("pending", "unknown")))
                                .where(outbox.c.next_attempt_at < now - OUTBOX_LATE))
                   .scalar_one())
    out = []
    for name, interval in expected(cfg).items():
        row = rows.get(name, {})
        ok_at = _aware(row.get("last_ok_at"))
        err_at = _aware(row.get("last_error_at"))
        allowed = max(MIN_SILENCE, ALLOWANCE * interval)
        silent = (now - ok_at).total_seconds() if ok_at else None
        status, detail = "ok", ""
        said: list[tuple[str, dict[str, Any]]] = []
        if ok_at is None:
            status, detail = "degraded", "has never completed a round"
            said.append(("check_never", {}))
        elif silent is not None and silent > allowed:
            status = "degraded"
            detail = f"no round completed for {int(silent)} s (allowed {int(allowed)} s)"
            said.append(("check_silent", {"s": int(silent), "allowed": int(allowed)}))
        if status == "degraded" and err_at and (ok_at is None or err_at > ok_at):
            detail += f"; last error: {row.get('last_error')}"
            said.append(("check_error", {"error": row.get("last_error")}))
        if name == "outbox" and late:
            status = "degraded"
            minutes = int(OUTBOX_LATE.total_seconds() // 60)
            detail = (detail + "; " if detail else "") + \
                f"{late} letter(s) waiting more than {minutes} min past their time"
            said.append(("check_late", {"n": late, "minutes": minutes}))
        out.append(Check(name, status, ok_at, detail, said))
    return out


def overall(found: list[Check]) -> str:
    return "degraded" if any(c.status == "degraded" for c in found) else "ok"


def watch(engine: Engine, cfg: Config, now: dt.datetime | None = None) -> list[Check]:
    """Judge every source; for each that went down or came back since the last look, one
    event in the status log and (with `[web] alert_address`) one mail through the outbox."""
    from gateway.delivery.outbox import queue_message
    from gateway.runtime.health import ensure
    from gateway.runtime.statuslog import record

    found = checks(engine, cfg, now)
    address = cfg.web.alert_address if cfg.web else ""
    for c in found:
        down = c.status == "degraded"
        if c.last_ok_at is None and not down:
            continue
        if c.last_ok_at is None:
            ensure(engine, c.name)  # a row to mark, for a source never seen working
        with engine.begin() as conn:
            changed = conn.execute(update(source_health).where(source_health.c.name == c.name)
                                   .where(source_health.c.alerted == (not down))
                                   .values(alerted=down)).rowcount
            if not changed:
                continue
            record(conn, cfg, kind="watchdog_degraded" if down else "watchdog_recovered",
                   data={"source": c.name, "detail": c.detail},
                   summary=(f"Сторож: источник {c.name} не работает: {c.detail}" if down
                            else f"Сторож: источник {c.name} снова работает"))
            if address:
                try:
                    with conn.begin_nested():
                        queue_message(conn, cfg, kind="watchdog", composer="watchdog",
                                      to=[address], language="ru",
                                      context={"source": c.name, "state": c.status,
                                               "detail": c.detail or "—"})
                except Exception as exc:  # the event stands; the mail is the extra
                    log.warning("watchdog mail for %s not queued: %s", c.name, exc)
    return found
