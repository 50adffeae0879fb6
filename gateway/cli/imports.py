"""CLI: `gateway agencies import FILE`, `gateway registry import FILE` (contracts/cli.md)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gateway.cli.context import CliError, open_store, progress_bar


def _run(kind: str, path: Path, as_json: bool) -> None:
    from gateway.records import imports

    cfg, engine = open_store()
    do = imports.import_agencies if kind == "agencies" else imports.import_registry
    try:
        with progress_bar(f"importing {kind}") as bar:
            task = bar.add_task(kind, total=None)  # known once the file is read and checked
            stats = do(engine, cfg, path, progress=lambda n: bar.advance(task, n),
                       on_total=lambda n: bar.update(task, total=n))
    except imports.ImportError_ as exc:
        for problem in exc.problems:
            typer.echo(f"{path}: {problem}", err=True)
        raise CliError(f"nothing imported: {len(exc.problems)} problem(s) in {path}") from None
    if as_json:
        typer.echo(json.dumps({"new": stats.new, "changed": stats.changed,
                               "unchanged": stats.unchanged, "cases_opened": stats.cases_opened}))
        return
    opened = f", {len(stats.cases_opened)} case(s) opened" if kind == "registry" else ""
    typer.echo(f"{kind}: {stats.new} new, {stats.changed} changed, {stats.unchanged} "
               f"unchanged{opened}")
    if stats.cases_opened:
        typer.echo("their p.4 requests are written and sent by `gateway run` (each pass writes "
                   f"{cfg.smtp_relay.batch_size} at a time)", err=True)


def register(app: typer.Typer) -> None:
    agencies = typer.Typer(help="The agency directory.", no_args_is_help=True)
    registry = typer.Typer(help="The Registry of public services.", no_args_is_help=True)

    @agencies.command("import")
    def agencies_import(file: Path = typer.Argument(..., help="The CSV or XLSX file."),
                        as_json: bool = typer.Option(False, "--json",
                                                     help="Print the counts as JSON.")) -> None:
        """Import agencies: agency_id,name_ru,name_kk,kind,region,emails,domains (CSV or XLSX)."""
        _run("agencies", file, as_json)

    @registry.command("import")
    def registry_import(file: Path = typer.Argument(..., help="The CSV or XLSX file."),
                        as_json: bool = typer.Option(False, "--json",
                                                     help="Print the counts as JSON.")) -> None:
        """Import services: registry_number,service_name_ru,service_name_kk,agency_id,standard,
        registered_on. A new service at an agency opens its case (p.3-4)."""
        _run("registry", file, as_json)

    app.add_typer(agencies, name="agencies")
    app.add_typer(registry, name="registry")
