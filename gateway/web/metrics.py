"""`GET /metrics`: the gateway's numbers in Prometheus' text format, names beginning `ekc_`.

Why computed at scrape time from the database: several instances share one store, so any of
them answers with the whole gateway's figures, and nothing is lost when a process restarts.
Parse seconds by format are not measured by processing yet, so they are not invented here.
"""

from __future__ import annotations

import datetime as dt

from prometheus_client import CollectorRegistry, Gauge, generate_latest
from sqlalchemy import Engine, func, select

from gateway.calendar import local_today
from gateway.config import Config
from gateway.runtime import leases
from gateway.store.schema import inbound, outbox
from gateway.web import queries
from gateway.web.watchdog import checks


def render(engine: Engine, cfg: Config, today: dt.date | None = None) -> bytes:
    reg = CollectorRegistry()
    received = Gauge("ekc_messages_in", "Inbound messages stored, per source",
                     ["source"], registry=reg)
    by_status = Gauge("ekc_messages_in_by_status", "Inbound messages per processing status",
                      ["status"], registry=reg)
    processed = Gauge("ekc_messages_processed", "Inbound messages processed", registry=reg)
    quarantined = Gauge("ekc_messages_quarantined", "Inbound messages waiting in quarantine",
                        registry=reg)
    sent = Gauge("ekc_outbox_sent", "Outbound messages delivered", registry=reg)
    failed = Gauge("ekc_outbox_failed", "Outbound messages that failed", registry=reg)
    waiting = Gauge("ekc_outbox_waiting", "Outbound messages waiting", registry=reg)
    overdue = Gauge("ekc_deadlines_overdue", "Cases with an open step past its due date",
                    registry=reg)
    alive = Gauge("ekc_instances_alive", "Gateway instances with a recent heartbeat",
                  registry=reg)
    source_up = Gauge("ekc_source_up", "1 when the source works, 0 when degraded", ["source"],
                      registry=reg)
    with engine.connect() as conn:
        for source, n in conn.execute(select(inbound.c.source, func.count())
                                      .group_by(inbound.c.source)):
            received.labels(source=source).set(n)
        statuses = queries.counts(conn, inbound)
        outs = queries.counts(conn, outbox)
        overdue.set(queries.overdue_count(conn, today or local_today(cfg.timezone)))
    for status, n in statuses.items():
        by_status.labels(status=status).set(n)
    processed.set(sum(n for s, n in statuses.items() if s in ("done", "duplicate", "rejected")))
    quarantined.set(statuses.get("quarantined", 0))
    sent.set(outs.get("sent", 0))
    failed.set(outs.get("failed", 0))
    waiting.set(outs.get("pending", 0) + outs.get("unknown", 0))
    alive.set(sum(1 for i in leases.alive_instances(engine) if i["alive"]))
    for c in checks(engine, cfg, dt.datetime.now(dt.UTC)):
        source_up.labels(source=c.name).set(1 if c.status == "ok" else 0)
    return generate_latest(reg)
