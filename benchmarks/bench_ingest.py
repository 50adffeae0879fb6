"""Ingest from a real Dovecot mailbox, measured against two baselines of the same run: raw
imapclient fetching of the same messages, and the standard library merely parsing them
(email.policy.default, the body decoded: the floor of reading mail with `email` at all).
Into committed inbound rows (the sources alone, on SQLite and PostgreSQL) and into cases
(sources + processing); IDLE latency from APPEND to inbound row committed and to case updated
(p50/p95); and (with --instances) the rate of 1, 2 and 3 `gateway run` processes on PostgreSQL
against one on SQLite.  Messages are plain letters, or a mix where one in five carries an
Appendix 1 form as a DOCX made with python-docx.

    .venv/bin/python benchmarks/bench_ingest.py [--messages 300] [--instances]
    .venv/bin/python benchmarks/bench_ingest.py --cases-only   # into cases against the stdlib
    .venv/bin/python benchmarks/bench_ingest.py --cases-only --profile   # and where it goes

`--profile` runs one more pass into cases per database under cProfile and prints the time by
area (reading the mailbox, parsing in the reader pool, trust, matching, the engine, SQL,
commits) with the statements and commits per message.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.common import line, percentile  # noqa: E402
from gateway.config import Config, Imap  # noqa: E402
from gateway.intake.imap import MailboxPoller  # noqa: E402
from gateway.processing.worker import process_pending  # noqa: E402
from gateway.records.imports import import_agencies, import_registry  # noqa: E402
from gateway.store import make_engine  # noqa: E402
from gateway.store.migrate import upgrade  # noqa: E402
from gateway.store.schema import inbound  # noqa: E402
from mappings import path  # noqa: E402
from tests.fixtures.db import throwaway_schema  # noqa: E402
from tests.fixtures.dovecot import start_dovecot  # noqa: E402
from tests.parsers.makers import RU, docx_bytes  # noqa: E402

FORM = docx_bytes([[RU, ["1", "00301138", "Регистрация рождения", "Стандарт", "Регламент", "—",
                         "www.minjust.gov.kz", "Ахметов Ерлан Серикович, специалист, "
                         "e-mail: e.akhmetov@minjust.gov.kz"]]])


def message(n: int, form: bool) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg["To"] = "ekc@example.kz"
    msg["Subject"] = f"[EKC-00301138-minjust] Письмо {n}"
    msg["Message-ID"] = f"<b{n}.{uuid.uuid4().hex[:6]}@minjust.gov.kz>"
    msg.set_content(f"Сообщаем сведения по услуге № 00301138, письмо {n}.")
    if form:
        msg.add_attachment(FORM, maintype="application", subtype="octet-stream",
                           filename="form.docx")
    return msg.as_bytes()


def fresh(db_url: str, tmp: Path, more_agencies: int = 0) -> tuple[Config, object]:
    """A migrated database with the shipped directory and registry, and `more_agencies`
    local executive bodies besides (a directory of a realistic size: the senders are looked
    up in it)."""
    from gateway.domain import Agency, AgencyKind
    from gateway.store import repo

    cfg = Config(data_dir=str(tmp), database_url=db_url)
    engine = make_engine(db_url)
    upgrade(engine)
    import_agencies(engine, cfg, path("agencies.csv"))
    import_registry(engine, cfg, path("registry.csv"))
    with engine.begin() as conn:
        for n in range(more_agencies):
            repo.upsert_agency(conn, Agency(
                agency_id=f"akimat-{n:03d}", name_ru=f"Акимат {n}", kind=AgencyKind.local,
                emails=[f"kanc@akimat{n}.gov.kz"], domains=[f"akimat{n}.gov.kz"]))
    return cfg, engine


def fill(dovecot, folder: str, count: int, form_every: int) -> None:  # type: ignore[no-untyped-def]
    with dovecot.client() as c:
        if not c.folder_exists(folder):
            c.create_folder(folder)
        for n in range(count):
            c.append(folder, message(n, bool(form_every) and n % form_every == 0))


def raw_fetch(dovecot, folder: str) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    with dovecot.client() as c:
        c.select_folder(folder, readonly=True)
        uids = c.search()
        for i in range(0, len(uids), 50):
            c.fetch(uids[i:i + 50], ["BODY.PEEK[]"])
    return time.perf_counter() - t


def folder_bytes(dovecot, folder: str) -> list[bytes]:  # type: ignore[no-untyped-def]
    with dovecot.client() as c:
        c.select_folder(folder, readonly=True)
        fetched = c.fetch(c.search(), ["BODY.PEEK[]"])
    return [data[b"BODY[]"] for data in fetched.values()]


def stdlib_parse(raws: list[bytes]) -> float:
    """Seconds for the standard library alone to read the messages as the gateway must at the
    least: parsed with email.policy.default, the body found and decoded.  No database, no
    matching: the floor of any gateway that reads mail with `email`."""
    import email
    import email.policy

    t = time.perf_counter()
    for raw in raws:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is not None:
            body.get_content()
    return time.perf_counter() - t


def ingest(dovecot, folder: str, tmp: Path, *, process: bool = True,  # type: ignore[no-untyped-def]
           db_url: str | None = None, more_agencies: int = 0,
           hooks: tuple[Callable[[], None], Callable[[], None]] | None = None) -> float:
    """Seconds to take the whole folder into inbound rows (and, with `process`, into cases);
    `hooks` run just before and after the timed part (a profiler's)."""
    cfg, engine = fresh(db_url or f"sqlite:///{tmp / 'gw.sqlite3'}", tmp, more_agencies)
    account = Imap(name="b", port=dovecot.port, username=dovecot.user, password_env="")
    poller = MailboxPoller(account, folder, engine, password=dovecot.password)
    if hooks:
        hooks[0]()
    t = time.perf_counter()
    stats = poller.poll_once()
    if process:
        process_pending(engine, cfg)
    took = time.perf_counter() - t
    if hooks:
        hooks[1]()
    poller.close()
    engine.dispose()  # type: ignore[attr-defined]
    assert stats.new > 0, "nothing was ingested"
    return took


def idle_latency(dovecot, tmp: Path, samples: int = 20  # type: ignore[no-untyped-def]
                 ) -> tuple[list[float], list[float], list[float]]:
    """Seconds from APPEND to (inbound row committed, case updated), per sample, and from the
    IDLE notification to the row committed (Dovecot itself waits a fixed 500 ms,
    NOTIFY_DELAY_MSECS, before it tells an IDLE client about a new message)."""
    cfg, engine = fresh(f"sqlite:///{tmp / 'idle.sqlite3'}", tmp)
    account = Imap(name="i", port=dovecot.port, username=dovecot.user, password_env="")
    poller = MailboxPoller(account, "Idle", engine, password=dovecot.password)
    fill(dovecot, "Idle", 0, 0)
    poller.poll_once()
    stop = threading.Event()
    woke = [0.0]  # when IDLE last reported news: the rest of the latency is ours

    def loop() -> None:
        while not stop.is_set():
            if poller.poll_once().new:
                process_pending(engine, cfg)
            elif poller.idle_wait(1.0):
                woke[0] = time.perf_counter()

    worker = threading.Thread(target=loop, daemon=True)
    worker.start()
    rows, cases, after_wake = [], [], []
    for n in range(samples):
        before = time.perf_counter()
        dovecot.append(message(10_000 + n, False), "Idle")
        stored = None
        while True:
            with engine.connect() as conn:
                if stored is None and conn.execute(select(func.count()).select_from(inbound)
                                                   ).scalar() == n + 1:
                    now = time.perf_counter()
                    stored = now - before
                    if woke[0] > before:
                        after_wake.append(now - woke[0])
                done = conn.execute(select(func.count()).select_from(inbound)
                                    .where(inbound.c.status == "done")).scalar()
            if done == n + 1:
                break
            time.sleep(0.002)
        cases.append(time.perf_counter() - before)
        rows.append(stored if stored is not None else cases[-1])
    stop.set()
    worker.join(5)
    poller.close()
    return rows, cases, after_wake


def instances(dovecot, count: int, db_url: str, tmp: Path, messages: int) -> float:  # type: ignore[no-untyped-def]
    folder = f"Inst{uuid.uuid4().hex[:6]}"
    fill(dovecot, folder, messages, 5)
    root = tmp / folder
    gw = [str(Path(sys.executable).parent / "gateway")]
    subprocess.run([*gw, "init", str(root)], check=True, capture_output=True)
    conf = root / "gateway.toml"
    conf.write_text(conf.read_text().replace("[smtp_listener]", "[edoc_unused]")
                    .replace('listen = "127.0.0.1:2525"', "").replace(
                        'recipients = ["ekc@example.kz"]', "").replace(
                        "max_message_bytes = 31457280", "").replace("timeout_seconds = 60", "")
                    .replace("[edoc_unused]", "") + f'\n[[imap]]\nname = "b"\nport = '
                    f'{dovecot.port}\nusername = "ekc"\npassword_env = "BENCH_PW"\n'
                    f'folders = ["{folder}"]\npoll_seconds = 1\n')
    env = {**os.environ, "BENCH_PW": dovecot.password, "EKC_GATEWAY_DATABASE_URL": db_url}
    for what in ("agencies", "registry"):
        subprocess.run([*gw, "--config", str(conf), what, "import",
                        str(path(f"{what}.csv"))], check=True, env=env, capture_output=True)
    engine = make_engine(db_url)
    t = time.perf_counter()
    procs = [subprocess.Popen([*gw, "--config", str(conf), "run"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for _ in range(count)]
    try:
        while True:
            with engine.connect() as conn:
                done = conn.execute(select(func.count()).select_from(inbound)
                                    .where(inbound.c.status != "pending")).scalar()
            if done >= messages:  # processed, or set aside for an operator
                break
            time.sleep(0.05)
        return time.perf_counter() - t
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(30)
        engine.dispose()


def cases_only(dovecot, folder: str, label: str, n: int, profile: bool) -> None:  # type: ignore[no-untyped-def]
    """Into cases on SQLite and PostgreSQL against the stdlib parse of the same folder (the
    goals of #24), each the best of 3; with `profile`, one more pass each under cProfile."""
    raws = folder_bytes(dovecot, folder)
    floor = min(stdlib_parse(raws) for _ in range(5))
    line(f"stdlib email parse only, {label}", n / floor, "msg/s")
    ours = min(ingest(dovecot, folder, Path(tempfile.mkdtemp())) for _ in range(3))
    line(f"into cases (SQLite), {label}", n / ours, "msg/s", n / floor, "stdlib parse")
    pgs = []
    for _ in range(3):
        with throwaway_schema(prefix="bench") as url:
            pgs.append(ingest(dovecot, folder, Path(tempfile.mkdtemp()), db_url=url))
    line(f"into cases (PostgreSQL), {label}", n / min(pgs), "msg/s", n / floor, "stdlib parse")
    if profile:
        from benchmarks.profile_ingest import profiled

        profiled(lambda h: ingest(dovecot, folder, Path(tempfile.mkdtemp()), hooks=h),
                 "SQLite", n)
        with throwaway_schema(prefix="bench") as url:
            profiled(lambda h: ingest(dovecot, folder, Path(tempfile.mkdtemp()), db_url=url,
                                      hooks=h), "PostgreSQL", n)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=300)
    ap.add_argument("--instances", action="store_true")
    ap.add_argument("--cases-only", action="store_true",
                    help="only into cases (SQLite, PostgreSQL) against the stdlib parse")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="ekc-bench-"))
    root.chmod(0o755)
    dovecot = start_dovecot(root / "dovecot")
    try:
        n = args.messages
        print(f"{n} messages per folder; ratios are to raw imapclient BODY.PEEK[] fetching of "
              "the same folder, in batches of 50, in this run")
        for label, folder, every in (("plain letters", "Plain", 0), ("mix (1 in 5 a DOCX form)",
                                                                     "Mix", 5)):
            fill(dovecot, folder, n, every)
            if args.cases_only:
                cases_only(dovecot, folder, label, n, args.profile)
                continue
            raw = min(raw_fetch(dovecot, folder) for _ in range(5))
            line(f"raw imapclient fetch, {label}", n / raw, "msg/s")
            raws = folder_bytes(dovecot, folder)
            floor = min(stdlib_parse(raws) for _ in range(5))
            line(f"stdlib email parse only, {label}", n / floor, "msg/s", n / raw, "raw")
            rows = min(ingest(dovecot, folder, Path(tempfile.mkdtemp()), process=False)
                       for _ in range(5))
            line(f"into inbound rows (SQLite), {label}", n / rows, "msg/s", n / raw, "raw")
            with throwaway_schema(prefix="bench") as url:
                pg = ingest(dovecot, folder, Path(tempfile.mkdtemp()), process=False,
                            db_url=url)
            line(f"into inbound rows (PostgreSQL), {label}", n / pg, "msg/s", n / raw, "raw")
            ours = min(ingest(dovecot, folder, Path(tempfile.mkdtemp())) for _ in range(3))
            line(f"into cases (SQLite), {label}", n / ours, "msg/s", n / raw, "raw")
            line("  the same, against the stdlib parse", n / ours, "msg/s", n / floor,
                 "stdlib parse")
            big = min(ingest(dovecot, folder, Path(tempfile.mkdtemp()), more_agencies=300)
                      for _ in range(3))
            line("  the same, 300 more agencies in the directory", n / big, "msg/s", n / ours,
                 "shipped directory")
            with throwaway_schema(prefix="bench") as url:
                pg = ingest(dovecot, folder, Path(tempfile.mkdtemp()), db_url=url)
            line(f"into cases (PostgreSQL), {label}", n / pg, "msg/s", n / raw, "raw")
            line("  the same, against the stdlib parse", n / pg, "msg/s", n / floor,
                 "stdlib parse")
        if args.cases_only:
            return
        stored, cases, ours = idle_latency(dovecot, Path(tempfile.mkdtemp()))
        line("IDLE: APPEND to inbound row committed, p50", percentile(stored, 50), "s")
        line("IDLE: APPEND to inbound row committed, p95", percentile(stored, 95), "s")
        if ours:
            line("IDLE: notification to row committed, p50", percentile(ours, 50), "s")
            line("IDLE: notification to row committed, p95", percentile(ours, 95), "s")
        line("IDLE: APPEND to case updated, p50", percentile(cases, 50), "s")
        line("IDLE: APPEND to case updated, p95", percentile(cases, 95), "s")
        if args.instances:
            base = instances(dovecot, 1, f"sqlite:///{root / 'one.sqlite3'}", root, n)
            line("1 instance on SQLite", n / base, "msg/s")
            for count in (1, 2, 3):
                with throwaway_schema(prefix="bench") as url:
                    took = instances(dovecot, count, url, root, n)
                line(f"{count} instance(s) on PostgreSQL", n / took, "msg/s", n / base,
                     "1 on SQLite")
    finally:
        dovecot.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
