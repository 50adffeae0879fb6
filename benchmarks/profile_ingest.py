"""Where ingest's time goes: one pass into cases under cProfile, the time by area and the SQL
statements and commits per message (bench_ingest.py --cases-only --profile).

The areas are inclusive and overlap where one calls another (the SQL of matching is in both
"matching" and "SQL statements"); they say where to look, the wall time says what it cost.
Statements are counted as the database saw them on SQLite (its trace callback, BEGIN and
COMMIT included), and as SQLAlchemy and gateway.store.prepared sent them on PostgreSQL (its
kept statements and the savepoints it runs on the driver).
"""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.pool import Pool

# area -> (file suffix, function name) whose cumulative time it is
AREAS: list[tuple[str, str, str]] = [
    ("reading the mailbox (IMAP, inbound rows)", "gateway/intake/imap.py", "poll_once"),
    ("claims (one transaction per batch)", "gateway/runtime/leases.py", "claim"),
    ("parsing, in the reader pool (wall, waited)", "parsers/api.py", "parse_messages"),
    ("trust (headers, SPF/DKIM verdict)", "gateway/processing/worker.py", "prepare"),
    ("the batch's look-ups (prefetch)", "gateway/processing/prefetch.py", "prefetch"),
    ("one message's decisions and writes", "gateway/processing/worker.py", "process_one"),
    ("  matching (thread, case)", "gateway/processing/matcher.py", "thread_case"),
    ("  the engine (events on cases)", "gateway/engine/casework.py", "apply_to_case"),
    ("  the status log", "gateway/runtime/statuslog.py", "record"),
    ("SQL statements through SQLAlchemy", "sqlalchemy/engine/base.py", "_execute_context"),
    ("SQL statements kept prepared", "gateway/store/prepared.py", "execute"),
    ("savepoints (one per message)", "sqlalchemy/engine/base.py", "begin_nested"),
    ("commits", "sqlalchemy/engine/base.py", "_commit_impl"),
]


Hooks = tuple[Callable[[], None], Callable[[], None]]


def profiled(run: Callable[[Hooks], float], label: str, messages: int) -> None:
    """Run `run` (one pass into cases, calling the hooks it is given around its timed part)
    under cProfile and print where the timed part's time went."""
    from gateway.store import prepared

    counts = {"statements": 0, "commits": 0}

    def traced(sql: str) -> None:
        counts["statements"] += 1

    def on_connect(dbapi_conn: Any, _record: Any) -> None:
        if hasattr(dbapi_conn, "set_trace_callback"):
            dbapi_conn.set_trace_callback(traced)

    def on_execute(conn: Any, *_: Any) -> None:
        if conn.dialect.name != "sqlite":
            counts["statements"] += 1

    def on_commit(conn: Any) -> None:
        counts["commits"] += 1

    original = prepared.on_driver  # kept statements and savepoints: SQLAlchemy's events miss

    def counted(conn: Any, sql: str, args: Any = None) -> Any:
        if conn.dialect.name != "sqlite":
            counts["statements"] += 1
        return original(conn, sql, args)

    event.listen(Pool, "connect", on_connect)
    event.listen(Engine, "before_cursor_execute", on_execute)
    event.listen(Engine, "commit", on_commit)
    prepared.on_driver = counted
    profile = cProfile.Profile()
    began = [0.0]

    def start() -> None:
        counts.update(statements=0, commits=0)
        began[0] = time.perf_counter()
        profile.enable()

    def stop() -> None:
        profile.disable()
        began[0] = time.perf_counter() - began[0]

    try:
        run((start, stop))
        wall = began[0]
    finally:
        prepared.on_driver = original
        event.remove(Pool, "connect", on_connect)
        event.remove(Engine, "before_cursor_execute", on_execute)
        event.remove(Engine, "commit", on_commit)
    stats: dict[tuple[str, int, str], tuple[Any, ...]] = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    print(f"profile, into cases on {label}: {wall:.2f} s under the profiler for {messages} "
          f"messages")
    for area, suffix, name in AREAS:
        cum = sum(v[3] for (path, _, fn), v in stats.items()
                  if fn == name and path.endswith(suffix))
        print(f"  {area:<46} {cum:7.2f} s  {100 * cum / wall:5.1f} %")
    print(f"  {'SQL statements / commits per message':<46} "
          f"{counts['statements'] / messages:7.2f} / {counts['commits'] / messages:.2f}")
