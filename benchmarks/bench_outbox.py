"""Outbox drain rate into a real aiosmtpd sink, as a ratio to plain smtplib sending the same
messages over one connection in the same run; and the Appendix 2 report for 100,000 rows, DOCX
and XLSX, seconds and peak memory (a child process each), against writing the rows as CSV.

    .venv/bin/python benchmarks/bench_outbox.py [--rows 100000] [--messages 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import resource
import smtplib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import line  # noqa: E402


def drain(messages: int) -> None:
    from sqlalchemy import select

    from gateway.config import Config, SmtpRelay
    from gateway.outbox import deliver_due, queue_message
    from gateway.store import make_engine, repo
    from gateway.store.migrate import upgrade
    from gateway.store.schema import outbox
    from outbound.sink import SinkServer
    from tests.fixtures.dovecot import free_port

    tmp = Path(tempfile.mkdtemp())
    port = free_port()
    sink = SinkServer(tmp / "sent", port=port)
    sink.start()
    cfg = Config(data_dir=str(tmp), smtp_relay=SmtpRelay(port=port, batch_size=messages))
    engine = make_engine(cfg.db_url)
    upgrade(engine)
    with engine.begin() as conn:
        for n in range(messages):
            queue_message(conn, cfg, kind="reminder", composer="report", to=["a@b.kz"],
                          context={"month_text": "май", "rows": n, "recipient_line": "x"})
    with engine.connect() as conn:
        raws = [repo.get_blob(conn, d) for d in conn.execute(select(outbox.c.sha256)).scalars()]
    t = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as s:
        for raw in raws:
            s.sendmail(cfg.sender_address, ["a@b.kz"], raw)
    plain = time.perf_counter() - t
    t = time.perf_counter()
    stats = deliver_due(engine, cfg)
    ours = time.perf_counter() - t
    sink.stop()
    assert stats.sent == messages
    line(f"outbox drain ({messages} messages)", messages / ours, "msg/s", messages / plain,
         "plain smtplib")


def _report(kind: str, rows: int, out: str, queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from gateway.domain import Appeal
    from outbound.documents.appendix2 import write_docx, write_xlsx

    def gen():  # type: ignore[no-untyped-def]
        base = dt.datetime(2026, 5, 1, 9, 0)
        for n in range(rows):
            yield Appeal(received_at=base + dt.timedelta(minutes=n),
                         forum_responsible="Сейтжанова А.", region="Карагандинская область",
                         applicant=f"Заявитель {n}",
                         nature="жалоба", content="Срок оказания услуги нарушен, документы не "
                         "выданы в установленный срок", measures=f"Дан ответ, запрос № {n}",
                         standard_violation="да", staff_action="—", agency_id="mcs")

    t = time.perf_counter()
    if kind == "csv":
        import csv

        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            for a in gen():
                w.writerow([a.received_at, a.forum_responsible, a.region, a.applicant, a.nature,
                            a.content, a.measures, a.standard_violation, a.staff_action])
    elif kind == "docx":
        write_docx(Path(out), gen(), month="2026-05")
    else:
        write_xlsx(Path(out), gen(), month="2026-05")
    queue.put((time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def report(rows: int) -> None:
    ctx = mp.get_context("spawn")
    tmp = Path(tempfile.mkdtemp())
    results = {}
    for kind in ("csv", "docx", "xlsx"):
        q = ctx.Queue()
        p = ctx.Process(target=_report, args=(kind, rows, str(tmp / f"r.{kind}"), q))
        p.start()
        results[kind] = q.get()
        p.join()
    for kind in ("docx", "xlsx"):
        secs, rss = results[kind]
        line(f"Appendix 2, {rows} rows, {kind}: seconds", secs, "s", results["csv"][0],
             "plain CSV")
        line(f"Appendix 2, {rows} rows, {kind}: peak RSS", rss / 1024, "MB", results["csv"][1]
             / 1024, "plain CSV")
    total = results["docx"][0] + results["xlsx"][0]
    peak = max(results["docx"][1], results["xlsx"][1]) / 1024
    line("Appendix 2 DOCX+XLSX together: seconds", total, "s")
    line("Appendix 2 DOCX+XLSX: peak memory (one at a time)", peak, "MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--messages", type=int, default=300)
    args = ap.parse_args()
    drain(args.messages)
    report(args.rows)
