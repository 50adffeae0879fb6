"""CLI: `gateway init DIR` — a commented gateway.toml and the data folder, ready to run."""

from __future__ import annotations

from pathlib import Path

import typer

from gateway.cli.context import CliError

TEMPLATE = Path(__file__).resolve().parent.parent / "config_template.toml"


def register(app: typer.Typer) -> None:
    @app.command("init")
    def init(directory: Path = typer.Argument(..., help="Folder to set up (new or empty).")
             ) -> None:
        """Write DIR/gateway.toml (commented) and DIR/data/."""
        if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
            raise CliError(f"{directory} exists and is not an empty folder; choose another")
        directory.mkdir(parents=True, exist_ok=True)
        config = directory / "gateway.toml"
        config.write_text(TEMPLATE.read_text(encoding="utf-8"), encoding="utf-8")
        for sub in ("data", "data/edoc/incoming", "data/edoc/done", "data/edoc/rejected",
                    "data/edoc/outgoing"):
            (directory / sub).mkdir(parents=True, exist_ok=True)
        typer.echo(f"created {config} and {directory / 'data'}")
        typer.echo(f"next: gateway --config {config} agencies import mappings/agencies.csv")
