"""CLI: `gateway quarantine list | show ID | release ID [--case C] | reject ID --reason R`.

Why operators decide here: a message set aside (unmatched, untrusted, unreadable) is never
dropped; the operator can read why, release it (processed again, trusted by the operator's
word, optionally routed to a case), or reject it.  Every decision goes into the status log.
"""

from __future__ import annotations

import datetime as dt
import json

import typer
from sqlalchemy import select, update

from gateway.cli.context import CliError, open_store


def _row(engine, inbound_id: int):  # type: ignore[no-untyped-def]
    from gateway.store.schema import inbound

    with engine.connect() as conn:
        row = conn.execute(select(inbound).where(inbound.c.id == inbound_id)).mappings().first()
    if row is None:
        raise CliError(f"no inbound message #{inbound_id}")
    return dict(row)


def register(app: typer.Typer) -> None:
    q = typer.Typer(help="Messages waiting for an operator.", no_args_is_help=True)

    @q.command("list")
    def list_(as_json: bool = typer.Option(False, "--json")) -> None:
        """Quarantined messages with the reason each waits."""
        from gateway.store.schema import inbound

        _, engine = open_store()
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(
                select(inbound.c.id, inbound.c.received_at, inbound.c.sender, inbound.c.subject,
                       inbound.c.quarantine_reason).where(inbound.c.status == "quarantined")
                .order_by(inbound.c.id)).mappings()]
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
            return
        for r in rows:
            typer.echo(f"#{r['id']} {r['received_at']:%Y-%m-%d %H:%M} {r['sender'] or '?'} "
                       f"«{r['subject'] or ''}»\n    why: {r['quarantine_reason']}")
        if not rows:
            typer.echo("quarantine is empty")

    @q.command("show")
    def show(inbound_id: int) -> None:
        """Why a message waits, who sent it, and what the parser found in it."""
        from gateway.store import repo
        from parsers.api import parse_message

        _, engine = open_store()
        row = _row(engine, inbound_id)
        with engine.connect() as conn:
            raw = repo.get_blob(conn, row["sha256"]) or b""
        parsed = parse_message(raw, f"inbound {inbound_id}")
        typer.echo(f"#{inbound_id} from {row['sender'] or '(no valid From)'} via {row['source']}"
                   f" ({row['origin_key']})")
        typer.echo(f"subject: {row['subject'] or ''}")
        typer.echo(f"status: {row['status']}; why: {row['quarantine_reason'] or '-'}")
        if parsed.message and parsed.message.defects:
            typer.echo(f"header defects: {'; '.join(parsed.message.defects)}")
        for doc in parsed.documents:
            numbers = ", ".join(s.registry_number or "?" for s in doc.services)
            typer.echo(f"  {doc.part}: {doc.kind} ({doc.language}) services: {numbers or '-'}")
        for err in parsed.errors:
            typer.echo(f"  {err.part}: error {err.code}: {err.message}")

    @q.command("release")
    def release(inbound_id: int, case: str | None = typer.Option(
            None, "--case", help="Route it to this case."),
            operator: str = typer.Option("operator", "--by", help="Who decides.")) -> None:
        """Process the message again, trusting it (and routing it to --case if given)."""
        from gateway.statuslog import record
        from gateway.store import repo
        from gateway.store.schema import inbound

        cfg, engine = open_store()
        row = _row(engine, inbound_id)
        if row["status"] != "quarantined":
            raise CliError(f"#{inbound_id} is {row['status']}, not quarantined")
        with engine.begin() as conn:
            if case and repo.get_case(conn, case) is None:
                raise CliError(f"no case {case!r}")
            meta = dict(row["meta"] or {})
            meta["operator_release"] = {"by": operator, "case": case,
                                        "at": dt.datetime.now(dt.UTC).isoformat()}
            conn.execute(update(inbound).where(inbound.c.id == inbound_id).values(
                status="pending", attempts=0, meta=meta, quarantine_reason=None))
            record(conn, cfg, kind="operator_release", inbound_id=inbound_id, case_id=case,
                   summary=f"Оператор {operator} выпустил письмо #{inbound_id} из карантина"
                           + (f" в дело {case}" if case else ""))
        typer.echo(f"#{inbound_id} released; it is processed on the next pass")

    @q.command("reject")
    def reject(inbound_id: int, reason: str = typer.Option(..., "--reason"),
               operator: str = typer.Option("operator", "--by")) -> None:
        """Set the message aside for good (it stays stored), with the reason."""
        from gateway.statuslog import record
        from gateway.store.schema import inbound

        cfg, engine = open_store()
        row = _row(engine, inbound_id)
        if row["status"] != "quarantined":
            raise CliError(f"#{inbound_id} is {row['status']}, not quarantined")
        with engine.begin() as conn:
            conn.execute(update(inbound).where(inbound.c.id == inbound_id).values(
                status="rejected", quarantine_reason=f"rejected by {operator}: {reason}"))
            record(conn, cfg, kind="operator_reject", inbound_id=inbound_id,
                   summary=f"Оператор {operator} отклонил письмо #{inbound_id}: {reason}")
        typer.echo(f"#{inbound_id} rejected")

    app.add_typer(q, name="quarantine")
