"""CLI: `gateway trust refresh` — the CRLs of the trusted certification authorities fetched
into `[trust] crl_folder` (gateway.records.crls says why ahead of time); `gateway trust show`
— the configured certificates and how current each CRL in the folder is."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import typer

from gateway.cli.context import CliError, state


def register(app: typer.Typer) -> None:
    trust_app = typer.Typer(help="E-signature trust: roots and CRLs.", no_args_is_help=True)

    @trust_app.command("refresh")
    def refresh(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """Download the CRLs and delta CRLs the trusted certificates name (and [trust]
        crl_urls) into [trust] crl_folder; run it daily from a timer."""
        from gateway.records import crls

        cfg = state.config()
        try:
            results = crls.refresh(cfg)
        except ValueError as exc:
            raise CliError(str(exc)) from None
        if as_json:
            typer.echo(json.dumps([r.__dict__ for r in results], ensure_ascii=False, indent=2))
        else:
            if not results:
                typer.echo("no CRL to fetch: no certificate in [trust] signature_roots names "
                           "one, and [trust] crl_urls is empty")
            for r in results:
                typer.echo(f"{'ok    ' if r.ok else 'FAILED'} {r.url}\n       {r.detail}")
        if results and not all(r.ok for r in results):
            raise typer.Exit(1)

    @trust_app.command("show")
    def show(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
        """The trusted certificates and the CRLs in the folder, each with its dates."""
        from parsers.signing.certs import load_paths
        from parsers.signing.crl import CrlStore

        cfg = state.config()
        certs, problems = load_paths(cfg.signature_root_paths)
        folder = cfg.crl_path
        store = CrlStore(str(folder) if folder else None)
        now = dt.datetime.now(dt.UTC)
        data: dict[str, Any] = {
            "certificates": [{"subject": c.display, "valid_until": c.not_after.isoformat(),
                              "ca": c.is_ca} for c in certs],
            "problems": problems + store.problems,
            "crl_folder": str(folder) if folder else None,
            "crls": [{"file": c.source, "issuer": c.tbs["issuer"].human_friendly,
                      "delta": c.is_delta, "this_update": c.this_update.isoformat(),
                      "next_update": c.next_update.isoformat() if c.next_update else None,
                      "current": c.next_update is None or c.next_update >= now,
                      "trusted_issuer": any(c.issuer_key == x.subject_key and c.signed_by(x)
                                            for x in certs)}
                     for c in store.crls],
        }
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        typer.echo(f"trusted certificates ({len(certs)}):")
        for c in data["certificates"]:
            typer.echo(f"  {c['subject']} (until {c['valid_until'][:10]})")
        typer.echo(f"CRLs in {data['crl_folder'] or '(no [trust] crl_folder)'}:")
        for c in data["crls"]:
            state_ = "current" if c["current"] else "OUT OF DATE"
            typer.echo(f"  {c['file']}: {'delta ' if c['delta'] else ''}{c['issuer']}, "
                       f"next update {(c['next_update'] or '-')[:16]} ({state_})")
        for p in data["problems"]:
            typer.echo(f"  problem: {p}", err=True)

    app.add_typer(trust_app, name="trust")
