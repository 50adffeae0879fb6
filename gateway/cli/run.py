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
import os
import sys
from pathlib import Path
from typing import Any

import typer

from gateway.cli.context import CliError, listener_error, open_store, parse_day


def _tell(out: Any, story: list[tuple[Any, str, str, str, str]]) -> None:
    """The demo's story, a day at a time: who wrote what to which case, under which paragraph
    and with which deadline (the status log says it); long lines wrap under their column."""
    from rich.table import Table

    days = sorted({line[0] for line in story})
    for day in days:
        grid = Table(box=None, show_header=False, padding=(0, 1), title_justify="left",
                     title=f"{day:%a %d %b %Y}", title_style="bold")
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold", ratio=1)
        grid.expand = True
        for _, who, case, paragraph, what in (line for line in story if line[0] == day):
            grid.add_row("agency" if "@" in who else who, case, paragraph,
                         f"{who}: {what}" if "@" in who else what)
        out.print(grid)

NOTHING_RAN = 75  # `run --once` when every step failed (EX_TEMPFAIL: try again later)


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
        """Run the gateway: poll sources, process messages, send the outbox, act on deadlines.

        With --once, a source that fails (a mailbox down) is reported on its own line and the
        rest of the pass still runs (exit 0); exit 75 when nothing at all could run."""
        from gateway.runtime import leases
        from gateway.service.daemon import Gateway

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
            for step, why in gw.failures.items():
                typer.echo(f"{step}: failed in this pass ({why})", err=True)
            if gw.failures and not counts:
                # not one step could run (every source, processing and the outbox failed)
                raise CliError("nothing could run in this pass; see the lines above",
                               exit_code=NOTHING_RAN)
            if as_json:
                typer.echo(json.dumps(counts, ensure_ascii=False))
            else:
                done = ", ".join(f"{k} {v}" for k, v in counts.items() if v) or "nothing waiting"
                typer.echo(f"one pass done: {done}", err=True)
            return
        for line in gw.summary():
            typer.echo(f"watching: {line}" if not line.startswith("instance") else line, err=True)
        typer.echo("running; stop with Ctrl-C (SIGINT) or SIGTERM", err=True)
        try:
            if cfg.web is None:
                asyncio.run(gw.run_forever())
            else:
                asyncio.run(_with_board(gw, cfg, engine, fixed))
        except OSError as exc:
            raise listener_error(exc, cfg) from None
        if gw.abandoned:  # a step stuck past the grace: its thread must not hold the exit
            typer.echo(f"stopped; left unfinished (redone after the restart): "
                       f"{', '.join(gw.abandoned)}", err=True)
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(0)
        typer.echo("stopped", err=True)

    @app.command("demo")
    def demo(
        directory: Path = typer.Option(Path("demo-play"), "--dir", help="A new folder to play "
                                       "in (removed first if it holds an earlier demo)."),
        days: int = typer.Option(40, "--days", help="Simulated calendar days."),
        as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    ) -> None:
        """Play the whole lifecycle on a simulated clock: the gateway, and the agencies too."""
        import shutil
        import socket

        from rich.console import Console
        from rich.table import Table

        from gateway.calendar import local_today
        from gateway.cli.demo import Demo, setup
        from outbound.sink import SinkServer

        if directory.exists():
            if not (directory / "registry.csv").exists() and any(directory.iterdir()):
                raise CliError(f"{directory} exists and is not a demo folder; choose another")
            shutil.rmtree(directory)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        start = local_today()
        cfg, engine = setup(directory.resolve(), start, port)
        sink = SinkServer(cfg.data_path / "sent", port=port)
        sink.start()
        try:
            play = Demo(cfg, engine, start)
            console = Console(stderr=True)
            with console.status("playing") as status:
                play.run(days, progress=lambda d: status.update(f"simulated day {d}"))
        finally:
            sink.stop()
        summary = play.summary() | {"folder": str(directory.resolve()),
                                    "delivered": len(sink.handler.received)}
        if as_json:
            typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
            return
        out = Console()
        _tell(out, play.story())
        table = Table(title=f"Cases after {summary['from']} … {summary['to']}")
        table.add_column("case", no_wrap=True)
        table.add_column("state", no_wrap=True)
        table.add_column("responsible", overflow="fold")
        table.add_column("needs attention", overflow="fold")
        for c in summary["cases"]:  # type: ignore[attr-defined]
            table.add_row(c["id"], c["state"], c["responsible"] or "—",
                          "; ".join(c["flags"]) or "—")
        out.print(table)
        sent = ", ".join(f"{k} {v}" for k, v in sorted(summary["sent"].items()))  # type: ignore[attr-defined]
        out.print(f"sent: {sent}; delivered to the sink: {summary['delivered']}; "
                  f"received from agencies: {summary['received']}")
        out.print(f"look closer: gateway --config {directory}/gateway.toml cases | log | "
                  f"case show 00301138-minjust; the letters are in {directory}/data/sent")


async def _with_board(gw: Any, cfg: Any, engine: Any, today: Any) -> None:
    """The gateway and its board (`[web]` configured) in one loop: the daemon owns SIGTERM and
    SIGINT, and its stop stops the board too."""
    from gateway.web.server import make_server

    server = make_server(cfg, engine, today=today, own_signals=False)
    typer.echo(f"the board: http://{server.config.host}:{server.config.port}/", err=True)
    stop_daemon = gw.stop

    def stop() -> None:
        stop_daemon()
        server.stop()

    gw.stop = stop
    board = asyncio.create_task(server.serve())
    try:
        await gw.run_forever()
    finally:
        server.stop()
        await board
