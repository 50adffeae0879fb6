"""A gateway with the shipped directory and registry imported, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from email.message import EmailMessage
from pathlib import Path

import pytest

from gateway.config import Config, Trust
from gateway.delivery.requests import queue_requests
from gateway.records.imports import import_agencies, import_registry
from mappings import path

TRUSTED = "mx.ekc.example.kz"


def _config(data: Path) -> Config:
    return Config(data_dir=str(data), trust=Trust(trusted_authserv_ids=[TRUSTED],
                                                  verify_dkim=True))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """One SQLite database with the directory and registry imported (the registry import
    renders a request per case, most of a test's set-up), copied into each SQLite test."""
    from gateway.store import make_engine
    from gateway.store.migrate import upgrade

    root = tmp_path_factory.mktemp("template")
    engine = make_engine(f"sqlite:///{root / 'template.sqlite3'}")
    upgrade(engine)
    cfg = _config(root / "data")
    import_agencies(engine, cfg, path("agencies.csv"))
    import_registry(engine, cfg, path("registry.csv"))
    queue_requests(engine, cfg, 100)  # the outbox pass writes the p.4 requests
    engine.dispose()
    return root / "template.sqlite3"


@pytest.fixture
def gw(db_engine, tmp_path, sqlite_template):
    cfg = _config(tmp_path / "data")
    if db_engine.dialect.name == "sqlite":
        db_engine.dispose()
        with closing(sqlite3.connect(sqlite_template)) as src, \
                closing(sqlite3.connect(db_engine.url.database)) as dst:
            src.backup(dst)
    else:
        import_agencies(db_engine, cfg, path("agencies.csv"))
        import_registry(db_engine, cfg, path("registry.csv"))
        queue_requests(db_engine, cfg, 100)  # the outbox pass writes the p.4 requests
    return cfg, db_engine


def letter(sender: str, subject: str, body: str, *, auth: str | None = None,
           attachments: list[tuple[str, bytes]] = (), headers: dict[str, str] | None = None,
           msgid: str = "<m1@agency.kz>") -> bytes:
    msg = EmailMessage()
    if auth:
        msg["Authentication-Results"] = auth
    msg["From"] = sender
    msg["To"] = "ekc@example.kz"
    msg["Subject"] = subject
    msg["Message-ID"] = msgid
    msg["Date"] = "Wed, 25 Nov 2026 10:00:00 +0500"
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg.as_bytes()


def dkim_pass(domain: str) -> str:
    return f"{TRUSTED}; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"


FIXTURES = Path(__file__).parent
