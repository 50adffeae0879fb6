"""CLI: the quality-control authority's tasks — `gateway tasks`, `gateway task done ID` (p.15)
and `gateway report explain TASK FILE` (p.16).

Why apart from the cases: these letters ask the contact centre itself for something (train the
authority's staff; explain each discrepancy between an agency's figures and ours at once), so
they are tasks for operators, shown by `gateway status` until recorded done.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import typer

from gateway.cli.context import (
    CliError,
    open_store,
    parse_day,
    read_text_file,
    today_for,
    who,
)

KIND_EN = {"training_request": "training of the authority's staff (p.15)",
           "discrepancy": "discrepancy to explain at once (p.16)"}


def task_overdue(task: dict[str, Any], day: dt.date) -> bool:
    """gateway.processing.authority.task_overdue (imported when asked: the CLI starts fast)."""
    from gateway.processing.authority import task_overdue as overdue

    return overdue(task, day)


def open_tasks(conn: Any) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from gateway.store.schema import tasks

    q = select(tasks).where(tasks.c.done_on.is_(None)).order_by(tasks.c.id)
    return [dict(r) for r in conn.execute(q).mappings()]


def _group(app: typer.Typer, name: str) -> typer.Typer:
    for group in app.registered_groups:
        if group.name == name and group.typer_instance is not None:
            return group.typer_instance
    raise RuntimeError(f"the `{name}` command group is not registered")


def _explanations(file: Path) -> list[str]:
    """One explanation per case of discrepancy: paragraphs separated by a blank line."""
    from gateway.records.manual import explanation_items

    return explanation_items(read_text_file(
        file, "one explanation per discrepancy, separated by blank lines"))


def register(app: typer.Typer) -> None:
    @app.command("tasks")
    def tasks_list(
        all_: bool = typer.Option(False, "--all", help="Done ones too."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
        today: str | None = typer.Option(None, "--today", help="Judge 'overdue' on YYYY-MM-DD."),
    ) -> None:
        """The quality-control authority's requests: trainings (p.15), discrepancies (p.16)."""
        from sqlalchemy import select

        from gateway.store.schema import tasks

        cfg, engine = open_store()
        day = today_for(cfg, today)
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(tasks).order_by(tasks.c.id))
                    .mappings()] if all_ else open_tasks(conn)
        if as_json:
            typer.echo(json.dumps([r | {"overdue": task_overdue(r, day)} for r in rows],
                                  ensure_ascii=False, indent=2, default=str))
            return
        for r in rows:
            state = f"done {r['done_on']}" if r["done_on"] else (
                "OVERDUE" if task_overdue(r, day) else "open")
            asked = f", asked for {r['asked_for']}" if r["asked_for"] else ""
            typer.echo(f"#{r['id']} {KIND_EN.get(r['kind'], r['kind'])}: {state}; came "
                       f"{r['opened_on']}{asked}, due {r['due'] or '— (no term)'}"
                       + (f", agency {r['agency_id']}" if r["agency_id"] else ""))
        if not rows:
            typer.echo("no open tasks" if not all_ else "no tasks")

    task_app = typer.Typer(help="One task of the quality-control authority.",
                           no_args_is_help=True)

    @task_app.command("done")
    def task_done(
        task_id: int = typer.Argument(..., help="The task's number, as `gateway tasks` lists it."),
        date: str | None = typer.Option(None, "--date", help="The day it was done "
                                        "(default: today)."),
        by: str | None = typer.Option(None, "--by", help="Who records it (default: the login "
                                      "name)."),
    ) -> None:
        """Record a task done (p.15: the training was held)."""
        from gateway.records.manual import ManualRefused
        from gateway.records.manual import task_done as record_done

        cfg, engine = open_store()
        day = parse_day(date, "--date") or today_for(cfg, None)
        try:
            with engine.begin() as conn:
                record_done(conn, cfg, task_id, day, who(by))
        except ManualRefused as refused:
            if refused.code == "no_task":
                raise CliError(f"no task #{task_id} (see `gateway tasks`)") from None
            if refused.code == "task_done":
                raise CliError(f"task #{task_id} was recorded done on {refused.facts['on']}"
                               ) from None
            raise CliError(f"task #{task_id} is a discrepancy: it is done by sending the "
                           f"explanation (`gateway report explain {task_id} FILE`)") from None
        typer.echo(f"task #{task_id} recorded done on {day}")

    app.add_typer(task_app, name="task")
    report_app = _group(app, "report")

    @report_app.command("explain")
    def explain(
        task_id: int = typer.Argument(..., help="The task's number, as `gateway tasks` lists it."),
        file: Path = typer.Argument(..., help="A text file with the explanation, one "
                                    "paragraph per case of discrepancy."),
        agency: str | None = typer.Option(None, "--agency", help="The agency whose figures "
                                          "differ: its id or its name, in any grammatical "
                                          "case (default: the one the notice names)."),
        month: str = typer.Option("", "--month", help="The report's month, in words or "
                                  "YYYY-MM, for the letter."),
        by: str | None = typer.Option(None, "--by", help="Who explains (default: the login "
                                      "name)."),
    ) -> None:
        """p.16: send the explanation of each discrepancy (paragraphs of FILE) to the
        quality-control authority at once, and close the task."""
        from gateway.records.manual import ManualRefused, explain_discrepancy

        items = _explanations(file)
        cfg, engine = open_store()
        day = today_for(cfg, None)
        said = {"no_task": f"no task #{task_id} (see `gateway tasks`)",
                "not_discrepancy": f"task #{task_id} is not a discrepancy notice (p.16)",
                "no_agency": "the notice names no agency the directory knows: give "
                             "--agency AGENCY_ID"}
        try:
            with engine.begin() as conn:
                outbox_id, _ = explain_discrepancy(conn, cfg, task_id, items, month, day,
                                                   agency, by=who(by))
        except ManualRefused as refused:
            if refused.code == "explained":
                raise CliError(f"task #{task_id} was explained on {refused.facts['on']}"
                               ) from None
            if refused.code == "not_sent":
                raise CliError(f"explanation not queued: {refused.facts['why']}") from None
            raise CliError(said[refused.code]) from None
        typer.echo(f"explanation of {len(items)} discrepancy case(s) queued (outbox "
                   f"#{outbox_id}); task #{task_id} done")
