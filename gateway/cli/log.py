"""CLI: `gateway log [-f] [--json]` (the status log) and `gateway status` (the board at a glance).

Why read the status log from the database: it is the truth and works the same for several
instances on PostgreSQL; `-f` follows new rows by id, like `tail -f` on <data_dir>/status.log.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

import typer

from gateway.cli.context import CliError, iso_time, local_time, open_store, today_for

FOLLOW_WINDOW = 500  # ids looked back on in follow mode


def _human(tz: str) -> Callable[[dict[str, Any]], str]:
    """Time (local to the configured zone), case, paragraph, summary: one line per event."""
    from gateway.runtime.statuslog import utc

    zone = ZoneInfo(tz)

    def show(ev: dict[str, Any]) -> str:
        para = f"p.{ev['paragraph']}" if ev.get("paragraph") else ""
        case = ev.get("case_id") or "-"
        return f"{utc(ev['at']).astimezone(zone):%Y-%m-%d %H:%M:%S}  {case:24} {para:5} " \
               f"{ev['summary']}"

    return show


def register(app: typer.Typer) -> None:
    @app.command("log")
    def log(
        follow: bool = typer.Option(False, "--follow", "-f", help="Keep printing new events."),
        as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
        case: str | None = typer.Option(None, "--case", help="Only this case's events."),
        lines: int = typer.Option(50, "--lines", "-n", help="How many recent events first."),
        all_: bool = typer.Option(False, "--all", help="Every event from the first; with --json "
                                  "this rebuilds <data_dir>/status.log from the database."),
    ) -> None:
        """The status log: what happened, to which case, under which paragraph."""
        from sqlalchemy import func, select

        from gateway.runtime.statuslog import json_line
        from gateway.store.schema import events

        cfg, engine = open_store()
        if case:
            from gateway.store import repo

            with engine.connect() as conn:
                known = repo.get_case(conn, case) is not None or conn.execute(
                    select(events.c.id).where(events.c.case_id == case).limit(1)).first()
            if not known:
                raise CliError(f"no case {case!r} (see `gateway cases`)", exit_code=1)
        show = json_line if as_json else _human(cfg.timezone)
        base = select(events).where(events.c.case_id == case) if case else select(events)
        with engine.connect() as conn:
            # ids come from a sequence but commit in any order on PostgreSQL (a transaction that
            # took id 7 may commit after one that took 8), so follow mode looks back a window
            # of ids and skips those already there or shown
            last = conn.execute(select(func.max(events.c.id))).scalar() or 0
            shown: set[int] = set(conn.execute(
                select(events.c.id).where(events.c.id > last - FOLLOW_WINDOW)).scalars()) \
                if follow else set()
            if all_:
                q = base.order_by(events.c.id).execution_options(yield_per=1000)
            else:
                newest = base.order_by(events.c.id.desc()).limit(lines).subquery()
                q = select(newest).order_by(newest.c.id)
            for r in conn.execute(q).mappings():
                typer.echo(show(dict(r)))
                if follow:
                    shown.add(r["id"])
                last = max(last, r["id"])
        while follow:
            time.sleep(0.5)
            with engine.connect() as conn:
                q = base.where(events.c.id > last - FOLLOW_WINDOW).order_by(events.c.id)
                for r in conn.execute(q).mappings():
                    if r["id"] in shown:
                        continue
                    typer.echo(show(dict(r)))
                    shown.add(r["id"])
                    last = max(last, r["id"])
            shown = {i for i in shown if i > last - FOLLOW_WINDOW}

    @app.command("status")
    def status(
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        today: str | None = typer.Option(None, "--today", help="Judge 'overdue' on YYYY-MM-DD."),
    ) -> None:
        """Counts per state, overdue cases, quarantined mail, the outbox, instances alive."""
        from sqlalchemy import func, select

        from gateway.cli.tasks import KIND_EN, open_tasks, task_overdue
        from gateway.delivery import requests
        from gateway.runtime import leases
        from gateway.store import reading, repo
        from gateway.store.schema import events, inbound, outbox
        from gateway.web import watchdog

        cfg, engine = open_store()
        day = today_for(cfg, today)
        # read only: it answers while the gateway writes (a snapshot, never the write lock)
        with reading(), engine.connect() as conn:
            states = repo.count_cases_by_state(conn)
            # overdue: a step still open past its due date (what needs action now)
            overdue = repo.count_overdue(conn, day)
            flagged = repo.count_flagged(conn)
            inbound_counts: dict[str, int] = dict(conn.execute(
                select(inbound.c.status, func.count()).group_by(inbound.c.status)).all())
            outbox_counts: dict[str, int] = dict(conn.execute(
                select(outbox.c.status, func.count()).group_by(outbox.c.status)).all())
            # e-document packages the folder rejected (`gateway quarantine list` shows them)
            edoc_rejected = conn.execute(select(func.count()).select_from(events)
                                         .where(events.c.kind == "edoc_rejected")).scalar() or 0
            open_ = open_tasks(conn)
            to_write = requests.waiting(conn)
            alive = leases.alive_instances(engine)
            sources = {c.name: c.as_json() for c in watchdog.checks(engine, cfg)}
        tasks = [{"id": t["id"], "kind": t["kind"], "paragraph": t["paragraph"],
                  "came": t["opened_on"].isoformat(),
                  "due": t["due"].isoformat() if t["due"] else None,  # p.15: none unless asked
                  "asked_for": t["asked_for"].isoformat() if t["asked_for"] else None,
                  "agency_id": t["agency_id"], "overdue": task_overdue(t, day)} for t in open_]
        data = {
            "today": day.isoformat(),
            "cases": states,
            "cases_total": sum(states.values()),
            "overdue": overdue,
            "needs_attention": flagged,
            "inbound": inbound_counts,
            "quarantined": inbound_counts.get("quarantined", 0),
            "edoc_rejected": edoc_rejected,
            "outbox": outbox_counts,
            "requests_to_write": to_write,
            "instances": [{k: iso_time(cfg, v) if k.endswith("_at") and v else v
                           for k, v in inst.items()} for inst in alive],
            "tasks": tasks,
            # the board's watchdog, the same judgement as /healthz
            "sources": sources,
        }
        data["health"] = "degraded" if any(c["status"] != "ok" for c in data["sources"].values()) \
            else "ok"
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        typer.echo(f"EKC Gateway status on {day} ({cfg.db_url.split('@')[-1]})")
        typer.echo(f"cases: {data['cases_total']}  " + "  ".join(
            f"{k} {v}" for k, v in sorted(states.items())))
        typer.echo(f"overdue: {overdue}   needs attention: {flagged}")
        typer.echo("inbound: " + ("  ".join(f"{k} {v}" for k, v in inbound_counts.items())
                                   or "none") + f"   quarantined: {data['quarantined']}"
                   + (f"   e-doc packages rejected: {edoc_rejected}" if edoc_rejected else ""))
        later = f"   p.4 requests to write: {to_write} (by `gateway run`)" if to_write else ""
        typer.echo("outbox: " + ("  ".join(f"{k} {v}" for k, v in outbox_counts.items())
                                 or "empty") + later)
        for t in tasks:
            late = " OVERDUE" if t["overdue"] else ""
            asked = f", asked for {t['asked_for']}" if t["asked_for"] else ""
            typer.echo(f"task #{t['id']}{late}: {KIND_EN.get(t['kind'], t['kind'])}, came "
                       f"{t['came']}{asked}, due {t['due'] or '— (no term)'}"
                       + (f", agency {t['agency_id']}" if t["agency_id"] else ""))
        for inst in data["instances"]:
            state = "alive" if inst["alive"] else "silent"
            holds = ", ".join(inst["holds"]) or "nothing"
            typer.echo(f"instance {inst['name']}: {state}, holds {holds}, last work "
                       f"{local_time(cfg, inst['last_work_at'], seconds=True)}")
        typer.echo(f"health: {data['health']}")
        for name, c in data["sources"].items():
            worked = c["last_worked"] or "never"
            typer.echo(f"source {name}: {c['status']}, last worked {worked}"
                       + (f" — {c['detail']}" if c["detail"] else ""))
