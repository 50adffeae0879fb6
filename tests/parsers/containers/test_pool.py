"""The worker pool every reader runs in: warm workers reused, overruns killed with their own
error code and replaced, nested readers in workers of their own; and the 90 MB DOCX."""

from __future__ import annotations

import dataclasses
import os

import pytest

from parsers import pool
from parsers.api import parse_document
from parsers.registry import DocumentRejected, ParseLimits
from tests.parsers.containers import builders as b
from tests.parsers.containers import jobs

LIMITS = ParseLimits()


def test_a_warm_worker_is_reused_and_is_not_this_process() -> None:
    first = pool.in_worker(jobs.pid, limits=LIMITS)
    second = pool.in_worker(jobs.pid, limits=LIMITS)
    assert first == second != os.getpid()


def test_an_overrun_is_too_slow_and_the_worker_is_replaced() -> None:
    limits = dataclasses.replace(LIMITS, seconds_per_document=1.0)
    pool.close()  # no idle workers: the next job gets the one that answered `before`
    before = pool.in_worker(jobs.pid, limits=limits)
    with pytest.raises(DocumentRejected) as caught:
        pool.in_worker(jobs.sleep, 30, limits=limits)
    assert caught.value.code == "too_slow"
    with pytest.raises(ProcessLookupError):
        os.kill(before, 0)  # the worker that hung was killed
    after = pool.in_worker(jobs.pid, limits=limits)
    assert after != before  # and a fresh one answers
    assert pool.in_worker(jobs.sleep, 0, limits=limits) == "woke"


def test_memory_over_the_limit_is_memory_limit() -> None:
    limits = dataclasses.replace(LIMITS, worker_memory_mb=300)
    with pytest.raises(DocumentRejected) as caught:
        pool.in_worker(jobs.allocate, 600, limits=limits)
    assert caught.value.code == "memory_limit"
    assert pool.in_worker(jobs.allocate, 10, limits=limits) == 10 * 1024 * 1024


def test_a_worker_that_dies_is_reported_and_replaced() -> None:
    with pytest.raises(DocumentRejected) as caught:
        pool.in_worker(jobs.die, limits=LIMITS)
    assert caught.value.code == "worker_died"
    assert pool.in_worker(jobs.sleep, 0, limits=LIMITS) == "woke"


def test_a_delegating_job_gets_its_readers_run_in_other_workers() -> None:
    outer, inner = pool.in_worker(jobs.nested_pids, LIMITS, limits=LIMITS, delegate=True)
    assert outer != inner and os.getpid() not in (outer, inner)
    # a reader's own helper runs where the reader is
    outer, inner = pool.in_worker(jobs.nested_pids, LIMITS, limits=LIMITS)
    assert outer == inner


def test_a_nested_readers_time_is_its_own() -> None:
    limits = dataclasses.replace(LIMITS, seconds_per_document=1.5)
    # the nested reader takes 1 s of its own 1.5 s; the job's own 1.5 s do not count it
    assert pool.in_worker(jobs.nested_sleep, limits, 1.0, limits=limits, delegate=True) \
        == "woke"
    with pytest.raises(DocumentRejected) as caught:
        pool.in_worker(jobs.nested_sleep, limits, 30, limits=limits, delegate=True)
    assert caught.value.code == "too_slow"


def test_a_message_of_many_slow_documents_is_bounded_as_a_whole() -> None:
    limits = dataclasses.replace(LIMITS, seconds_per_document=0.5)
    # each nested reader keeps within its own 0.5 s; together they may take 5 x 0.5 s
    out = pool.in_worker(jobs.many_nested_sleeps, limits, 10, 0.4, limits=limits,
                         delegate=True)
    assert "woke" in out and out[-1] == "too_slow"


def test_a_docx_of_90_mb_unpacked_is_read_within_the_limits_or_refused() -> None:
    data = b.big_docx()
    assert len(data) < LIMITS.attachment_bytes  # it passes the size and ratio checks
    limits = dataclasses.replace(LIMITS, seconds_per_document=15.0)
    result = parse_document(data, "big.docx", limits)
    if result.documents:
        assert result.errors == []
    else:
        assert [e.code for e in result.errors] in (["memory_limit"], ["too_slow"])
    # and the next document is read as usual
    assert parse_document(b.FORM, "form.docx").documents[0].kind == "appendix1_form"
