"""Two `gateway run` instances sharing PostgreSQL, one with its clock set back an hour
(libfaketime): every letter reaches the relay once per recipient.

Before claims were judged by the database's clock, the instance whose clock was ahead saw the
other's fresh claims as lapsed and sent the same letters again (56-93 duplicates of 200)."""

from __future__ import annotations

import time

import pytest

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
@pytest.mark.parametrize("offset", ["-1h", "+10m"])
def test_skewed_clocks_deliver_each_letter_once(offset, skewed_clock, smtp_server, pg_url,
                                                tmp_path):
    sink = smtp_server()
    slow_sink(sink)
    root = tmp_path / "gw"
    config = write_sender_config(root, sink.port)
    engine = make_engine(pg_url)
    fill_outbox(engine, root, LETTERS)
    env = base_env(pg_url)
    procs = [start(config, env), start(config, skewed_clock(env, offset))]
    try:
        assert wait_until(lambda: unsent(engine) == 0, 180), "the letters were not all sent"
        time.sleep(3)  # a second sending of a letter already marked sent would land now
    finally:
        stop(procs)
        engine.dispose()
    count = deliveries(sink.messages)
    assert len(count) == LETTERS * 2  # every letter, to both recipients
    twice = {k: n for k, n in count.items() if n > 1}
    assert not twice, f"{len(twice)} deliveries repeated, e.g. {next(iter(twice.items()))}"
