"""CLI: `gateway case protocol CASE --date D [--file F]` (p.8), `gateway case ask CASE FILE`
and `gateway case answer CASE --to N [--file F]` (p.10-11): what an operator records or asks
on one case, beside `case show`.

Why its own module: both change a case through the engine (the protocol signed; an additional
request sent, whose answer is then tracked as its own step), the same way a letter would.
"""

from __future__ import annotations

from pathlib import Path

import typer

from gateway.cli.context import (
    CliError,
    open_store,
    parse_day,
    read_text_file,
    refused,
    today_for,
    who,
)


def _case_group(app: typer.Typer) -> typer.Typer:
    for group in app.registered_groups:
        if group.name == "case" and group.typer_instance is not None:
            return group.typer_instance
    raise RuntimeError("the `case` command group is not registered (gateway.cli.cases)")


def register(app: typer.Typer) -> None:
    case_app = _case_group(app)

    @case_app.command("protocol")
    def protocol(
        case_id: str = typer.Argument(..., help="The case id, as `gateway cases` lists it."),
        date: str = typer.Option(..., "--date", help="The day the protocol was signed, "
                                 "YYYY-MM-DD."),
        file: Path | None = typer.Option(None, "--file", help="The signed protocol (scan or "
                                         "signed container), kept with the case."),
        by: str | None = typer.Option(None, "--by", help="Who records it (default: the login "
                                      "name)."),
    ) -> None:
        """Record the p.8 protocol of acceptance as signed (consulting starts 5 WD later)."""
        from gateway.domain import Step
        from gateway.records.manual import ManualRefused, record_protocol

        signed = parse_day(date, "--date")
        payload = None
        if file is not None:
            try:
                payload = file.read_bytes()
            except OSError as exc:
                raise CliError(f"cannot read {file}: {exc.strerror or exc}") from None
        cfg, engine = open_store()
        today = today_for(cfg, None)
        if signed > today:
            raise CliError(f"--date {signed} is in the future", exit_code=2)
        try:
            with engine.begin() as conn:
                new = record_protocol(conn, cfg, case_id, signed, today, who(by),
                                      (file.name, payload) if file and payload is not None
                                      else None)
        except ManualRefused as refused:
            if refused.code == "no_case":
                raise CliError(f"no case {case_id!r} (see `gateway cases`)") from None
            raise CliError(f"the protocol of {case_id} is recorded already (signed "
                           f"{refused.facts['signed']})") from None
        start = new.deadline(Step.consulting_start) if new else None
        typer.echo(f"protocol of {case_id} recorded as signed on {signed}"
                   + (f"; consulting starts on {start.due}" if start else ""))

    @case_app.command("answer")
    def answer(
        case_id: str = typer.Argument(..., help="The case id, as `gateway cases` lists it."),
        to: str = typer.Option(..., "--to", help="Our additional request it answers: its "
                               "outgoing number (ЕКЦ-2027/141), outbox id or Message-ID."),
        file: Path | None = typer.Option(None, "--file", help="The answer (letter, scan), kept "
                                         "with the case."),
        by: str | None = typer.Option(None, "--by", help="Who records it (default: the login "
                                      "name)."),
    ) -> None:
        """Record the agency's answer to an additional request (p.10-11) that came some way
        the gateway did not see: it closes that request's step."""
        from gateway.records.manual import ManualRefused, record_answer

        payload = None
        if file is not None:
            try:
                payload = file.read_bytes()
            except OSError as exc:
                raise CliError(f"cannot read {file}: {exc.strerror or exc}") from None
        cfg, engine = open_store()
        today = today_for(cfg, None)
        try:
            with engine.begin() as conn:
                record_answer(conn, cfg, case_id, to, today, who(by),
                              (file.name, payload) if file and payload is not None else None)
        except ManualRefused as exc:
            raise refused(exc) from None
        typer.echo(f"answer to {to} recorded on {case_id} ({today})")

    @case_app.command("ask")
    def ask(
        case_id: str = typer.Argument(..., help="The case id, as `gateway cases` lists it."),
        file: Path = typer.Argument(..., help="A text file with the questions of the "
                                    "additional request."),
        by: str | None = typer.Option(None, "--by", help="Who asks (default: the login "
                                      "name)."),
    ) -> None:
        """Send an additional request (p.10-11) to the case's responsible person; its answer
        or refusal is matched to it and tracked as its own step (the Rules set no term: the
        letter asks for an answer within 5 working days)."""
        from gateway.records.manual import ManualRefused, send_additional_request

        text = read_text_file(file, "the text")
        cfg, engine = open_store()
        today = today_for(cfg, None)
        try:
            with engine.begin() as conn:
                outbox_id, answer_due = send_additional_request(conn, cfg, case_id, text,
                                                                today, who(by))
        except ManualRefused as exc:
            raise refused(exc) from None
        typer.echo(f"additional request queued (outbox #{outbox_id}), answer asked by "
                   f"{answer_due}; tracked on the case once delivered")
