"""Every reader of untrusted bytes runs here: in a warm worker process with a wall-clock limit
and an address-space limit (RLIMIT_AS), killed and replaced when it overruns.

Why a pool: a DOCX that passes every size and ratio check can still take gigabytes and minutes
(90 MB of tiny runs), a PDF can loop its parser, a header can make `email` quadratic; none of
that may stall or swell the gateway.  Starting a process per document cost most of a 1-page
PDF's half second, so workers are forked once from a forkserver that has the readers imported
(PRELOAD) and kept for the next document.

Nesting: a job running in a worker (a whole message, an archive) that needs a reader asks the
parent over its pipe (`in_worker` there sends a "call"); the parent runs that reader in another
worker with its own limits and answers.  So each document has its own budget, and the message's
own budget counts only the message's own work.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
import resource
import threading
import time
from collections.abc import Callable, Iterator
from multiprocessing import spawn
from typing import Any

from parsers.registry import FORMAT_MODULES, DocumentRejected, ParseLimits

# Modules the fork server imports once, so each worker starts with every reader loaded.
PRELOAD = ["parsers.mime", "parsers.api", *FORMAT_MODULES, "pdfplumber",
           "pdfminer.pdfdocument", "openpyxl", "lxml.etree"]
IDLE_WORKERS = 2  # the machine's cores; more idle workers only hold memory
TASKS_PER_WORKER = 200  # then a fresh one: fragmentation and caches never pile up
SLICE = 0.25  # seconds between looks at the pipe, so signals are handled promptly
# a message's own time plus all its documents' may take this many times the per-document limit
# (20 s: 100 s), so a message of many slow attachments cannot hold the processor for hours
DELEGATED_TIMES = 5
# a worker whose address space is past this share of its limit after a job is replaced
RETIRE_SHARE = 0.75

_conn_to_parent: Any = None  # set in a worker: where nested calls go
_delegate = False  # in a worker: the current job's nested readers go to workers of their own


def _limit_memory(memory_mb: int) -> None:
    """The soft RLIMIT_AS only: a converter the reader starts (LibreOffice, Tesseract) inherits
    it and may raise its own up to the hard limit, which stays as it was."""
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = memory_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _swollen(memory_mb: int) -> bool:
    """True when the worker's address space is past RETIRE_SHARE of its limit after a job:
    freed arrays and a library's mappings (OpenCV's, pypdfium2's) stay in it, and the next
    document would fail for memory the last one used."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return False
    return pages * resource.getpagesize() > RETIRE_SHARE * memory_mb * 1024 * 1024


