"""CLI: `gateway calendar show YEAR` — the working-day calendar every deadline is counted in.

Why: an operator checking a date against the Rules must see the calendar the gateway used:
the public holidays and the days they move to (the `holidays` package), the weekends a decree
makes working days, and the decree days added by mappings/calendar.toml or the deployment's
`calendar_file`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import typer

from gateway.cli.context import CliError, state


def calendar_of_year(year: int) -> dict[str, Any]:
    from gateway.calendar import default_calendar

    cal = default_calendar()
    days_off: list[dict[str, str]] = []
    working: list[dict[str, str]] = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        weekend = day.weekday() >= 5
        if cal.is_working_day(day) and weekend:
            working.append({"date": day.isoformat(), "why": cal.workday_reason(day)})
        elif not cal.is_working_day(day) and not weekend:
            days_off.append({"date": day.isoformat(), "why": cal.holiday_name(day) or ""})
        day += dt.timedelta(days=1)
    return {"holidays": days_off, "working_weekends": working,
            "sources": cal.sources()}


def register(app: typer.Typer) -> None:
    calendar_app = typer.Typer(help="The working-day calendar (deadlines of the Rules).",
                               no_args_is_help=True)

    @calendar_app.command("show")
    def show(
        year: int = typer.Argument(..., help="The year, e.g. 2027."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """Weekdays off (holidays, transfers) and working weekends of YEAR."""
        if not 1991 <= year <= 2100:
            raise CliError(f"YEAR must be between 1991 and 2100, not {year}", exit_code=2)
        if state.config_path is not None or _configured():
            state.config()  # loads the deployment's calendar_file, if any
        data = calendar_of_year(year)
        if as_json:
            typer.echo(json.dumps({"year": year} | data, ensure_ascii=False, indent=2))
            return
        typer.echo(f"Working-day calendar of Kazakhstan, {year} "
                   f"({'; '.join(data['sources'])})")
        typer.echo("weekdays off (holidays and transfers):")
        for d in data["holidays"]:
            typer.echo(f"  {d['date']} {dt.date.fromisoformat(d['date']):%a}  {d['why']}")
        typer.echo("working weekends:")
        for d in data["working_weekends"]:
            typer.echo(f"  {d['date']} {dt.date.fromisoformat(d['date']):%a}  {d['why']}")
        if not data["working_weekends"]:
            typer.echo("  none")

    app.add_typer(calendar_app, name="calendar")


def _configured() -> bool:
    import os
    from pathlib import Path

    from gateway.config import CONFIG_ENV

    return bool(os.environ.get(CONFIG_ENV)) or Path("gateway.toml").exists()
