"""Module-level jobs for the pool tests (a worker imports them by name)."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from parsers.pool import in_worker
from parsers.registry import DocumentRejected, ParseLimits


def pid() -> int:
    return os.getpid()


def sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 1024 * 1024))


def die() -> None:
    os._exit(3)


def nested_pids(limits: ParseLimits) -> tuple[int, int]:
    """(this worker's pid, the pid of the worker a nested call ran in)."""
    return os.getpid(), in_worker(pid, limits=limits)


def nested_sleep(limits: ParseLimits, seconds: float) -> str:
    """A short job of its own whose nested reader takes `seconds`."""
    return in_worker(sleep, seconds, limits=limits)


def timed(fn: Callable[..., Any], *args: Any) -> float:
    """Seconds fn(*args) takes inside the worker (for the pool benchmark)."""
    began = time.perf_counter()
    fn(*args)
    return time.perf_counter() - began


def many_nested_sleeps(limits: ParseLimits, count: int, seconds: float) -> list[str]:
    """`count` nested readers of `seconds` each, one after another; a refused one says so."""
    out = []
    for _ in range(count):
        try:
            out.append(in_worker(sleep, seconds, limits=limits))
        except DocumentRejected as exc:
            out.append(exc.code)
    return out
