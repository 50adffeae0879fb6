"""CLI: `gateway parse PATH --json` (contracts/parse-output.md): one JSON object on stdout."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("parse")
    def parse(
        path: Path = typer.Argument(..., help="An .eml, .docx, .pdf, .xlsx or .txt file."),
        as_json: bool = typer.Option(False, "--json", help="Print the contract's JSON object."),
    ) -> None:
        """Parse an agency's reply or document without a database; exit 1 if unreadable."""
        from parsers.api import parse_path, unreadable
        from parsers.records import ParseError, ParseResult

        try:
            result = parse_path(path)
        except Exception as exc:  # never a traceback: the JSON still comes out
            result = ParseResult(source=str(path), errors=[ParseError(
                part=path.name, code="internal", message=f"{type(exc).__name__}: {exc}")])
        data = result.contract_json()
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        else:
            for doc in data["documents"]:
                typer.echo(f"{doc['part']}: {doc['kind']} ({doc['language']}), "
                           f"{len(doc['services'])} service(s)")
                for w in doc["warnings"]:
                    typer.echo(f"  warning: {w}")
            for err in data["errors"]:
                typer.echo(f"{err['part']}: error {err['code']}: {err['message']}", err=True)
        if unreadable(result):
            raise typer.Exit(1)
