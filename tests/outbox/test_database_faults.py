"""The outbox when the database drops its connections (a TCP fault proxy in front of
PostgreSQL): a pass that fails gives back what it had not sent, a letter handed to the relay is
recorded before anything else may take it, and nothing is delivered twice.

Before: the letters a failed pass had claimed stayed claimed for the whole claim (5 minutes),
and the one whose outcome the cut connection lost went out twice."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from gateway.config import Config, SmtpRelay
from gateway.delivery.sending import deliver_due, pending_debts
from gateway.store import make_engine
from gateway.store.schema import outbox
from tests.daemon.two_instances import RECIPIENTS, deliveries, fill_outbox

LETTERS = 20


def rows(engine):
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(outbox).order_by(outbox.c.id)).mappings()]


@pytest.mark.postgres
def test_a_connection_cut_mid_batch_holds_nothing_and_sends_nothing_twice(
        pg_url, fault_proxy, smtp_server, tmp_path):
    proxy = fault_proxy()
    url = proxy.url(pg_url)
    engine = make_engine(url)
    fill_outbox(engine, tmp_path, LETTERS)
    sink = smtp_server()
    handle = sink.handler.handle_DATA

    async def cutting(smtp, session, envelope):  # type: ignore[no-untyped-def]
        if len(sink.messages) == 4:  # the fifth letter is here: the database goes away
            proxy.cut()
        return await handle(smtp, session, envelope)

    sink.handler.handle_DATA = cutting
    cfg = Config(data_dir=str(tmp_path / "data"), database_url=url,
                 smtp_relay=SmtpRelay(port=sink.port, batch_size=50))
    with pytest.raises(Exception):  # noqa: B017 - whatever the driver calls a lost connection
        deliver_due(engine, cfg, instance="a")
    assert proxy.cuts > 0
    assert len(sink.messages) == 5
    after = rows(engine)
    # the fifth, handed to the relay as the connection went, is recorded all the same
    assert sum(r["status"] == "sent" for r in after) == 5
    # and nothing is left claimed: the rest may go at once, from any instance
    assert [r["id"] for r in after if r["claimed_by"]] == []
    assert pending_debts(engine, "a") == (0, 0)
    stats = deliver_due(engine, cfg, instance="b")
    assert stats.sent == LETTERS - 5
    count = deliveries(sink.messages)
    assert len(count) == LETTERS * len(RECIPIENTS) and set(count.values()) == {1}
    engine.dispose()
