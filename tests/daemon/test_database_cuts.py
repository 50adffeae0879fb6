"""Two `gateway run` instances sending through a TCP fault proxy in front of PostgreSQL that
cuts every connection every 1.5 s while the letters go out: once the database is steady, the
letters go without waiting for claims to lapse, and none reaches the relay twice (no process
crashed, so none may).

Before: the letters a failed pass had claimed waited the whole 5-minute claim, and a letter
whose outcome a cut connection lost was sent again."""

from __future__ import annotations

import time

import pytest

from gateway.delivery.sending import CLAIM_SECONDS
from gateway.store import make_engine
from tests.daemon.two_instances import (
    base_env,
    deliveries,
    fill_outbox,
    slow_sink,
    start,
    stop,
    unsent,
    wait_until,
    write_sender_config,
)

LETTERS = 200


@pytest.mark.postgres
def test_cut_connections_hold_nothing_and_send_nothing_twice(fault_proxy, smtp_server, pg_url,
                                                             tmp_path):
    sink = smtp_server()
    slow_sink(sink, 0.1)
    proxy = fault_proxy()
    root = tmp_path / "gw"
    config = write_sender_config(root, sink.port, batch_size=25)
    engine = make_engine(pg_url)  # the test's own view, not through the proxy
    fill_outbox(engine, root, LETTERS)
    env = base_env(proxy.url(pg_url))
    procs = [start(config, env), start(config, env)]
    try:
        assert wait_until(lambda: len(sink.messages) >= 5, 60), "nothing was sent"
        proxy.cut_every(1.5)
        wait_until(lambda: unsent(engine) == 0, 12)  # cutting all along
        proxy.steady()
        cut = proxy.cuts
        # well within one claim: nothing waits for a claim of a failed pass to lapse
        assert wait_until(lambda: unsent(engine) == 0, CLAIM_SECONDS / 2), (
            f"{unsent(engine)} letters still unsent")
        time.sleep(3)  # a second sending of a letter already marked sent would land now
    finally:
        stop(procs)
        engine.dispose()
    assert cut >= 10  # the database really was cut, again and again
    count = deliveries(sink.messages)
    assert len(count) == LETTERS * 2
    twice = {k: n for k, n in count.items() if n > 1}
    assert not twice, f"{len(twice)} deliveries repeated, e.g. {next(iter(twice.items()))}"
