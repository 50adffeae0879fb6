"""The poller's reading of server answers, with plain values (no server needed)."""

from __future__ import annotations

import datetime as dt

import pytest

from gateway.intake.imap_data import (
    FolderStatus,
    batches,
    fetched_messages,
    folder_status,
    plan_scan,
)


@pytest.mark.parametrize("value", [None, 0, -5, b"", b"abc", "x", True, 1.5j])
def test_unusable_uidvalidity_means_nothing_to_ingest(value):
    status = folder_status({b"UIDVALIDITY": value, b"UIDNEXT": 7})
    assert status.uidvalidity is None
    with pytest.raises(ValueError):
        plan_scan(status, None, "all")


def test_uidvalidity_as_bytes_or_int():
    assert folder_status({b"UIDVALIDITY": b"42", b"UIDNEXT": 9}) == FolderStatus(42, 9)
    assert folder_status({b"UIDVALIDITY": 42}) == FolderStatus(42, None)


def test_plan_scan():
    s = FolderStatus(uidvalidity=5, uidnext=101)
    assert plan_scan(s, None, "all").after == 0
    now = plan_scan(s, None, "now")
    assert (now.after, now.remember_only) == (100, True)
    assert plan_scan(FolderStatus(5, None), None, "now", highest_uid=77).after == 77
    assert plan_scan(s, (5, 60), "now") .after == 60  # "now" only matters on first sight
    renumbered = plan_scan(s, (4, 60), "all")
    assert (renumbered.after, renumbered.rescan) == (0, True)


def test_fetched_messages_skips_what_vanished():
    when = dt.datetime(2026, 11, 20, 10, 0)
    found, vanished = fetched_messages(
        {1: {b"BODY[]": b"a", b"INTERNALDATE": when}, 3: {b"FLAGS": ()}, 9: {b"BODY[]": b"z"}},
        [1, 2, 3])
    assert [m.uid for m in found] == [1] and vanished == [2, 3]
    assert found[0].received_at is not None and found[0].received_at.tzinfo is not None


def test_batches_by_count_and_size():
    sizes = {u: {b"RFC822.SIZE": 10} for u in range(1, 8)}
    sizes[4] = {b"RFC822.SIZE": 1000}
    assert batches(list(range(1, 8)), sizes, 3, 100) == [[1, 2, 3], [4], [5, 6, 7]]
    assert batches([1, 2], {}, 50, 100) == [[1, 2]]
    assert batches([], {}, 50, 100) == []
