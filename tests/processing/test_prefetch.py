"""A batch's first look-ups are made once for the whole batch (gateway.processing.prefetch):
the rows' status, operators' releases, the senders' agencies, the agencies of the cases the
subjects' tags name.  Counted by the statements sent
to the database while a batch of letters from one agency is processed; the outcome is the same
as one look-up per message.  SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import event

from gateway.processing.worker import CLAIM_BATCH, process_pending
from tests.processing.test_batches import CASE, _status, _store


def _statements(engine, run):  # type: ignore[no-untyped-def]
    sent: list[str] = []

    def seen(conn, cursor, statement, *_):  # type: ignore[no-untyped-def]
        sent.append(" ".join(statement.split()).lower())

    event.listen(engine, "before_cursor_execute", seen)
    try:
        result = run()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return result, sent


def test_a_batch_looks_up_its_senders_and_rows_once(gw):
    cfg, engine = gw
    ids = _store(engine, CLAIM_BATCH)  # one batch, every letter from kanc@minjust.gov.kz
    stats, sent = _statements(engine, lambda: process_pending(engine, cfg))
    assert stats.done == CLAIM_BATCH
    assert _status(engine, ids) == dict.fromkeys(ids, "done")
    by_address = [s for s in sent if "from agencies join agency_addresses" in s]
    releases = [s for s in sent if s.startswith("select events.inbound_id, events.data")]
    status = [s for s in sent if s.startswith("select inbound.id, inbound.status")]
    assert len(by_address) == 1, by_address  # one sender, one look-up
    assert len(releases) == 1 and len(status) == 1
    tagged = [s for s in sent if s.startswith("select cases.id, cases.agency_id from cases")]
    assert len(tagged) == 1, tagged  # one case named by every subject's tag, one look-up
    assert stats.cases == {CASE}
    one_by_one = ("select inbound.status from inbound", "select events.data, events.case_id",
                  "select cases.agency_id from cases")
    assert not [s for s in sent if s.startswith(one_by_one)]
