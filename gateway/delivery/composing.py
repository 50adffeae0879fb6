"""Composing a batch of letters a chunk at a time, in worker processes when there are many,
while the caller stores the chunk before.

Why: composing a p.4 request (its template, its Appendix 1 form, its MIME bytes) is most of
what writing one costs, and after a Registry import there are 100,000 of them; a pool of
processes (concurrent.futures, one a core but the outbox's own) composes the next chunks while
the outbox's own process stores the last one, in the same transaction.

Why a chunk is numbered only when it is handed out: a number is taken in the caller's
transaction (gateway.delivery.outbox.allocate_number) and must end up in a stored letter of
that transaction, or a crash-free run would leave gaps in our outgoing numbers.  So when the
caller's time is up no new chunk is numbered, and the chunks already numbered are composed and
given to the caller to store; nothing numbered is dropped.  `spawn` workers, not forked ones:
the gateway runs threads (the board, the workers' loops), and a fork copies their locks.  A
pool that breaks (a worker killed) costs nothing but speed: its chunks are composed here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from gateway.delivery import letters as composed_here
from gateway.delivery.letters import Letter, Order, Stationery

CHUNK = 10  # letters a task: a worker's round trip costs about one letter
AHEAD = 4  # chunks handed to the pool before the first is back

log = logging.getLogger(__name__)
_pool: ProcessPoolExecutor | None = None
_pool_size = 0


def default_workers() -> int:
    """One a core but the outbox's own, which stores the letters (its SQL is about half of a
    letter's cost): on two cores one worker; on one core none, composing in-process.  On the
    shared two-core machine two workers beside the outbox were 1.4 times slower than none."""
    return max(0, (os.cpu_count() or 1) - 1)


def pool(workers: int) -> ProcessPoolExecutor | None:
    """The process's pool of `workers` composers, started on first use; None for 0."""
    global _pool, _pool_size
    if workers <= 0 or _broken:
        return None
    if _pool is None or _pool_size != workers:
        shutdown()
        _pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        _pool_size = workers
    return _pool


def shutdown(wait: bool = False) -> None:
    """Let the pool's workers go (the backlog is written): they only hold memory.  `wait`:
    until they have exited (a benchmark counting their CPU time)."""
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _retired.append(_pool)
        _pool = None
    while wait and _retired:
        _retired.pop().shutdown(wait=True)
    if len(_retired) > 4:  # exited long ago: nothing to keep them for
        del _retired[:-4]


_retired: list[ProcessPoolExecutor] = []


def _compose(orders: list[Order], paper: Stationery) -> list[Letter]:
    # looked up at each call (a test replaces letters.compose_letter)
    return [composed_here.compose_letter(order, paper) for order in orders]


def compose_chunks(orders: list[Order], paper: Stationery,
                   numbers: Callable[[int], list[str]], *,
                   executor: ProcessPoolExecutor | None = None,
                   until: float | None = None) -> Iterator[list[Letter]]:
    """The letters of `orders`, a chunk at a time, in order.

    Each chunk is numbered (`numbers(n)`, in the caller's transaction) as it is handed out to
    be composed: by `executor` when given (AHEAD chunks in flight, so the workers compose
    while the caller stores), else here, just before it is composed.  After time.monotonic()
    passes `until`, no further chunk is handed out; every chunk that was is yielded."""
    pending: deque[tuple[Future[list[Letter]] | None, list[Order]]] = deque()
    handed = 0

    def hand_out() -> None:
        nonlocal handed
        part = orders[handed:handed + CHUNK]
        handed += len(part)
        for order, number in zip(part, numbers(len(part)), strict=True):
            order.number = number
        future = None
        if executor is not None and not _broken:
            try:
                future = executor.submit(_compose, part, paper)
            except BrokenProcessPool:
                _break()
        pending.append((future, part))

    def may_hand_out() -> bool:
        return handed < len(orders) and (until is None or time.monotonic() < until)

    if orders:
        hand_out()  # the first chunk whatever the time: a batch writes at least that
    while executor is not None and len(pending) < AHEAD and may_hand_out():
        hand_out()
    while pending:
        future, part = pending.popleft()
        done = None
        if future is not None:
            try:
                done = future.result()
            except BrokenProcessPool:  # a worker died (killed, out of memory): here instead
                _break()
        if done is None:
            done = _compose(part, paper)
        if may_hand_out():
            hand_out()  # before the caller stores this chunk: the workers keep busy
        yield done


_broken = False


def _break() -> None:
    """The pool is broken: this process composes on its own from now on (and says so)."""
    global _broken
    if not _broken:
        log.warning("composing: the pool of composing workers broke; composing in-process")
    _broken = True
    shutdown()


def left_over(orders: list[Order]) -> list[Order]:
    """The orders no chunk took (no number yet): the caller's time ran out first."""
    return [order for order in orders if not order.number]
