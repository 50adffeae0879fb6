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
# commands whose module registers them alone and that an operator or a check runs as a
# command often: `gateway parse FILE` starts with its own module only, not the others' imports
# (SQLAlchemy, the engine, the reports: most of a second)
ALONE = {"parse": "parse"}


def _new_app() -> typer.Typer:
    new = typer.Typer(
        name="gateway",
        help="EKC Gateway: the Unified Contact Centre's correspondence with agencies "
             "(order No. 130).",
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )
    new.callback()(_root)
    return new


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"gateway {version('ekc-gateway')}")
        except PackageNotFoundError:
            typer.echo("gateway (not installed: run from a checkout)")
        raise typer.Exit(0)


def _root(
    config: Path | None = typer.Option(
        None, "--config", "-c", help="gateway.toml to use (default: $EKC_GATEWAY_CONFIG)."
    ),
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Print the version and exit."),
) -> None:
    state.config_path = config


def full_app() -> typer.Typer:
    """The app with every command group."""
    new = _new_app()
    for name in COMMAND_MODULES:
        importlib.import_module(f"gateway.cli.{name}").register(new)
    return new


def _command_word(argv: list[str]) -> str | None:
    """The command named on the command line (past the root's options), if any."""
    words = iter(argv)
    for word in words:
        if word in ("--config", "-c"):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def app_for(argv: list[str]) -> typer.Typer:
    """The app that can run `argv`: one command's module alone where it can (ALONE), else all."""
    module = ALONE.get(_command_word(argv) or "")
    if module is None:
        return full_app()
    new = _new_app()
    importlib.import_module(f"gateway.cli.{module}").register(new)
    return new


def __getattr__(name: str) -> typer.Typer:
    """`gateway.cli.app`: the whole app, built on first use (tests drive it)."""
    if name == "app":
        built = globals()["app"] = full_app()
        return built
    raise AttributeError(name)


def main() -> None:
    try:
        code = app_for(sys.argv[1:])(standalone_mode=False)
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
