"""CLI: `gateway quarantine list | show ID | release ID [--case C] | reject ID --reason R`.

Why operators decide here: a message set aside (unmatched, untrusted, unreadable) is never
dropped; the operator can read why, release it (processed again, trusted by the operator's
word, optionally routed to a case), or reject it (it stays stored).  Every decision goes into
the status log with who made it.  The sender shown is the one processing decided on (and why),
never a reading of its own, beside the raw From header; e-document packages the folder rejected
(they never became messages) are listed too, from the status log, with their reason.
"""

from __future__ import annotations

import json
from typing import Any

import typer
from sqlalchemy import Engine, select

from gateway.cli.context import (
    CliError,
    json_default,
    local_time,
    open_store,
    refused,
    state,
    who,
)

BY = typer.Option(None, "--by", help="Who decides (default: the login name).")


def _row(engine: Engine, inbound_id: int) -> dict[str, Any]:
    from gateway.store.schema import inbound

    with engine.connect() as conn:
        row = conn.execute(select(inbound).where(inbound.c.id == inbound_id)).mappings().first()
    if row is None:
        raise CliError(f"there is no inbound message #{inbound_id}")
    return dict(row)


def _from_header(raw: bytes | None) -> list[str]:
    """The From header(s) exactly as written (not decoded), for display beside the decision."""
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    from parsers.headers import header_block, raw_headers

    if not raw:
        return []
    try:
        block = BytesHeaderParser(policy=compat32).parsebytes(header_block(raw))
        return [v[:500] for v in raw_headers(block, "From", decode=False)]
    except Exception:  # noqa: BLE001 - a header beyond reading is shown as none
        return []


def _sender(who: str | None, note: str | None) -> str:
    """The decided sender and why, in one phrase."""
    return f"{who or '(no valid sender)'}" + (f" ({note})" if note else "")


def rejected_packages(engine: Engine) -> list[dict[str, Any]]:
    """E-document packages the folder rejected, from the status log, oldest first."""
    from gateway.processing.reasons import one_line
    from gateway.store.schema import events

    with engine.connect() as conn:
        found = conn.execute(select(events.c.at, events.c.data, events.c.inbound_id)
                             .where(events.c.kind == "edoc_rejected").order_by(events.c.id))
        return [{"kind": "edoc_package", "id": None, "package": (r.data or {}).get("package"),
                 "received_at": r.at, "source": "edoc", "known_as": r.inbound_id,
                 "reason": one_line(f"rejected e-document package: "
                                    f"{(r.data or {}).get('reason')}")}
                for r in found]


def _summary(engine: Engine, cfg: Any, row: dict[str, Any]) -> dict[str, Any]:
    """The row's facts and what the parser reads in its stored bytes."""
    from gateway.processing.worker import limits_of
    from gateway.store import repo
    from parsers.active import describe_ru
    from parsers.api import parse_message

    with engine.connect() as conn:
        raw = repo.get_blob(conn, row["sha256"])
    parsed = parse_message(raw or b"", f"inbound {row['id']}", limits_of(cfg))
    info = parsed.message
    return {
        "id": row["id"], "status": row["status"], "reason": row["quarantine_reason"],
        "source": row["source"], "origin_key": row["origin_key"],
        "received_at": row["received_at"], "sender": row["decided_sender"],
        "sender_note": row["sender_note"], "from_header": _from_header(raw),
        "subject": row["subject"],
        "attempts": row["attempts"], "last_error": row["last_error"],
        "raw_bytes": len(raw) if raw is not None else None,
        "auto_submitted": bool(info and info.auto_submitted),
        "is_bounce": bool(info and info.is_bounce),
        "header_defects": list(info.defects) if info else [],
        "documents": [{"part": d.part, "kind": d.kind, "language": d.language,
                       "services": [s.registry_number for s in d.services],
                       "responsible": d.responsible.full_name if d.responsible else None,
                       "signature": d.signature.model_dump(mode="json") | {
                           "line": d.signature.line()} if d.signature else None,
                       "active_content": [w for w in map(describe_ru, d.warnings) if w]}
                      for d in parsed.documents],
        "errors": [{"part": e.part, "code": e.code, "message": e.message}
                   for e in parsed.errors],
    }


