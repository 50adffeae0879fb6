"""`gateway.toml`: one file, validated by pydantic; secrets only by the name of an env variable.

Why here: every command needs the same resolved view of the file (paths made absolute against
the file's folder, the database URL chosen, environment overrides applied), and a mistake in the
file must be one clear sentence, not a traceback.  Keys named in contracts/cli.md keep their
names and meaning; the others are ours.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from outbound.legal import DEFAULT_BASIS

Port = Annotated[int, Field(ge=1, le=65535)]
Positive = Annotated[float, Field(gt=0)]
Count = Annotated[int, Field(ge=1)]

CONFIG_ENV = "EKC_GATEWAY_CONFIG"
DATABASE_URL_ENV = "EKC_GATEWAY_DATABASE_URL"


class ConfigError(Exception):
    """The configuration cannot be used; the message says why, for a person."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SmtpListener(_Section):
    listen: str = "127.0.0.1:2525"
    recipients: list[str] = Field(default_factory=lambda: ["ekc@example.kz"])
    max_message_bytes: Count = 30 * 1024 * 1024
    timeout_seconds: Count = 60
    max_recipients: int = Field(100, ge=1)  # RCPT past this many: 452
    # NOOP, RSET, HELP, VRFY, EXPN per session past this many: 421 and the connection closed
    # (a client sending NOOP every few seconds would otherwise hold a connection forever)
    command_call_limit: int = Field(20, ge=1)

    @field_validator("listen")
    @classmethod
    def _listen(cls, v: str) -> str:
        host, colon, port = v.rpartition(":")
        if not colon or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
            raise ValueError(f"{v!r} is not host:port; write e.g. \"127.0.0.1:2525\" "
                             f"(a port from 1 to 65535)")
        return v

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]") or "127.0.0.1", int(port)


class SmtpRelay(_Section):
    host: str = "127.0.0.1"
    port: Port = 25
    starttls: bool = False
    username: str = ""
    password_env: str = ""
    timeout_seconds: Positive = 30.0
    retry_horizon_hours: Positive = 48.0  # temporary failures retried this long, then the operator
    batch_size: Count = 50

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


class Journal(_Section):
    """A journal recipient added to every letter's envelope, and the mailbox its copies land
    in: a letter whose final dot went but whose answer was never recorded is settled by
    looking for its copy there (gateway.delivery.doubt)."""

    address: str  # the relay delivers every letter to it too
    host: str = "127.0.0.1"
    port: Port = 143
    ssl: bool = False
    username: str = "journal"
    password_env: str = "EKC_JOURNAL_PASSWORD"
    folder: str = "INBOX"
    timeout_seconds: Positive = 30.0
    # the relay files its copy within this long of accepting a letter: a copy still missing
    # after it means the relay never took the letter, and it is sent again
    grace_seconds: float = Field(600.0, ge=0)

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


class Imap(_Section):
    name: str = "main"
    host: str = "127.0.0.1"
    port: Port = 143
    ssl: bool = False
    username: str = "ekc"
    password_env: str = "EKC_IMAP_PASSWORD"
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    timeout_seconds: Positive = 30.0
    processed_flag: str = "$EkcProcessed"
    move_to: str = ""  # a folder to move processed messages to; empty: flag only
    start: Literal["all", "now"] = "all"  # on a mailbox with history: backfill, or from now on
    idle: bool = True  # use IDLE where offered
    poll_seconds: Positive = 30.0

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


class Edoc(_Section):
    root: str = "data/edoc"
    poll_seconds: Positive = 5.0
    # an envelope.json that is not valid JSON is judged only once unchanged this long (it may
    # still be being written)
    settle_seconds: Annotated[float, Field(ge=0)] = 5.0


class Trust(_Section):
    # authserv-id of the receiving host whose Authentication-Results header we believe
    trusted_authserv_ids: list[str] = Field(default_factory=list)
    verify_dkim: bool = True  # verify DKIM ourselves when no trusted header says so
    # CA certificates (PEM or DER files, or folders of them: Kazakhstan's NCA roots and
    # issuing CAs) that a document's e-signature must chain to for it to be "valid"
    signature_roots: list[str] = Field(default_factory=list)
    # CRL and delta-CRL files (`gateway trust refresh` downloads them there, or the deployment
    # drops them there itself); empty: revocation is not checked
    crl_folder: str = ""
    # CRLs to download besides those the trusted certificates name (an issuing CA's own CRL is
    # named only in the certificates it issues: e.g. the NCA's nca_gost2022.crl)
    crl_urls: list[str] = Field(default_factory=list)
    # without a current CRL saying the signer is not revoked a signature is only "unverified"
    require_revocation: bool = True
    # ask the OCSP responder a signer's certificate names when no current CRL speaks of it
    # (the verdict then depends on the network at the moment the letter is read)
    ocsp: bool = False


