"""What every command shares: the chosen configuration, the open store, the plain-error type."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    try:
        cfg.data_path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"data_dir: cannot create {cfg.data_path} ({exc.strerror or exc}); set "
                       f"data_dir to a folder this user may write", exit_code=2) from None
    engine = make_engine(cfg.db_url)
    try:
        upgrade(engine)
    except Exception as exc:
        where = cfg.db_url.split("@")[-1]
        raise CliError(f"cannot open the database {where}: {type(exc).__name__}: {exc}") from None
    return cfg, engine


def _aware(moment: dt.datetime | str) -> dt.datetime:
    """A stored time as an aware one (SQLite hands back the naive UTC it was given)."""
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def local_time(cfg: Config, moment: dt.datetime | str | None, seconds: bool = False) -> str:
    """A moment as people read it: in the configured zone, "2026-12-02 09:10"."""
    if moment is None or moment == "":
        return "never"
    from zoneinfo import ZoneInfo

    local = _aware(moment).astimezone(ZoneInfo(cfg.timezone))
    return f"{local:%Y-%m-%d %H:%M:%S}" if seconds else f"{local:%Y-%m-%d %H:%M}"


def iso_time(cfg: Config, moment: dt.datetime | str) -> str:
    """A moment for --json: ISO 8601 with its offset, in the configured zone."""
    from zoneinfo import ZoneInfo

    return _aware(moment).astimezone(ZoneInfo(cfg.timezone)).isoformat(timespec="seconds")


def json_default(cfg: Config) -> Callable[[Any], str]:
    """json.dumps(default=...) for --json: times ISO 8601 with offset, dates ISO, others str."""

    def default(value: Any) -> str:
        if isinstance(value, dt.datetime):
            return iso_time(cfg, value)
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)

    return default


def read_text_file(file: Path, what: str) -> str:
    """An operator's UTF-8 text file (questions, a request, explanations), stripped; a file
    that cannot be read or holds nothing is one sentence (`what` says what to write)."""
    try:
        text = file.read_text(encoding="utf-8").strip()
    except UnicodeDecodeError:
        raise CliError(f"{file} is not UTF-8 text: save it as UTF-8 and try again") from None
    except OSError as exc:
        raise CliError(f"cannot read {file}: {exc.strerror or exc}") from None
    if not text:
        raise CliError(f"{file} is empty: write {what} first")
    return text


def listener_error(exc: OSError, cfg: Config) -> CliError:
    """The SMTP listener's port refused, as one sentence; any other OSError is raised again."""
    listen = cfg.smtp_listener.listen if cfg.smtp_listener else ""
    error = bind_error(exc, "[smtp_listener] listen", listen)
    if error is None:
        raise exc
    return error


def bind_error(exc: OSError, key: str, address: str) -> CliError | None:
    """A port that cannot be listened on, as one sentence naming the key; None for another
    OSError."""
    import errno

    if exc.errno == errno.EADDRINUSE or "address already in use" in str(exc).lower():
        return CliError(f"{key} {address}: the port is already in use (is another gateway "
                        f"running?); stop that program or choose another port")
    if exc.errno in (errno.EACCES, errno.EADDRNOTAVAIL):
        return CliError(f"{key} {address}: cannot listen there ({exc.strerror}); choose a port "
                        f"above 1024 on an address of this machine")
    return None


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


def who(by: str | None) -> str:
    """Who acts (`--by`), else the login name."""
    import getpass

    if by:
        return by
    try:
        return getpass.getuser()
    except Exception:  # no login name in a container
        return "operator"


REFUSED_EN = {
    "empty_text": "the text is empty",
    "empty_reason": "the reason must say why the message is rejected",
    "no_case": "no case {case!r} (see `gateway cases`)",
    "trained": "the training of {case} took place (protocol signed {on}): questions go before "
               "it (p.8); ask with `gateway case ask {case} FILE` (p.10) instead",
    "not_sent": "not queued: {why}",
    "no_letter": "no message #{id}",
    "not_quarantined": "message #{id} is {status}, not quarantined",
    "changed": "message #{id} was changed meanwhile; look again",
    "recorded": "the protocol is recorded already (signed {signed})",
    "no_to": "say which additional request it answers (--to)",
    "no_request": "the case has no additional request {to!r} (give its outgoing number, outbox "
                  "id or Message-ID; see `gateway outbox`)",
    "answered": "that request was answered on {on}",
}


def refused(exc: Any) -> CliError:
    """A gateway.records.manual refusal in the CLI's words (the board words the same codes)."""
    text = REFUSED_EN.get(exc.code, exc.code)
    try:
        return CliError(text.format(**exc.facts))
    except (KeyError, IndexError):
        return CliError(text)