def _print_summary(s: dict[str, Any]) -> None:
    typer.echo(f"#{s['id']} via {s['source']} ({s['origin_key']}), received "
               f"{local_time(state.config(), s['received_at'])}")
    typer.echo(f"sender: {_sender(s['sender'], s['sender_note'])}")
    for value in s["from_header"] or ["(none)"]:
        typer.echo(f"From header as written: {value}")
    typer.echo(f"subject: {s['subject'] or ''}")
    typer.echo(f"status: {s['status']}; why: {s['reason'] or '-'}")
    if s["raw_bytes"] is None:
        typer.echo("raw message: missing")
    if s["last_error"]:
        typer.echo(f"last error ({s['attempts']} attempts): {s['last_error']}")
    if s["auto_submitted"] or s["is_bounce"]:
        typer.echo("automatic message" + (" (a bounce)" if s["is_bounce"] else ""))
    if s["header_defects"]:
        typer.echo(f"header defects: {'; '.join(s['header_defects'])}")
    for d in s["documents"]:
        numbers = ", ".join(n or "?" for n in d["services"])
        person = f"; responsible person: {d['responsible']}" if d["responsible"] else ""
        typer.echo(f"  {d['part']}: {d['kind']} ({d['language']}); services: "
                   f"{numbers or '-'}{person}")
        if d["signature"]:
            typer.echo(f"    {d['signature']['line']}")
        for what in d["active_content"]:
            typer.echo(f"    active content, neither run nor fetched: {what}")
    for e in s["errors"]:
        typer.echo(f"  {e['part']}: cannot read ({e['code']}): {e['message']}")


ID = typer.Argument(..., help="The message's number, as `gateway quarantine list` shows it.")


def register(app: typer.Typer) -> None:
    q = typer.Typer(help="Messages waiting for an operator.", no_args_is_help=True)

    @q.command("list")
    def list_(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Quarantined messages with the reason each waits."""
        from gateway.store import repo
        from gateway.store.schema import inbound

        cfg, engine = open_store()
        with engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(
                select(inbound.c.id, inbound.c.received_at, inbound.c.source, inbound.c.sha256,
                       inbound.c.decided_sender, inbound.c.sender_note, inbound.c.subject,
                       inbound.c.quarantine_reason.label("reason"))
                .where(inbound.c.status == "quarantined").order_by(inbound.c.id)).mappings()]
            raws = repo.get_blobs(conn, {r["sha256"] for r in rows})
        for r in rows:
            r |= {"kind": "message", "sender": r.pop("decided_sender"),
                  "from_header": _from_header(raws.get(r.pop("sha256")))}
        packages = rejected_packages(engine)
        if as_json:
            typer.echo(json.dumps(rows + packages, ensure_ascii=False, indent=2,
                                  default=json_default(cfg)))
            return
        for r in rows:
            typer.echo(f"#{r['id']} {local_time(cfg, r['received_at'])} "
                       f"{_sender(r['sender'], r['sender_note'])} «{r['subject'] or ''}»"
                       f"\n    From header as written: {'; '.join(r['from_header']) or '(none)'}"
                       f"\n    why: {r['reason']}")
        for p in packages:
            typer.echo(f"e-doc package {p['package']} {local_time(cfg, p['received_at'])} "
                       f"(in the e-document folder's rejected/)\n    why: {p['reason']}")
        if not rows and not packages:
            typer.echo("The quarantine is empty.")

    @q.command("show")
    def show(inbound_id: int = ID,
             as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Why a message waits, who sent it, and what the parser found in it."""
        cfg, engine = open_store()
        summary = _summary(engine, cfg, _row(engine, inbound_id))
        if as_json:
            typer.echo(json.dumps(summary, ensure_ascii=False, indent=2,
                                  default=json_default(cfg)))
        else:
            _print_summary(summary)

    @q.command("release")
    def release(inbound_id: int = ID, case: str | None = typer.Option(
            None, "--case", help="Route it to this case."), by: str | None = BY,
            reason: str = typer.Option("", "--reason", help="Why, for the status log.")
            ) -> None:
        """Process the message again, trusting it (and routing it to --case if given)."""
        from gateway.records.manual import ManualRefused, release_letter

        cfg, engine = open_store()
        try:
            release_letter(engine, cfg, inbound_id, who(by), case, reason)
        except ManualRefused as exc:
            raise refused(exc) from None
        typer.echo(f"Message #{inbound_id} released" + (f" to case {case}" if case else "")
                   + "; it is processed on the next pass (gateway run --once).")

    @q.command("reject")
    def reject(inbound_id: int = ID,
               reason: str = typer.Option(..., "--reason", help="Why, for the status log."),
               by: str | None = BY) -> None:
        """Set the message aside for good (it stays stored), with the reason."""
        from gateway.records.manual import ManualRefused, reject_letter

        if not reason.strip():
            raise CliError("--reason must say why the message is rejected", exit_code=2)
        cfg, engine = open_store()
        try:
            reject_letter(engine, cfg, inbound_id, who(by), reason)
        except ManualRefused as exc:
            raise refused(exc) from None
        typer.echo(f"Message #{inbound_id} rejected; it stays stored.")

    app.add_typer(q, name="quarantine")
