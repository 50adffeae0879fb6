"""CLI: `gateway questions send CASE FILE` (p.8) and `gateway outbox [--json] [--status S]`,
`gateway outbox retry ID` — the operator's window on what the gateway sends."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gateway.cli.context import CliError, json_default, open_store, read_text_file, refused, who

BY = typer.Option(None, "--by", help="Who acts (default: the login name).")

RETRY_SAID = {
    "queued": "#{id} will be sent on the next pass (same Message-ID; recipients that accepted "
              "it are not sent to again)",
    "sent": "#{id} was delivered to every recipient already: nothing to retry",
}


def register(app: typer.Typer) -> None:
    questions = typer.Typer(help="Training questions (p.8).", no_args_is_help=True)

    @questions.command("send")
    def questions_send(
        case_id: str = typer.Argument(..., help="The case id, as `gateway cases` lists it."),
        file: Path = typer.Argument(..., help="A UTF-8 text file with the questions."),
        by: str | None = BY,
    ) -> None:
        """Send the operator's questions (UTF-8 text) to the case's responsible person."""
        from gateway.records.manual import ManualRefused, send_questions
        from gateway.store import repo

        text = read_text_file(file, "the questions")
        cfg, engine = open_store()
        try:
            with engine.begin() as conn:
                outbox_id = send_questions(conn, cfg, case_id, text, who(by))
                case = repo.get_case(conn, case_id)
        except ManualRefused as exc:
            raise refused(exc) from None
        if case is not None and (case.responsible is None or not case.responsible.email):
            typer.echo("note: no responsible person's e-mail yet; sent to the agency's "
                       "official addresses", err=True)
        typer.echo(f"questions queued (outbox #{outbox_id}); they are recorded on the case "
                   "when delivered")

    outbox_app = typer.Typer(help="What the gateway sends.", invoke_without_command=True)

    @outbox_app.callback()
    def outbox_list(
        ctx: typer.Context,
        status: str | None = typer.Option(None, "--status", help="pending, unknown, sent or "
                                          "failed"),
        as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    ) -> None:
        """List outbox messages (oldest first)."""
        if ctx.invoked_subcommand:
            return
        from sqlalchemy import select

        from gateway.delivery.outbox import STATUSES
        from gateway.store.schema import outbox

        if status and status not in STATUSES:
            raise CliError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}",
                           exit_code=2)
        cfg, engine = open_store()
        q = select(outbox.c.id, outbox.c.outgoing_number, outbox.c.kind, outbox.c.case_id,
                   outbox.c.agency_id, outbox.c.transport, outbox.c.status, outbox.c.attempts,
                   outbox.c.recipients, outbox.c.last_error, outbox.c.message_id,
                   outbox.c.created_at, outbox.c.next_attempt_at, outbox.c.sent_at
                   ).order_by(outbox.c.id)
        if status:
            q = q.where(outbox.c.status == status)
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=json_default(cfg)))
            return
        for r in rows:
            to = ", ".join(f"{a} ({s})" for a, s in r["recipients"].items())
            err = f" — {r['last_error']}" if r["last_error"] else ""
            typer.echo(f"#{r['id']} {r['outgoing_number']} {r['kind']:<10} {r['status']:<8} "
                       f"{r['case_id'] or '-'} → {to}{err}")
        if not rows:
            typer.echo(f"no {status} messages" if status else "outbox is empty")

    @outbox_app.command("retry")
    def retry(outbox_id: str = typer.Argument(..., help="The message's number as `gateway "
                                              "outbox` lists it (#12 or 12)."),
              by: str | None = BY) -> None:
        """Send a failed or waiting message again now, with the same Message-ID."""
        from gateway.records.manual import ManualRefused, retry_letter

        digits = outbox_id.strip().lstrip("#")
        if not digits.isdigit():
            raise CliError(f"an outbox id is a number as `gateway outbox` lists it (#12 or 12), "
                           f"not {outbox_id!r}", exit_code=2)
        cfg, engine = open_store()
        try:
            said = retry_letter(engine, cfg, int(digits), who(by))
        except ManualRefused:
            raise CliError(f"no outbox message #{digits} (see `gateway outbox`)") from None
        typer.echo(RETRY_SAID[said].format(id=int(digits)))

    app.add_typer(questions, name="questions")
    app.add_typer(outbox_app, name="outbox")
