"""CLI: `gateway cases` (contracts/cli.md) and `gateway case show ID`, the case's timeline.

Why a timeline: an operator must see at a glance where a case is, what is due next, and why a
date is what it is (the count of working days and the paragraph of the Rules behind it).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import typer
from rich.console import Console
from rich.table import Table

from gateway.cli.context import CliError, open_store, today_for

if TYPE_CHECKING:
    from gateway.domain import Case

STATE_RU = {
    "registered": "внесена в Реестр",
    "requested": "запрос направлен",
    "appointed": "ответственный назначен",
    "info_received": "информация получена",
    "accepted": "протокол подписан",
    "consulting": "консультирование",
}


def where_now(case: Case, day: dt.date, language: str = "ru") -> str:
    """One line: what the case waits for, by when, and how many working days are left or late
    (the step named as people read it, in the configured language)."""
    from gateway.calendar import default_calendar
    from gateway.engine.deadlines import step_name

    open_ = sorted((d for d in case.deadlines if not d.done_on), key=lambda d: d.due)
    if not open_:
        return f"now: nothing is due; the case is {case.state} ({STATE_RU[str(case.state)]})"
    d, cal = open_[0], default_calendar()
    what = f"«{step_name(d.step, language)}» by {d.due} (p.{d.paragraph})"
    if day > d.due:
        return f"now: [red]OVERDUE[/red] {what}, {cal.working_days_between(d.due, day)} " \
               f"working day(s) late"
    left = cal.working_days_between(day, d.due)
    return f"now: waiting for {what}, " + (f"{left} working day(s) left" if left
                                           else "due today")


def signatures_of(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The verdicts on the e-signatures of the letters processed into a case (from its
    `message_processed` events), each with its one line for the operator."""
    from parsers.records import Signature

    out = []
    for ev in history:
        for data in (ev.get("data") or {}).get("signatures") or []:
            sig = Signature.model_validate(data)
            out.append(data | {"inbound_id": ev.get("inbound_id"), "line": sig.line()})
    return out


