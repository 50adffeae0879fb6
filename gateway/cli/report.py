"""CLI: `gateway appeals import FILE` and `gateway report monthly` (p.14, Appendix 2).

Why one module: both commands serve the monthly report — the appeals are its rows."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer

from gateway.cli.context import CliError, open_store, progress_bar


def _appeals_help() -> str:
    from gateway.records.appeals import APPEALS_HEADER, HEADER_HELP

    lines = "\n\n".join(f"  {name}: {HEADER_HELP[name]}" for name in APPEALS_HEADER)
    return ("Import the contact centre's complaints and appeals (the rows of the Appendix 2 "
            "report) from a CSV (UTF-8, comma-separated) or XLSX file whose first row is the "
            f"header:\n\n  {','.join(APPEALS_HEADER)}\n\n{lines}\n\n"
            "A file with a bad row imports nothing and exits 1 naming every bad line; rows "
            "already imported are skipped.")


def _check_month(month: str) -> str:
    from gateway.records.appeals import month_bounds

    try:
        month_bounds(month)
    except ValueError:
        raise CliError(f"--month must be YYYY-MM, not {month!r}", exit_code=2) from None
    return dt.datetime.strptime(month, "%Y-%m").strftime("%Y-%m")


def register(app: typer.Typer) -> None:
    appeals_app = typer.Typer(help="The contact centre's complaints and appeals.",
                              no_args_is_help=True)
    report_app = typer.Typer(help="The monthly analytical report (Rules p.14, Appendix 2).",
                             no_args_is_help=True)

    @appeals_app.command("import", help=_appeals_help())
    def appeals_import(
        file: Path = typer.Argument(..., help="The CSV or XLSX file."),
        as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
    ) -> None:
        from gateway.records.appeals import import_appeals, read_appeal_rows
        from gateway.records.imports import ImportError_

        _, engine = open_store()
        try:
            total = len(read_appeal_rows(file))
            with progress_bar("importing appeals") as bar:
                task = bar.add_task("appeals", total=total)
                result = import_appeals(engine, file, progress=lambda k: bar.advance(task, k))
        except ImportError_ as exc:
            for problem in exc.problems:
                typer.echo(f"{file}: {problem}", err=True)
            raise CliError(f"nothing imported: {len(exc.problems)} problem(s) in {file}") \
                from None
        if as_json:
            typer.echo(json.dumps(result.as_dict()))
        else:
            typer.echo(f"appeals: {result.imported} imported, {result.skipped} already there")

    @report_app.command("monthly")
    def monthly(
        month: str | None = typer.Option(None, "--month",
                                         help="YYYY-MM (default: last month, local time)."),
        out: Path | None = typer.Option(None, "--out", help="Folder for the files "
                                        "(default: <data_dir>/reports/<YYYY-MM>/)."),
        send: bool = typer.Option(False, "--send", help="Queue the letters to the authority "
                                  "and the agencies (once a month unless --force)."),
        force: bool = typer.Option(False, "--force", help="With --send: send again."),
        as_json: bool = typer.Option(False, "--json", help="Print what was written as JSON."),
    ) -> None:
        """Build the Appendix 2 report for a month: all rows for the quality-control authority,
        each agency its own rows, as DOCX and XLSX."""
        from sqlalchemy import insert
        from sqlalchemy.exc import IntegrityError

        from gateway.calendar import local_today
        from gateway.records.report import build_month, previous_month, recipients, send_month
        from gateway.store.schema import clock_marks

        cfg, engine = open_store()
        today = local_today(cfg.timezone)
        month = _check_month(month) if month else previous_month(today)
        if month > f"{today:%Y-%m}":
            raise CliError(f"--month {month} has not begun yet (today is {today}); give a month "
                           f"up to {today:%Y-%m}, usually the last one ({previous_month(today)})",
                           exit_code=2)
        folder = out or cfg.data_path / "reports" / month
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CliError(f"cannot write the reports into {folder}: {exc.strerror}") from None
        with engine.connect() as conn:
            total = len(recipients(conn, cfg, month))
        queued = None
        with progress_bar("building reports") as bar:
            task = bar.add_task("reports", total=total)

            def step(k: int) -> None:
                bar.advance(task, k)

            if send:
                try:
                    with engine.begin() as conn:
                        if not force:  # the clock's mark: the same month never goes twice
                            conn.execute(insert(clock_marks).values(
                                key=f"report:{month}", at=dt.datetime.now(dt.UTC)))
                        files, queued = send_month(conn, cfg, month, folder, progress=step)
                except IntegrityError:
                    raise CliError(f"the report for {month} was already sent; add --force "
                                   "to send it again") from None
            else:
                with engine.connect() as conn:
                    files = build_month(conn, cfg, month, folder, progress=step)
        if as_json:
            typer.echo(json.dumps({
                "month": month, "folder": str(folder), "queued": queued,
                "reports": [{"agency_id": f.agency_id, "rows": f.rows,
                             "files": [str(p) for p in f.paths]} for f in files]},
                ensure_ascii=False, indent=2))
            return
        for f in files:
            typer.echo(f"{f.agency_id}: {f.rows} row(s) -> {', '.join(p.name for p in f.paths)}")
        if queued is not None:
            typer.echo(f"report {month}: {queued} letter(s) queued")
        typer.echo(f"files in {folder}")

    app.add_typer(appeals_app, name="appeals")
    app.add_typer(report_app, name="report")
