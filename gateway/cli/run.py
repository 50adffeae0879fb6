"""CLI: `gateway run [--once]`, the gateway itself, and `gateway demo`, the whole lifecycle played
on a simulated clock.

Why here and thin: the daemon (gateway/daemon.py) owns the work; this module only opens the
database, prints the start-up summary to standard error, sets up logging and turns signals and
errors into exit statuses.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys

import typer

from gateway.cli.context import open_store, parse_day


def register(app: typer.Typer) -> None:
    @app.command("run")
    def run(
        once: bool = typer.Option(False, "--once", help="Do everything waiting once, then exit."),
        instance: str = typer.Option("", "--instance", help="This instance's name (default: "
                                     "host:pid, or instance_name in the configuration)."),
        today: str | None = typer.Option(None, "--today", help="Act as if today were "
                                         "YYYY-MM-DD (deadlines, reminders, report)."),
        as_json: bool = typer.Option(False, "--json", help="With --once: counts as JSON."),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each step."),
    ) -> None:
        """Run the gateway: poll sources, process messages, send the outbox, act on deadlines."""
        from gateway import leases
        from gateway.daemon import Gateway

        logging.basicConfig(
            level=logging.INFO if verbose else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
        cfg, engine = open_store()
        fixed = parse_day(today)
        name = leases.default_instance_name(instance or cfg.instance_name)
        gw = Gateway(cfg, engine, name, today=(lambda: fixed) if fixed else None)
        if once:
            counts = gw.run_once()
            if as_json:
                typer.echo(json.dumps(counts, ensure_ascii=False))
            else:
                done = ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "nothing waiting"
                typer.echo(f"one pass done: {done}", err=True)
            return
        for line in gw.summary():
            typer.echo(f"watching: {line}" if not line.startswith("instance") else line, err=True)
        typer.echo("running; stop with Ctrl-C (SIGINT) or SIGTERM", err=True)
        asyncio.run(gw.run_forever())
        typer.echo("stopped", err=True)
