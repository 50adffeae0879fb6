"""Timing helpers shared by the benchmarks: best-of-N wall time, peak memory of a child."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def best(fn: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """The best per-call time in seconds over `repeat` rounds of `number` calls."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in range(number):
            fn()
        times.append((time.perf_counter() - t) / number)
    return min(times)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def line(name: str, value: float, unit: str, baseline: float | None = None,
         label: str = "") -> None:
    ratio = f"   ratio {value / baseline:6.2f} to {label}" if baseline else ""
    print(f"{name:<44} {value:10.4f} {unit}{ratio}")
