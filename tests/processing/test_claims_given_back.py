"""Processing when the database fails under it: a batch that cannot be committed gives its
claims back at once (not after the 5-minute claim), and after a claim that failed -- perhaps
committed unseen, the connection cut at COMMIT -- the next pass first gives back whatever this
instance still holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

import gateway.processing.worker as processing
from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store.schema import inbound
from tests.processing.conftest import letter


def _store(engine, n: int) -> list[int]:
    return [commit_inbound(engine, origin_key=f"smtp:g{i}", source="smtp",
                           raw=letter("kanc@minjust.gov.kz", f"Письмо {i}", "Текст.",
                                      msgid=f"<g{i}@minjust.gov.kz>"))[0] for i in range(n)]


def _claims(engine) -> dict[int, str | None]:
    with engine.connect() as conn:
        return dict(conn.execute(select(inbound.c.id, inbound.c.claimed_by)).all())


def test_a_batch_that_fails_gives_its_claims_back(gw, monkeypatch):
    cfg, engine = gw
    ids = _store(engine, 3)

    def lost(*args, **kwargs):
        raise ConnectionError("the database went away")

    monkeypatch.setattr(processing, "_batch", lost)
    with pytest.raises(ConnectionError):
        process_pending(engine, cfg, instance="a")
    assert all(_claims(engine)[i] is None for i in ids)
    monkeypatch.undo()
    assert process_pending(engine, cfg, instance="b").processed == 3  # at once, elsewhere


def test_after_a_failed_claim_this_instance_gives_back_what_it_holds(gw, monkeypatch):
    cfg, engine = gw
    ids = _store(engine, 2)
    real = processing._claim

    def committed_unseen(engine_, instance, *args, **kwargs):
        real(engine_, instance, *args, **kwargs)  # the claim commits...
        raise ConnectionError("connection cut at COMMIT")  # ...but the answer is lost

    monkeypatch.setattr(processing, "_claim", committed_unseen)
    with pytest.raises(ConnectionError):
        process_pending(engine, cfg, instance="a")
    assert {_claims(engine)[i] for i in ids} == {"a"}
    monkeypatch.setattr(processing, "_claim", real)
    with engine.begin() as conn:  # another instance's claim is never touched
        conn.execute(update(inbound).where(inbound.c.id == ids[1]).values(claimed_by="b"))
    process_pending(engine, cfg, instance="a", limit=0)
    assert _claims(engine)[ids[0]] is None and _claims(engine)[ids[1]] == "b"
