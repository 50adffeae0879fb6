"""The `gateway` command: a typer app whose command groups live one per module.

Why a registry of modules: each command group (setup, imports, cases, parse, quarantine, run,
report...) is its own small module with a `register(app)` function, so adding one touches one
line here.  `main()` is the only entry point: it turns every expected failure into one plain
sentence and an exit status, and anything unexpected into a short notice with the details
written to a file, never a traceback on an operator's screen.

May import: anything in `gateway`, `parsers` and `outbound` (the top layer, with `gateway.web`);
nothing imports it but the console script.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from pathlib import Path

import typer

from gateway.cli.context import CliError, state

app = typer.Typer(
    name="gateway",
    help="EKC Gateway: the Unified Contact Centre's correspondence with agencies (order No. 130).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# command modules, each with register(app)
COMMAND_MODULES = (
    "setup",
    "imports",
    "cases",
    "casework",
    "log",
    "parse",
    "quarantine",
    "run",
    "outbound",
    "report",
    "tasks",
    "workdays",
    "web",
    "trust",
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"gateway {version('ekc-gateway')}")
        except PackageNotFoundError:
            typer.echo("gateway (not installed: run from a checkout)")
        raise typer.Exit(0)


@app.callback()
def _root(
    config: Path | None = typer.Option(
        None, "--config", "-c", help="gateway.toml to use (default: $EKC_GATEWAY_CONFIG)."
    ),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Print the version and exit."),
) -> None:
    state.config_path = config


for _name in COMMAND_MODULES:
    importlib.import_module(f"gateway.cli.{_name}").register(app)


def main() -> None:
    try:
        code = app(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except CliError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # the last guard: no traceback on an operator's screen
        if hasattr(exc, "show") and hasattr(exc, "exit_code"):  # a usage error (click's)
            exc.show()
            sys.exit(exc.exit_code)
        report = Path(os.environ.get("TMPDIR", "/tmp")) / f"ekc-gateway-error-{os.getpid()}.txt"
        try:
            report.write_text(traceback.format_exc(), encoding="utf-8")
            where = f"; details in {report}"
        except OSError:
            where = ""
        typer.echo(f"error: internal error ({type(exc).__name__}: {exc}){where}", err=True)
        sys.exit(70)
