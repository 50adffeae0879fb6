"""CLI: `gateway appeals import FILE` and `gateway report monthly` (p.14, Appendix 2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer

from gateway.cli.context import CliError, open_store, progress_bar


def register(app: typer.Typer) -> None:
    appeals_app = typer.Typer(help="The contact centre's complaints and appeals.",
                              no_args_is_help=True)
    report_app = typer.Typer(help="Reports.", no_args_is_help=True)

    @appeals_app.command("import")
    def appeals_import(file: Path) -> None:
        """Import appeals (CSV or XLSX) with the header: received_at,forum_responsible,region,
        applicant,nature,content,measures,standard_violation,staff_action,agency_id,
        registry_number.  received_at is 'YYYY-MM-DD HH:MM'; a bad row imports nothing."""
        from gateway.imports import ImportError_, read_rows
        from gateway.report import APPEALS_HEADER, import_appeals

        _, engine = open_store()
        try:
            total = len(read_rows(file, APPEALS_HEADER))
            with progress_bar("importing appeals") as bar:
                task = bar.add_task("appeals", total=total)
                n = import_appeals(engine, file, progress=lambda k: bar.advance(task, k))
        except ImportError_ as exc:
            for problem in exc.problems:
                typer.echo(f"{file}: {problem}", err=True)
            raise CliError(f"nothing imported: {len(exc.problems)} problem(s) in {file}") \
                from None
        typer.echo(f"appeals: {n} imported")

    @report_app.command("monthly")
    def monthly(
        month: str | None = typer.Option(None, "--month", help="YYYY-MM (default: last month)."),
        out: Path | None = typer.Option(None, "--out", help="Folder for the files."),
        send: bool = typer.Option(False, "--send", help="Queue the letters to the authority "
                                  "and the agencies."),
        force: bool = typer.Option(False, "--force", help="With --send: send again."),
        as_json: bool = typer.Option(False, "--json"),
    ) -> None:
        """Build the Appendix 2 report for a month: all rows for the quality-control authority,
        each agency its own rows, as DOCX and XLSX."""
        from sqlalchemy import insert
        from sqlalchemy.exc import IntegrityError

        from gateway.calendar import local_today
        from gateway.clock import previous_month
        from gateway.report import build_month, queue_monthly
        from gateway.store.schema import clock_marks

        cfg, engine = open_store()
        month = month or previous_month(local_today(cfg.timezone))
        try:
            dt.date.fromisoformat(month + "-01")
        except ValueError:
            raise CliError(f"--month must be YYYY-MM, not {month!r}", exit_code=2) from None
        folder = out or cfg.data_path / "reports" / month
        if send:
            try:
                with engine.begin() as conn:
                    if not force:
                        conn.execute(insert(clock_marks).values(
                            key=f"report:{month}", at=dt.datetime.now(dt.UTC)))
                    queued = queue_monthly(conn, cfg, month, folder)
            except IntegrityError:
                raise CliError(f"the report for {month} was already sent; --force to send "
                               "it again") from None
            typer.echo(f"report {month}: {queued} letter(s) queued; files in {folder}")
            return
        with engine.connect() as conn, progress_bar("building reports") as bar:
            task = bar.add_task("reports", total=None)
            files = build_month(conn, cfg, month, folder, progress=lambda k: bar.advance(task, k))
        if as_json:
            typer.echo(json.dumps([{"agency_id": f.agency_id, "rows": f.rows,
                                    "files": [str(p) for p in f.paths]} for f in files],
                                  ensure_ascii=False, indent=2))
            return
        for f in files:
            typer.echo(f"{f.agency_id}: {f.rows} row(s) -> {', '.join(p.name for p in f.paths)}")
        typer.echo(f"files in {folder}")

    app.add_typer(appeals_app, name="appeals")
    app.add_typer(report_app, name="report")
