"""What every command shares: the chosen configuration, the open store, the plain-error type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from gateway.config import Config


class CliError(Exception):
    """A failure the user can act on: printed as one line, exit status `exit_code`."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass
class _State:
    config_path: Path | None = None
    _config: Config | None = None

    def config(self) -> Config:
        if self._config is None:
            from gateway.config import ConfigError, load

            try:
                cfg = load(self.config_path)
            except ConfigError as exc:
                raise CliError(str(exc), exit_code=2) from None
            if cfg.calendar_path is not None:  # the deployment's decree days
                from gateway.calendar import CalendarError, use_calendar_file

                try:
                    use_calendar_file(cfg.calendar_path)
                except CalendarError as exc:
                    raise CliError(f"calendar_file: {exc}", exit_code=2) from None
            self._config = cfg
        return self._config


state = _State()


def open_store() -> tuple[Config, Engine]:
    """The configuration and a database engine brought up to the current schema."""
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade

    cfg = state.config()
    cfg.data_path.mkdir(parents=True, exist_ok=True)
    engine = make_engine(cfg.db_url)
    try:
        upgrade(engine)
    except Exception as exc:
        where = cfg.db_url.split("@")[-1]
        raise CliError(f"cannot open the database {where}: {type(exc).__name__}: {exc}") from None
    return cfg, engine


def progress_bar(label: str):  # type: ignore[no-untyped-def]
    """A rich progress bar on standard error when it is a terminal; silent otherwise."""
    import sys

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(),
        console=Console(stderr=True), disable=not sys.stderr.isatty(), transient=True,
    )


def parse_day(value: str | None, option: str = "--today"):  # type: ignore[no-untyped-def]
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CliError(f"{option} must be YYYY-MM-DD, not {value!r}", exit_code=2) from None


def today_for(cfg, value: str | None):  # type: ignore[no-untyped-def]
    from gateway.calendar import local_today

    return parse_day(value) or local_today(cfg.timezone)
