"""`gateway.toml`: one file, validated by pydantic; secrets only by the name of an env variable.

Why here: every command needs the same resolved view of the file (paths made absolute against
the file's folder, the database URL chosen, environment overrides applied), and a mistake in the
file must be one clear sentence, not a traceback.  Keys named in contracts/cli.md keep their
names and meaning; the others are ours.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

CONFIG_ENV = "EKC_GATEWAY_CONFIG"
DATABASE_URL_ENV = "EKC_GATEWAY_DATABASE_URL"


class ConfigError(Exception):
    """The configuration cannot be used; the message says why, for a person."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SmtpListener(_Section):
    listen: str = "127.0.0.1:2525"
    recipients: list[str] = Field(default_factory=lambda: ["ekc@example.kz"])
    max_message_bytes: int = 30 * 1024 * 1024
    timeout_seconds: int = 60

    @property
    def host_port(self) -> tuple[str, int]:
        host, _, port = self.listen.rpartition(":")
        return host.strip("[]") or "127.0.0.1", int(port)


class SmtpRelay(_Section):
    host: str = "127.0.0.1"
    port: int = 25
    starttls: bool = False
    username: str = ""
    password_env: str = ""
    timeout_seconds: float = 30.0
    retry_horizon_hours: float = 48.0  # temporary failures retried this long, then the operator
    batch_size: int = 50

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


class Imap(_Section):
    name: str = "main"
    host: str = "127.0.0.1"
    port: int = 143
    ssl: bool = False
    username: str = "ekc"
    password_env: str = "EKC_IMAP_PASSWORD"
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    timeout_seconds: float = 30.0
    processed_flag: str = "$EkcProcessed"
    move_to: str = ""  # a folder to move processed messages to; empty: flag only
    start: Literal["all", "now"] = "all"  # on a mailbox with history: backfill, or from now on
    idle: bool = True  # use IDLE where offered
    poll_seconds: float = 30.0

    def password(self) -> str:
        return os.environ.get(self.password_env, "") if self.password_env else ""


class Edoc(_Section):
    root: str = "data/edoc"
    poll_seconds: float = 5.0


class Trust(_Section):
    # authserv-id of the receiving host whose Authentication-Results header we believe
    trusted_authserv_ids: list[str] = Field(default_factory=list)
    verify_dkim: bool = True  # verify DKIM ourselves when no trusted header says so


class Limits(_Section):
    attachment_bytes: int = 25 * 1024 * 1024
    unpacked_bytes: int = 200 * 1024 * 1024
    compression_ratio: int = 100
    pdf_pages: int = 50
    seconds_per_document: float = 20.0
    worker_memory_mb: int = 512


class Config(_Section):
    data_dir: str = "data"
    database_url: str = ""
    timezone: str = "Asia/Almaty"
    quality_control_agency: str = "qc"
    sender_address: str = "ekc@example.kz"
    sender_name: str = "Единый контакт-центр"
    language: Literal["ru", "kk"] = "ru"  # language of letters to agencies (both where asked)
    instance_name: str = ""  # empty: host name and pid
    max_attempts: int = 3  # a message failing this often is quarantined
    # a document the parser is less sure of (its `confidence`, 0-1) goes to an operator
    parse_confidence_threshold: float = Field(default=0.6, ge=0.0, le=1.0)
    smtp_listener: SmtpListener | None = None
    smtp_relay: SmtpRelay = Field(default_factory=SmtpRelay)
    imap: list[Imap] = Field(default_factory=list)
    edoc: Edoc = Field(default_factory=Edoc)
    trust: Trust = Field(default_factory=Trust)
    limits: Limits = Field(default_factory=Limits)
    # where the file was read from; paths below are resolved against its folder
    base_dir: Path = Field(default=Path("."), exclude=True)

    @field_validator("sender_address")
    @classmethod
    def _address(cls, v: str) -> str:
        if "\r" in v or "\n" in v or v.count("@") != 1:
            raise ValueError(f"not a single e-mail address: {v!r}")
        return v

    # -- resolved views ------------------------------------------------------------------

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
    def status_log_path(self) -> Path:
        return self.data_path / "status.log"

    @property
    def db_url(self) -> str:
        url = os.environ.get(DATABASE_URL_ENV) or self.database_url
        return url or f"sqlite:///{self.data_path / 'gateway.sqlite3'}"


def load(path: str | os.PathLike[str] | None = None) -> Config:
    """Read and validate `path`, else the file $EKC_GATEWAY_CONFIG names, else ./gateway.toml."""
    chosen = Path(path or os.environ.get(CONFIG_ENV) or "gateway.toml")
    try:
        raw = tomllib.loads(chosen.read_text(encoding="utf-8"))
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
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise ConfigError(f"{chosen}: {problems}") from None
    cfg.base_dir = chosen.resolve().parent
    return cfg
