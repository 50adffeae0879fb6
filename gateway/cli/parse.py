"""CLI: `gateway parse PATH --json` (contracts/parse-output.md): one JSON object on stdout.

Why so guarded: outside checks read stdout as exactly one JSON object and treat "Traceback" on
stderr as a crash, so whatever happens — a missing file, a hostile attachment, a bug — the JSON
still comes out, the reason is in `errors`, and the logs on stderr are one line each.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import typer


class _OneLine(logging.Formatter):
    """A log record as one line: the exception's type and message, never its traceback."""

    def format(self, record: logging.LogRecord) -> str:
        exc = record.exc_info[1] if record.exc_info else None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        line = super().format(record)
        return f"{line}: {type(exc).__name__}: {exc}" if exc is not None else line


def _log_to_stderr() -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_OneLine("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _print_human(data: dict[str, Any]) -> None:
    for doc in data["documents"]:
        typer.echo(f"{doc['part']}: {doc['kind']} ({doc['language']}), "
                   f"{len(doc['services'])} service(s)")
        for w in doc["warnings"]:
            typer.echo(f"  warning: {w}")
        if sig := doc.get("signature"):
            who = ", ".join(x for x in (sig.get("algorithm"), f"BIN {sig['bin']}"
                                        if sig.get("bin") else None) if x)
            typer.echo(f"  signature {sig['status']} ({sig['signer'] or 'signer unknown'}"
                       f"{'; ' + who if who else ''}): {sig['detail']}")
    for err in data["errors"]:
        typer.echo(f"{err['part']}: error {err['code']}: {err['message']}", err=True)


def _limits() -> Any:
    """The configuration's limits and signature roots when `--config` names one; else the
    defaults (the command needs no configuration)."""
    from gateway.cli.context import state

    if state.config_path is None:
        return None
    from gateway.processing.worker import limits_of

    return limits_of(state.config())


def register(app: typer.Typer) -> None:
    @app.command("parse")
    def parse(
        path: Path = typer.Argument(..., help="An .eml, .docx, .pdf, .xlsx or .txt file."),
        as_json: bool = typer.Option(False, "--json", help="Print the contract's JSON object."),
    ) -> None:
        """Parse an agency's reply or document without a database; exit 1 if unreadable."""
        _log_to_stderr()
        from parsers import pool
        from parsers.api import parse_path, unreadable
        from parsers.records import ParseError, ParseResult
        from understanding.lemmas import load as load_lemmas

        limits = _limits()  # a bad --config file: its one-line error, exit 2
        try:
            # workers forked from here, with the lemmatizer both sides use loaded once: no
            # fork server loading every reader
            with pool.one_shot(before_fork=load_lemmas):
                result = parse_path(path, limits)
        except Exception as exc:  # never a traceback: the JSON still comes out
            logging.getLogger(__name__).error("parsing %s failed", path, exc_info=exc)
            result = ParseResult(source=str(path), errors=[ParseError(
                part=path.name, code="internal", message=f"the file could not be parsed "
                f"because of a fault in the gateway ({type(exc).__name__})")])
        data = result.contract_json()
        if as_json:
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            sys.stdout.flush()
        else:
            _print_human(data)
        if unreadable(result):
            raise typer.Exit(1)