class Limits(_Section):
    attachment_bytes: Count = 25 * 1024 * 1024
    unpacked_bytes: Count = 200 * 1024 * 1024
    compression_ratio: Count = 100
    pdf_pages: Count = 50
    seconds_per_document: Positive = 20.0
    worker_memory_mb: Count = 512


class Web(_Section):
    """The operators' board (gateway.web): where it listens, its secrets, whom it alerts."""

    listen: str = "127.0.0.1:8080"
    secret_env: str = ""  # env variable holding the cookie-signing secret; empty: a generated
    #                       one kept in <data_dir>/web-secret
    tls_certificate: str = ""  # PEM files; both set: HTTPS
    tls_key: str = ""
    alert_address: str = ""  # the operators' address the watchdog mails; empty: no mail
    session_hours: float = 12.0  # a session ends this long after login, whatever happens
    session_idle_minutes: float = 60.0  # ... or after this long unused
    max_failed_logins: int = 5  # per user name and per client address ...
    failed_login_window_minutes: float = 15.0  # ... in this window, then refused until it ends
    page_size: int = 50

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]") or "127.0.0.1", int(port)

    def secret(self) -> str:
        return os.environ.get(self.secret_env, "") if self.secret_env else ""


class LegalBasis(_Section):
    """The act the letters cite, in the forms a citation needs (outbound.legal): a deployment
    under a later act changes this section, not the templates.  Default: the order of the
    Acting Minister for Investments and Development of 18 February 2015 No. 130, as the Rules'
    heading names it."""

    issuer_ru: str = DEFAULT_BASIS["issuer_ru"]  # after "приказом": genitive
    issuer_kk: str = DEFAULT_BASIS["issuer_kk"]  # before the date: genitive
    date: dt.date = DEFAULT_BASIS["date"]
    number: str = DEFAULT_BASIS["number"]
    title_ru: str = DEFAULT_BASIS["title_ru"]  # after "пунктом N": genitive plural
    title_kk: str = DEFAULT_BASIS["title_kk"]  # nominative ("… қағидалары")


class Config(_Section):
    data_dir: str = "data"
    database_url: str = ""
    timezone: str = "Asia/Almaty"
    quality_control_agency: str = "qc"
    sender_address: str = "ekc@example.kz"
    sender_name: str = "Единый контакт-центр"
    sender_name_kk: str = "Бірыңғай байланыс орталығы"  # the same in letters in Kazakh
    language: Literal["ru", "kk"] = "ru"  # language of letters to agencies (both where asked)
    instance_name: str = ""  # empty: host name and pid
    max_attempts: Count = 3  # a message failing this often is quarantined
    # p.12 "в течение месяца": a month as the Civil Code counts one, from a refusal to the
    # same date of the next month ("month"); any 30 days ("rolling"); the calendar month
    refusal_month: Literal["month", "rolling", "calendar"] = "month"
    # reminders of a passed deadline: the first on the working day after it, then every this
    # many working days, at most `max_reminders`; then the case is flagged for the operator
    reminder_interval_days: Count = 5
    max_reminders: int = Field(3, ge=0)
    # the act whose Rules the letters cite (issuer, date, number, title): one setting
    legal_basis: LegalBasis = Field(default_factory=lambda: LegalBasis())
    # decree days (added holidays, working weekends) besides mappings/calendar.toml; relative
    # to this file; empty: none
    calendar_file: str = ""
    # the very same bytes arriving again within this many days are a duplicate (a resend
    # without a Message-ID); 0: only the Message-ID decides
    duplicate_window_days: float = Field(7.0, ge=0)
    # a document the parser is less sure of (its `confidence`, 0-1) goes to an operator
    parse_confidence_threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    smtp_listener: SmtpListener | None = None
    smtp_relay: SmtpRelay = Field(default_factory=SmtpRelay)
    journal: Journal | None = None  # absent: a letter in doubt waits for an operator
    imap: list[Imap] = Field(default_factory=list)
    edoc: Edoc = Field(default_factory=Edoc)
    trust: Trust = Field(default_factory=Trust)
    limits: Limits = Field(default_factory=Limits)
    web: Web | None = None  # absent: `gateway run` serves no board (`gateway web` still can)
    # where the file was read from; paths below are resolved against its folder
    base_dir: Path = Field(default=Path("."), exclude=True)

    @field_validator("sender_address")
    @classmethod
    def _address(cls, v: str) -> str:
        if "\r" in v or "\n" in v or v.count("@") != 1:
            raise ValueError(f"{v!r} is not a single e-mail address; write e.g. "
                             f"\"ekc@example.kz\"")
        return v

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, v: str) -> str:
        problem = timezone_problem(v)
        if problem:
            raise ValueError(problem)
        return v

    @field_validator("database_url")
    @classmethod
    def _database(cls, v: str) -> str:
        problem = database_problem(v) if v else None
        if problem:
            raise ValueError(problem)
        return v

    # -- resolved views ------------------------------------------------------------------

    def sender_name_for(self, language: str) -> str:
        """The name letters in `language` are signed with and sent from."""
        return self.sender_name_kk if language == "kk" and self.sender_name_kk else \
            self.sender_name

    def _resolve(self, p: str) -> Path:
        path = Path(p)
        return path if path.is_absolute() else (self.base_dir / path).resolve()

    @property
    def data_path(self) -> Path:
        return self._resolve(self.data_dir)

    @property
    def edoc_root(self) -> Path:
        return self._resolve(self.edoc.root)

    @property
    def signature_root_paths(self) -> tuple[str, ...]:
        return tuple(str(self._resolve(p)) for p in self.trust.signature_roots)

    @property
    def crl_path(self) -> Path | None:
        return self._resolve(self.trust.crl_folder) if self.trust.crl_folder else None

    @property
    def calendar_path(self) -> Path | None:
        return self._resolve(self.calendar_file) if self.calendar_file else None

    @property
    def status_log_path(self) -> Path:
        # every status-log line asks for it (the outbox: once a letter): built once per folder
        relative = not (self.base_dir.is_absolute() or Path(self.data_dir).is_absolute())
        return _status_log(str(self.base_dir), self.data_dir, os.getcwd() if relative else "")

    @property
    def duplicate_window(self) -> dt.timedelta:
        return dt.timedelta(days=self.duplicate_window_days)

    @property
    def db_url(self) -> str:
        url = os.environ.get(DATABASE_URL_ENV) or self.database_url
        return url or f"sqlite:///{self.data_path / 'gateway.sqlite3'}"