def register(app: typer.Typer) -> None:
    @app.command("cases")
    def cases(
        state_: str | None = typer.Option(None, "--state", help="Only cases in this state."),
        overdue: bool = typer.Option(False, "--overdue", help="Only cases with a passed deadline."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON (contracts/cli.md)."),
        today: str | None = typer.Option(None, "--today", help="Judge 'overdue' on YYYY-MM-DD."),
    ) -> None:
        """List cases with their deadlines."""
        from gateway.engine import case_view
        from gateway.store import repo

        cfg, engine = open_store()
        day = today_for(cfg, today)
        if state_ and state_ not in STATE_RU:
            raise CliError(f"--state must be one of {', '.join(STATE_RU)}", exit_code=2)
        with engine.connect() as conn:
            views = [case_view(c, day) for c in repo.list_cases(conn, state=state_)]
        if overdue:
            views = [v for v in views if any(d["overdue"] for d in v["deadlines"])]
        if as_json:
            typer.echo(json.dumps(views, ensure_ascii=False, indent=2))
            return
        # an id is never cut (two rows must not read the same); other text wraps in its cell
        table = Table(title=f"Cases on {day.isoformat()}", show_edge=False)
        width = max((len(v["id"]) for v in views), default=4)
        table.add_column("case", no_wrap=True, min_width=width)
        table.add_column("state", no_wrap=True)
        for col in ("responsible", "next deadline", "overdue"):
            table.add_column(col, overflow="fold")
        for v in views:
            open_ = [d for d in v["deadlines"] if not d["done_on"]]
            nxt = min(open_, key=lambda d: d["due"]) if open_ else None
            late = [f"[red]{d['step']} (p.{d['paragraph']})[/red]" if not d["done_on"]
                    else f"{d['step']} done late" for d in v["deadlines"] if d["overdue"]]
            table.add_row(
                v["id"], v["state"], (v["responsible"] or {}).get("full_name") or "—",
                f"{nxt['step']} by {nxt['due']} (p.{nxt['paragraph']})" if nxt else "—",
                ", ".join(late),
            )
        Console().print(table)
        if not views:
            typer.echo("no cases" + (" match" if state_ or overdue else " yet: import the "
                                      "registry with `gateway registry import FILE`"))

    case_app = typer.Typer(help="One case.", no_args_is_help=True)

    @case_app.command("show")
    def show(
        case_id: str = typer.Argument(..., help="The case id, as `gateway cases` lists it."),
        today: str | None = typer.Option(None, "--today", help="Judge 'overdue' on YYYY-MM-DD."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """A case's timeline: every step, its deadline and paragraph, done or overdue."""
        from gateway.engine import case_view
        from gateway.engine.deadlines import explain, step_name
        from gateway.runtime.statuslog import recent, utc
        from gateway.store import repo

        cfg, engine = open_store()
        day = today_for(cfg, today)
        with engine.connect() as conn:
            case = repo.get_case(conn, case_id)
            if case is None:
                raise CliError(f"no case {case_id!r} (see `gateway cases`)")
            agency = repo.get_agency(conn, case.agency_id)
            service = repo.get_service(conn, case.registry_number, case.agency_id)
            history = recent(conn, 200, case_id=case_id)
        signed = signatures_of(history)
        if as_json:
            view = case_view(case, day) | {"flags": case.flags,
                                            "versions": len(case.info_versions),
                                            "signatures": signed}
            typer.echo(json.dumps(view, ensure_ascii=False, indent=2))
            return
        console = Console()
        console.print(f"[bold]{case.id}[/bold]  {service.name_ru if service else ''}")
        console.print(f"agency: {agency.name_ru if agency else case.agency_id}")
        console.print(f"state: [bold]{case.state}[/bold] ({STATE_RU[str(case.state)]}), "
                      f"registered {case.registered_on}")
        r = case.responsible
        console.print("responsible: " + (f"{r.full_name}, {r.position or ''} {r.email or ''} "
                                         f"{r.phone or ''}" if r else "not yet named"))
        # the reason wraps under its row: it gets what the narrow columns leave; a step's name
        # folds at 80 columns, and stays on one line where the terminal has room for it
        table = Table(title=f"Timeline (judged on {day})", show_edge=False)
        table.add_column("step", overflow="fold", min_width=10,
                         max_width=max(18, console.width // 5))
        table.add_column("p.", no_wrap=True)
        table.add_column("due", no_wrap=True)
        table.add_column("status", min_width=8)
        table.add_column("why this date", overflow="fold", min_width=20, ratio=1)
        table.expand = True
        for d in case.deadlines:
            if d.closed:  # closed as not needed; the note says why
                status = f"[green]closed[/green] {d.done_on}"
            elif d.done_on:
                status = (f"[red]done late[/red] {d.done_on}" if d.done_on > d.due
                          else f"[green]done[/green] {d.done_on}")
            else:
                status = "[red]OVERDUE[/red]" if day > d.due else "open"
            why = explain(d, cfg.language) + (f" — {d.note}" if d.note else "")
            table.add_row(step_name(d.step, cfg.language), d.paragraph,
                          d.due.isoformat(), status, why)
        console.print(table)
        console.print(where_now(case, day, cfg.language))
        for flag in case.flags:
            console.print(f"[yellow]needs attention:[/yellow] {flag}")
        if case.info_versions:
            last = case.info_versions[-1]
            console.print(f"information: version {last.version} of {last.received_on}")
        if signed:
            console.print("[bold]e-signatures of its letters[/bold]")
            for sig in signed:
                console.print(f"  #{sig['inbound_id']}: {sig['line']}", markup=False)
        if history:
            console.print("[bold]history[/bold]")
            zone = ZoneInfo(cfg.timezone)
            for ev in history:
                para = f"p.{ev['paragraph']}" if ev["paragraph"] else ""
                at = utc(ev["at"]).astimezone(zone)
                console.print(f"  {at:%Y-%m-%d %H:%M}  {para:5} {ev['summary']}", markup=False)

    app.add_typer(case_app, name="case")
