"""`gateway run`: one process that runs every source, the processing step, the outbox sender and
the clock, until SIGTERM/SIGINT; `--once` does one round of each and exits.

Why a table of workers: each piece of work is the same shape — an optional lease (so several
instances share a database without doing the same work twice), an interval, and a blocking
step run in a worker thread so parsing and database I/O never stall the event loop (and the
SMTP listener, which lives on its own loop).  Stopping sets an event: every worker finishes the
step in hand (the message it is processing commits or rolls back), leases are released, and the
process exits; a SIGKILL instead leaves leases to lapse and claims to expire, and another
instance (or the restart) takes over from what was committed.

Why each step runs in a daemon thread of its own, not the default executor: SIGTERM must be
answered within seconds whatever a worker is doing.  A step still busy `stop_grace` seconds
after the signal (a parse that never ends, an IMAP server that stopped answering) is left
behind: its transaction never commits, so what it was doing is redone after the restart (the
claims of a dead local process are taken over at once), and the process exits without it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Engine

from gateway.calendar import WorkCalendar, default_calendar
from gateway.config import Config
from gateway.runtime import health, leases

log = logging.getLogger(__name__)

T = TypeVar("T")
Step = Callable[[], int]  # does one round of work; returns how much it did (0: idle)


@dataclass
class Worker:
    name: str
    step: Step
    interval: float  # seconds between rounds when idle
    lease: str | None = None  # None: every instance runs it
    close: Callable[[], None] | None = None
    busy_interval: float = 0.0  # between rounds while there is work
    once: Step | None = None  # the step for `--once`, when it differs (no waiting in IDLE)


@dataclass
class Gateway:
    cfg: Config
    engine: Engine
    instance: str
    calendar: WorkCalendar = field(default_factory=default_calendar)
    today: Callable[[], dt.date] | None = None  # the clock's date; default: today in cfg.timezone
    now: Callable[[], dt.datetime] | None = None  # the sender's clock (a simulation sets it)
    workers: list[Worker] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _wake_processing: threading.Event = field(default_factory=threading.Event)
    listener: Any = None
    failures: dict[str, str] = field(default_factory=dict)  # `--once`: step -> why it failed
    stop_grace: float = 5.0  # seconds a busy step is waited for after SIGTERM, then left behind
    abandoned: list[str] = field(default_factory=list)  # the steps left behind at the stop

    # -- building ------------------------------------------------------------------------

    def local_today(self) -> dt.date:
        if self.today is not None:
            return self.today()
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo(self.cfg.timezone)).date()

    def build(self) -> Gateway:
        """The worker table for this configuration."""
        from gateway.delivery import sending
        from gateway.processing import worker as processing
        from gateway.service import clock

        cfg, engine = self.cfg, self.engine
        self.workers = []
        for account in cfg.imap:
            for folder in account.folders:
                self.workers.append(self._imap_worker(account, folder))
        self.workers.append(self._edoc_worker())
        self.workers.append(
            Worker(
                "processing",
                lambda: processing.process_pending(
                    engine, cfg, instance=self.instance, calendar=self.calendar,
                    today=self.local_today(),
                ).processed,
                interval=1.0,
            )
        )
        self.workers.append(
            Worker(
                "outbox",
                lambda: sending.deliver_due(engine, cfg, self.instance,
                                           at=self.now() if self.now else None).attempted,
                interval=2.0,
            )
        )
        self.workers.append(
            Worker(
                "clock",
                lambda: _clock_step(clock, engine, cfg, self.local_today(), self.calendar),
                interval=60.0,
                lease="clock",
            )
        )
        return self

    def _imap_worker(self, account: Any, folder: str) -> Worker:
        from gateway.intake.imap import MailboxPoller

        poller = MailboxPoller(account, folder, self.engine, window=self.cfg.duplicate_window)
        wait = max(1.0, min(account.poll_seconds, 25.0))

        def step() -> int:
            n = poller.poll_once().new
            if n == 0 and account.idle and not self._stop.is_set():
                poller.idle_wait(wait)  # returns early when the server announces mail
                n = poller.poll_once().new
            return n

        return Worker(
            f"imap:{account.name}/{folder}",
            step,
            interval=0.0 if account.idle else account.poll_seconds,
            lease=f"imap:{account.name}/{folder}",
            close=poller.close,
            once=lambda: poller.poll_once().new,
        )

    def _edoc_worker(self) -> Worker:
        from gateway.intake.edoc import EdocInbox

        inbox = EdocInbox(self.cfg, self.engine)
        return Worker("edoc", lambda: inbox.poll_once().new, self.cfg.edoc.poll_seconds, "edoc")

    # -- running -------------------------------------------------------------------------

    def summary(self) -> list[str]:
        """What this instance watches and where it writes, for the start-up banner."""
        cfg = self.cfg
        lines = [f"instance {self.instance}", f"database {_safe_url(cfg.db_url)}"]
        for account in cfg.imap:
            lines.append(
                f"IMAP {account.name}: {account.username}@{account.host}:{account.port} "
                f"folders {', '.join(account.folders)}"
            )
        if cfg.smtp_listener:
            lines.append(f"SMTP listener {cfg.smtp_listener.listen} for "
                         f"{', '.join(cfg.smtp_listener.recipients)}")
        lines.append(f"e-document folder {cfg.edoc_root}")
        lines.append(f"outbound SMTP relay {cfg.smtp_relay.host}:{cfg.smtp_relay.port}")
        lines.append(f"status log {cfg.status_log_path}")
        return lines

    def _may_run(self, worker: Worker) -> bool:
        if worker.lease is None:
            return True
        ttl = max(30.0, worker.interval * 3)
        return leases.acquire(self.engine, worker.lease, self.instance, ttl)

    def run_once(self) -> dict[str, int]:
        """One round of everything: sources, processing until nothing waits, clock, outbox.

        Each step's failure is its own (a mailbox refusing the connection or never answering,
        the e-document folder unreadable): it goes into `self.failures` and the status log, one
        line each, and the other steps still run."""
        self.build()
        self.failures = {}
        done: dict[str, int] = {}
        try:
            for worker in self.workers:
                if worker.name in ("processing", "outbox"):
                    continue
                self._once(worker, done, functools.partial(self._source_once, worker))
            by_name = {w.name: w for w in self.workers}
            self._once(by_name["processing"], done, lambda: _drain(by_name["processing"].step))
            # deadlines first, so reminders they ask for go out in the same run
            self._once(by_name["outbox"], done, lambda: _drain(by_name["outbox"].step))
        finally:
            self._close_all()
            with contextlib.suppress(Exception):
                leases.release_all(self.engine, self.instance)
        with contextlib.suppress(Exception):
            leases.heartbeat(self.engine, self.instance, did_work=any(done.values()))
        return done

    def _source_once(self, worker: Worker) -> int | None:
        """A source's `--once` step, or None when another instance holds its lease."""
        return (worker.once or worker.step)() if self._may_run(worker) else None

    def _once(self, worker: Worker, done: dict[str, int], step: Callable[[], int | None]) -> None:
        """Run one step of `--once`; a failure is recorded (self.failures, the status log)."""
        try:
            n = step()
        except Exception as exc:  # noqa: BLE001 - one step's failure must not stop the pass
            why = " ".join(f"{type(exc).__name__}: {exc}".split())[:500]
            self.failures[worker.name] = why
            with contextlib.suppress(Exception):  # the database itself may be what failed
                health.failed(self.engine, worker.name, why)
            with contextlib.suppress(Exception):
                from gateway.runtime.statuslog import record

                with self.engine.begin() as conn:
                    record(conn, self.cfg, kind="source_failed", data={"worker": worker.name},
                           summary=f"{worker.name}: не удалось выполнить в этом проходе ({why})")
            return
        if n is not None:
            done[worker.name] = n
            if worker.name != "processing":  # the watchdog's record (runtime.health)
                with contextlib.suppress(Exception):
                    health.worked(self.engine, worker.name)

    async def run_forever(self) -> None:
        self.build()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, self.stop)
        if self.cfg.smtp_listener:
            from gateway.intake.smtp import SmtpListener

            self.listener = SmtpListener(self.cfg, self.engine, on_commit=self._wake_processing.set)
            self.listener.start()
        names = [w.name for w in self.workers]
        await _in_thread(leases.heartbeat, self.engine, self.instance, info={"workers": names})
        tasks = [asyncio.create_task(self._loop(w), name=w.name) for w in self.workers]
        tasks.append(asyncio.create_task(self._heartbeats(), name="heartbeat"))
        try:
            while not self._stop.is_set():
                await asyncio.sleep(0.2)
            _, busy = await asyncio.wait(tasks, timeout=self.stop_grace)
            for task in busy:
                task.cancel()
            self.abandoned = sorted(t.get_name() for t in busy)
            if busy:
                log.warning("stopping without waiting for %s (still busy after %.0f s; what "
                            "it was doing is redone after the restart)",
                            ", ".join(self.abandoned), self.stop_grace)
        finally:
            try:  # bounded too: a database that stopped answering must not hold the exit
                await asyncio.wait_for(_in_thread(self._shut), timeout=self.stop_grace)
            except Exception as exc:  # noqa: BLE001 - a timeout, say: leases lapse on their own
                log.warning("could not release this instance's leases (%s); they lapse",
                            type(exc).__name__)

    def _shut(self) -> None:
        if self.listener is not None:
            self.listener.stop()
        self._close_all()
        leases.release_all(self.engine, self.instance)
        leases.forget_instance(self.engine, self.instance)

    def stop(self) -> None:
        self._stop.set()
        self._wake_processing.set()

    async def _sleep(self, seconds: float, wake: threading.Event | None = None) -> None:
        end = asyncio.get_running_loop().time() + seconds
        while not self._stop.is_set() and asyncio.get_running_loop().time() < end:
            if wake is not None and wake.is_set():
                wake.clear()
                return
            await asyncio.sleep(min(0.2, seconds))

    async def _loop(self, worker: Worker) -> None:
        wake = self._wake_processing if worker.name == "processing" else None
        failures = 0
        while not self._stop.is_set():
            try:
                if not await _in_thread(self._may_run, worker):
                    await self._sleep(max(5.0, worker.interval))
                    continue
                done = await _in_thread(worker.step)
                failures = 0
                if worker.name != "processing":  # the watchdog's record (runtime.health)
                    await asyncio.to_thread(health.worked, self.engine, worker.name)
                if done:
                    if worker.name.startswith(("imap:", "edoc")):
                        self._wake_processing.set()
                    await _in_thread(leases.heartbeat, self.engine, self.instance,
                                     did_work=True)
                    await self._sleep(worker.busy_interval, wake)
                else:
                    await self._sleep(worker.interval, wake)
            except Exception as exc:  # a worker's failure is logged; the others go on
                failures += 1
                with contextlib.suppress(Exception):
                    await asyncio.to_thread(health.failed, self.engine, worker.name,
                                            f"{type(exc).__name__}: {exc}")
                delay = min(60.0, 2.0**failures)
                log.warning("%s failed (%s: %s); again in %.0f s", worker.name,
                            type(exc).__name__, exc, delay)
                await self._sleep(delay)

    async def _heartbeats(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(Exception):
                await _in_thread(leases.heartbeat, self.engine, self.instance)
            await self._sleep(5.0)

    def _close_all(self) -> None:
        for worker in self.workers:
            if worker.close is not None:
                with contextlib.suppress(Exception):
                    worker.close()


async def _in_thread(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """fn(...) in a daemon thread of its own, awaited: unlike the default executor (which
    asyncio.run joins at exit), a call stuck for ever cannot hold the process after a stop."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(ok: bool, value: Any) -> None:
        if future.done():  # cancelled meanwhile: nobody waits for it any more
            return
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)

    def run() -> None:
        try:
            outcome: tuple[bool, Any] = (True, fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting task
            outcome = (False, exc)
        with contextlib.suppress(RuntimeError):  # the loop closed: the process is leaving
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=run, name=f"step:{getattr(fn, '__name__', 'step')}",
                     daemon=True).start()
    return await future


def _clock_step(clock: Any, engine: Engine, cfg: Config, today: dt.date, cal: WorkCalendar) -> int:
    stats = clock.run_clock(engine, cfg, today, cal)
    return int(stats.actions) + (1 if stats.report_sent else 0)


def _drain(step: Step, rounds: int = 10_000) -> int:
    total = 0
    for _ in range(rounds):
        n = step()
        total += n
        if not n:
            break
    return total


def _safe_url(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}@{host}"
    return url