def timezone_problem(name: str) -> str | None:
    """Why `name` is not a time zone this machine knows, or None."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"{name!r} is not a time zone; use an IANA name such as \"Asia/Almaty\""
    return None


def database_problem(url: str) -> str | None:
    """Why the database `url` cannot be used here (not a URL, an unknown or missing driver)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    fix = ("use \"\" for SQLite in data_dir or "
           "\"postgresql+psycopg://user@host:5432/db\"")
    try:
        parsed = make_url(url)
        dialect = parsed.get_dialect()
    except NoSuchModuleError:  # before ArgumentError, its base class
        return f"no database driver for {url.split(':', 1)[0]!r} here; {fix}"
    except (ArgumentError, ValueError):
        return f"{url!r} is not a database URL; {fix}"
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        return (f"the driver {getattr(exc, 'name', None) or parsed.drivername!r} for "
                f"{parsed.drivername!r} is not installed; {fix}")
    return None


def _problem(error: Any) -> str:
    """One pydantic error as `key: what is wrong and the fix`."""
    key = ".".join(str(p) for p in error["loc"]) or "the file"
    kind, msg = error["type"], error["msg"]
    if kind == "extra_forbidden":
        return f"{key}: no such key (a typo? `gateway init DIR` writes every key, commented)"
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
    elif "input" in error and not isinstance(error["input"], dict | list):
        msg = f"{error['input']!r}: {msg[:1].lower()}{msg[1:]}"
    return f"{key}: {msg}"


def load(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate `path`, else the file $EKC_GATEWAY_CONFIG names, else ./gateway.toml."""
    chosen = Path(path or os.environ.get(CONFIG_ENV) or "gateway.toml")
    if chosen.is_dir():
        inside = chosen / "gateway.toml"
        hint = f"; did you mean {inside}?" if inside.is_file() else \
            " (create one with `gateway init DIR`)"
        raise ConfigError(f"--config names the folder {chosen}, not a file{hint}")
    try:
        raw = tomllib.loads(chosen.read_text(encoding="utf-8"))
    except PermissionError:
        raise ConfigError(f"cannot read the configuration file {chosen}: permission denied") \
            from None
    except FileNotFoundError:
        raise ConfigError(
            f"configuration file not found: {chosen} (create one with `gateway init DIR`, "
            f"then pass --config DIR/gateway.toml or set {CONFIG_ENV})"
        ) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{chosen}: not valid TOML: {exc}") from None
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors())
        raise ConfigError(f"{chosen}: {problems}") from None
    cfg.base_dir = chosen.resolve().parent
    override = os.environ.get(DATABASE_URL_ENV)
    problem = database_problem(override) if override else None
    if problem:
        raise ConfigError(f"{DATABASE_URL_ENV}: {problem}")
    return cfg


@functools.lru_cache(maxsize=16)
def _status_log(base_dir: str, data_dir: str, cwd: str) -> Path:
    """<data_dir>/status.log as Config._resolve finds it (`cwd`: the working folder a relative
    one is resolved in)."""
    path = Path(data_dir)
    if not path.is_absolute():
        path = (Path(cwd or "/") / base_dir / path).resolve()
    return path / "status.log"
