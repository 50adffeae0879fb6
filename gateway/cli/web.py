"""CLI: `gateway web [--listen HOST:PORT]` (the operators' board) and `gateway operators add |
list | remove | password` (who may log in to it) — contracts/web.md.

Why here and thin: the board lives in gateway/web; this opens the store, takes the password
from $EKC_OPERATOR_PASSWORD or a prompt (never an argument, which `ps` would show) and turns
errors into one sentence.
"""

from __future__ import annotations

import json
import os
import sys

import typer

from gateway.cli.context import CliError, open_store, parse_day

PASSWORD_ENV = "EKC_OPERATOR_PASSWORD"


def _password() -> str:
    """From $EKC_OPERATOR_PASSWORD, else asked for twice (never an argument: `ps` shows those)."""
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"no password: set {PASSWORD_ENV} or run in a terminal", exit_code=2)
        password = str(typer.prompt("password", hide_input=True, confirmation_prompt=True))
    return password


def register(app: typer.Typer) -> None:
    @app.command("web")
    def web(
        listen: str | None = typer.Option(None, "--listen", help="HOST:PORT (default: [web] "
                                          "listen, else 127.0.0.1:8080)."),
        today: str | None = typer.Option(None, "--today", help="Judge 'overdue' on "
                                         "YYYY-MM-DD."),
    ) -> None:
        """Serve the operators' board until SIGTERM or SIGINT."""
        import asyncio

        from gateway.web.server import make_server

        cfg, engine = open_store()
        if listen is not None and (":" not in listen or not listen.rpartition(":")[2].isdigit()):
            raise CliError(f"--listen must be HOST:PORT, not {listen!r}", exit_code=2)
        server = make_server(cfg, engine, listen, today=parse_day(today))
        where = f"{'https' if server.config.ssl_certfile else 'http'}://" \
                f"{server.config.host}:{server.config.port}/"
        typer.echo(f"the board: {where} (stop with Ctrl-C or SIGTERM)", err=True)
        try:
            asyncio.run(server.serve())
        except (OSError, SystemExit) as exc:  # uvicorn exits (status 3) when it cannot bind
            detail = f": {exc.strerror}" if isinstance(exc, OSError) and exc.strerror else \
                " (is the address in use?)"
            raise CliError(f"cannot listen on {server.config.host}:{server.config.port}"
                           f"{detail}") from None
        if not server.started:
            raise CliError(f"the board did not start on {server.config.host}:"
                           f"{server.config.port} (is the address in use?)")
        typer.echo("stopped", err=True)

    ops = typer.Typer(help="Who may log in to the board.", no_args_is_help=True)

    @ops.command("add")
    def add(name: str = typer.Argument(..., help="The operator's login name."),
            role: str = typer.Option(..., "--role", help="operator or viewer."),
            language: str = typer.Option("ru", "--language", help="ru or kk.")) -> None:
        """Add an operator (password from $EKC_OPERATOR_PASSWORD, else asked for twice)."""
        from gateway.web import operators

        if role not in operators.ROLES:
            raise CliError(f"--role must be one of {', '.join(operators.ROLES)}", exit_code=2)
        password = _password()
        _, engine = open_store()
        try:
            operators.add(engine, name, role, password, language)
        except operators.OperatorError as exc:
            raise CliError(str(exc)) from None
        typer.echo(f"operator {name} added ({role})")

    @ops.command("list")
    def list_(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """The operators, with their roles."""
        from gateway.web import operators

        _, engine = open_store()
        rows = operators.listing(engine)
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
            return
        for r in rows:
            typer.echo(f"{r['name']}  {r['role']}  {r['language']}")
        if not rows:
            typer.echo("no operators yet: gateway operators add NAME --role operator")

    @ops.command("remove")
    def remove(name: str = typer.Argument(..., help="The operator's login name.")) -> None:
        """Remove an operator; every session of theirs ends at once."""
        from gateway.web import operators

        _, engine = open_store()
        try:
            operators.remove(engine, name)
        except operators.OperatorError as exc:
            raise CliError(str(exc)) from None
        typer.echo(f"operator {name} removed")

    @ops.command("password")
    def password(name: str = typer.Argument(..., help="The operator's login name.")) -> None:
        """Set a new password (from $EKC_OPERATOR_PASSWORD, else asked for twice); every
        session of the operator ends."""
        from gateway.web import operators

        new = _password()
        _, engine = open_store()
        try:
            ended = operators.set_password(engine, name, new)
        except operators.OperatorError as exc:
            raise CliError(str(exc)) from None
        typer.echo(f"password of {name} changed; {ended} session(s) ended")

    app.add_typer(ops, name="operators")