def _answer(fn: Callable[..., Any], args: tuple[Any, ...], memory_mb: int) -> tuple[str, Any]:
    try:
        return "ok", fn(*args)
    except DocumentRejected as exc:
        return "rejected", (exc.code, exc.message)
    except MemoryError:
        return "rejected", ("memory_limit", f"reading needed more than {memory_mb} MB")
    except RecursionError:
        return "rejected", ("too_complex", "the file is nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - everything is reported to the parent
        return "error", f"{type(exc).__name__}: {exc}"


def _serve(conn: Any, memory_mb: int) -> None:
    """A worker's loop: run each job sent, answer, and exit after a MemoryError (its heap may
    be in any state) or when the parent goes away."""
    global _conn_to_parent, _delegate
    _conn_to_parent = conn
    _limit_memory(memory_mb)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        fn, args, _delegate = job
        status, value = _answer(fn, args, memory_mb)
        retire = _swollen(memory_mb)
        try:
            conn.send((status, value, retire))
        except MemoryError:
            conn.send(("rejected", ("memory_limit", f"the answer needed more than {memory_mb} "
                                                    "MB"), True))
        except Exception as exc:  # noqa: BLE001 - an answer that does not pickle
            conn.send(("error", f"the answer could not be sent back: {type(exc).__name__}",
                       True))
        if retire or status == "error" or (status == "rejected" and value[0] == "memory_limit"):
            break
    conn.close()
    os._exit(0)


def _preparation_without_main(name: str) -> dict[str, Any]:
    """What a worker is told of its parent, less the main module: a worker runs parsers' own
    functions only, and must not import (so run) the gateway's or a script's main again."""
    data: dict[str, Any] = _PREPARATION(name)
    data.pop("init_main_from_path", None)
    data.pop("init_main_from_name", None)
    return data


_PREPARATION = spawn.get_preparation_data
_START = threading.Lock()


class _Worker:
    def __init__(self, ctx: Any, memory_mb: int) -> None:
        self.conn, child = ctx.Pipe(duplex=True)
        self.memory_mb = memory_mb
        self.tasks = 0
        self.proc = ctx.Process(target=_serve, args=(child, memory_mb), daemon=True)
        with _START:
            spawn.get_preparation_data = _preparation_without_main
            try:
                self.proc.start()
            finally:
                spawn.get_preparation_data = _PREPARATION
        child.close()

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class _Pool:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.idle: list[_Worker] = []
        self.ctx: Any = None

    def _context(self) -> Any:
        """A forkserver: workers are forked from a small single-threaded server process, never
        from the gateway itself (forking a process with threads can deadlock the child).
        A one-shot command (see `one_shot`) with no thread of its own forks them itself."""
        if _one_shot and threading.active_count() == 1:
            global _before_fork
            if _before_fork is not None:  # once, before the first worker is forked
                prepare, _before_fork = _before_fork, None
                prepare()
                # what is loaded by now lives as long as the process: out of the collector's
                # sight, a worker's collections never touch (so copy) the pages it shares
                gc.freeze()
            return mp.get_context("fork")
        if self.ctx is None:
            self.ctx = mp.get_context("forkserver")
            self.ctx.set_forkserver_preload(PRELOAD)
        return self.ctx

    def take(self, memory_mb: int) -> _Worker:
        with self.lock:
            for n in range(len(self.idle) - 1, -1, -1):  # the last used: the warmest
                worker = self.idle[n]
                if worker.memory_mb == memory_mb and worker.proc.is_alive():
                    return self.idle.pop(n)
            ctx = self._context()
        return _Worker(ctx, memory_mb)

    def give_back(self, worker: _Worker) -> None:
        with self.lock:
            if (worker.tasks < TASKS_PER_WORKER and worker.proc.is_alive()
                    and len(self.idle) < IDLE_WORKERS):
                self.idle.append(worker)
                return
        worker.stop()

    def warm(self, memory_mb: int, count: int = 1) -> None:
        started = [self.take(memory_mb) for _ in range(count)]
        for worker in started:
            self.give_back(worker)

    def close(self) -> None:
        with self.lock:
            idle, self.idle = self.idle, []
        for worker in idle:
            worker.stop()


_pool = _Pool()
# a forked copy of this process must not use (or kill) its parent's workers
os.register_at_fork(after_in_child=lambda: _Pool.__init__(_pool))


_one_shot = False
_before_fork: Callable[[], object] | None = None


@contextlib.contextmanager
def one_shot(before_fork: Callable[[], object] | None = None) -> Iterator[None]:
    """Within: this process reads a file and exits (`gateway parse`): its workers are forked
    from it directly, with only what it has imported for this input, rather than from a fork
    server that first imports every reader (PRELOAD: most of a second, for one document).  The
    limits are the same: each job still runs in a worker of its own, killed at its time or
    memory.  The workers so forked are stopped at the end.

    `before_fork` runs once, just before the first worker is forked (never if none is): what
    both this process and its workers load (the lemmatizer's dictionaries: the reader in the
    worker, the calibration here) is then loaded once and shared, not once in each."""
    global _one_shot, _before_fork
    _one_shot, _before_fork = True, before_fork
    try:
        yield
    finally:
        _one_shot, _before_fork = False, None
        _pool.close()


def warm(limits: ParseLimits | None = None, count: int = 1) -> None:
    """Start `count` workers now (the daemon at start-up, a benchmark before timing)."""
    _pool.warm((limits or ParseLimits()).worker_memory_mb, count)


def close() -> None:
    """Stop the idle workers (tests that count processes; the daemon at exit)."""
    _pool.close()


def _nested(fn: Callable[..., Any], args: tuple[Any, ...], limits: ParseLimits) -> Any:
    """In a worker: the parent runs fn in a worker of its own and sends the answer back."""
    _conn_to_parent.send(("call", fn, args, limits))
    status, value = _conn_to_parent.recv()
    return _result(status, value)


def _result(status: str, value: Any) -> Any:
    if status == "rejected":
        raise DocumentRejected(*value)
    if status == "error":
        raise DocumentRejected("corrupt", f"the file could not be read: {value}")
    return value


def _serve_call(worker: _Worker, call: tuple[Any, ...], until: float) -> None:
    """Answer a nested call of the worker (see the module's docstring), within its own limit
    and never past `until`, the end of the whole job's time."""
    _, fn, args, limits = call
    try:
        left = until - time.monotonic()
        if left <= 0:
            raise DocumentRejected("too_slow", "the message's documents together took longer "
                                   "than its limit")
        seconds = min(limits.seconds_per_document, left)
        answer: tuple[str, Any] = ("ok", in_worker(fn, *args, limits=limits, seconds=seconds))
    except DocumentRejected as exc:
        answer = ("rejected", (exc.code, exc.message))
    worker.conn.send(answer)


def in_worker(fn: Callable[..., Any], *args: Any, limits: ParseLimits,
              seconds: float | None = None, delegate: bool = False,
              own_worker: bool = False) -> Any:
    """fn(*args) (a module-level function, picklable arguments) in a pool worker with
    `seconds` (limits.seconds_per_document by default) of wall-clock time, not counting the
    nested readers it asks for (those together: at most DELEGATED_TIMES `seconds`), and
    limits.worker_memory_mb of address space.  A hang becomes
    DocumentRejected("too_slow"), a blow-up "memory_limit", a crash "worker_died"; the worker
    is then killed and another takes its place on the next call.

    Called inside a worker, fn runs right there (a reader's own step) unless the job was
    started with `delegate` (a message, an archive) or the call asks for `own_worker` (a step
    with limits of its own: the OCR of a scanned PDF): then in a worker of its own."""
    if _conn_to_parent is not None:
        return _nested(fn, args, limits) if _delegate or own_worker else fn(*args)
    budget = limits.seconds_per_document if seconds is None else seconds
    worker = _pool.take(limits.worker_memory_mb)
    healthy = False
    try:
        worker.conn.send((fn, args, delegate))
        worker.tasks += 1
        deadline = time.monotonic() + budget
        until = deadline + budget * (DELEGATED_TIMES - 1)  # nested readers included
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise DocumentRejected("too_slow", f"reading took longer than {budget:g} s")
            if not worker.conn.poll(min(SLICE, left)):
                continue
            message = worker.conn.recv()
            if message[0] == "call":
                began = time.monotonic()
                _serve_call(worker, message, until)
                deadline += time.monotonic() - began
                continue
            status, value, retire = message
            # a fault ("error": an OpenCV allocation that failed, say) may have left the
            # worker in any state: a fresh one reads the next document
            healthy = not (retire or status == "error"
                           or (status == "rejected" and value[0] == "memory_limit"))
            return _result(status, value)
    except (EOFError, ConnectionResetError, BrokenPipeError):
        raise DocumentRejected("worker_died", "the reader stopped without an answer (over the "
                               f"{limits.worker_memory_mb} MB memory limit?)") from None
    finally:
        if healthy:
            _pool.give_back(worker)
        else:
            worker.stop()
