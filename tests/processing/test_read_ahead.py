"""The next batch is claimed and read (parsed in the reader pool) while the current one is
written, and given back with it when the write fails (gateway.processing.worker._Reader)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import gateway.processing.worker as processing
from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import CLAIM_BATCH, process_pending
from gateway.store.schema import inbound
from tests.processing.conftest import letter


def _store(engine, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [commit_inbound(engine, origin_key=f"smtp:r{i}", source="smtp",
                           raw=letter("kanc@minjust.gov.kz", f"Письмо {i}", "Текст.",
                                      msgid=f"<r{i}@minjust.gov.kz>"))[0] for i in range(n)]


def test_the_next_batch_is_read_while_this_one_is_written(gw, monkeypatch):
    cfg, engine = gw
    _store(engine, 2 * CLAIM_BATCH + 1)
    seen: list[tuple[str, str]] = []
    parse, write = processing.parse_messages, processing._batch

    def parsing(messages, limits=None):  # type: ignore[no-untyped-def]
        seen.append(("read", messages[0][1]))
        return parse(messages, limits)

    def writing(engine_, cfg_, rows, *args):  # type: ignore[no-untyped-def]
        write(engine_, cfg_, rows, *args)
        seen.append(("written", f"inbound {rows[0]['id']}"))

    monkeypatch.setattr(processing, "parse_messages", parsing)
    monkeypatch.setattr(processing, "_batch", writing)
    stats = process_pending(engine, cfg)
    assert stats.processed == 2 * CLAIM_BATCH + 1, stats
    firsts = [name for what, name in seen if what == "written"]
    assert len(firsts) == 3
    # batch 2 was read before batch 1 was written, batch 3 before batch 2
    assert seen.index(("read", firsts[1])) < seen.index(("written", firsts[0]))
    assert seen.index(("read", firsts[2])) < seen.index(("written", firsts[1]))


def test_a_failed_write_gives_back_the_batch_read_ahead_too(gw, monkeypatch):
    cfg, engine = gw
    ids = _store(engine, CLAIM_BATCH + 3)

    def lost(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise ConnectionError("the database went away")

    monkeypatch.setattr(processing, "_batch", lost)
    with pytest.raises(ConnectionError):
        process_pending(engine, cfg, instance="a")
    with engine.connect() as conn:
        held = dict(conn.execute(select(inbound.c.id, inbound.c.claimed_by)).all())
    assert all(held[i] is None for i in ids)
    monkeypatch.undo()
    assert process_pending(engine, cfg, instance="b").processed == CLAIM_BATCH + 3
