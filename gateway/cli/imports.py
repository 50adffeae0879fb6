"""CLI: `gateway agencies import FILE`, `gateway registry import FILE` (contracts/cli.md)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gateway.cli.context import CliError, open_store, progress_bar


def _run(kind: str, path: Path, as_json: bool) -> None:
    from gateway.records import imports

    cfg, engine = open_store()
    header = imports.AGENCY_HEADER if kind == "agencies" else imports.REGISTRY_HEADER
    do = imports.import_agencies if kind == "agencies" else imports.import_registry
    try:
        total = len(imports.read_rows(path, header))
        with progress_bar(f"importing {kind}") as bar:
            task = bar.add_task(kind, total=total)
            stats = do(engine, cfg, path, progress=lambda n: bar.advance(task, n))
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


def register(app: typer.Typer) -> None:
    agencies = typer.Typer(help="The agency directory.", no_args_is_help=True)
    registry = typer.Typer(help="The Registry of public services.", no_args_is_help=True)

    @agencies.command("import")
    def agencies_import(file: Path, as_json: bool = typer.Option(False, "--json")) -> None:
        """Import agencies: agency_id,name_ru,name_kk,kind,region,emails,domains (CSV or XLSX)."""
        _run("agencies", file, as_json)

    @registry.command("import")
    def registry_import(file: Path, as_json: bool = typer.Option(False, "--json")) -> None:
        """Import services: registry_number,service_name_ru,service_name_kk,agency_id,standard,
        registered_on. A new service at an agency opens its case (p.3-4)."""
        _run("registry", file, as_json)

    app.add_typer(agencies, name="agencies")
    app.add_typer(registry, name="registry")
