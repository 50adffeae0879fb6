"""The SMTP listener (a real aiosmtpd server, spoken to with smtplib) and the e-document folder."""

from __future__ import annotations

import json
import smtplib

import pytest
from sqlalchemy import func, select

from gateway.config import Config, SmtpListener
from gateway.imports import import_agencies
from gateway.sources.edoc import EdocInbox
from gateway.sources.smtp import SmtpListener as Listener
from gateway.store.schema import inbound
from mappings import path
from tests.fixtures.dovecot import free_port

MSG = (b"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\nSubject: hi\r\n"
       b"Message-ID: <s1@minjust.gov.kz>\r\n\r\nbody\r\n")


def rows(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(inbound)).scalar()


@pytest.fixture
def listener(db_engine, tmp_path):
    cfg = Config(data_dir=str(tmp_path), smtp_listener=SmtpListener(
        listen=f"127.0.0.1:{free_port()}", recipients=["ekc@example.kz"],
        max_message_bytes=10_000))
    lst = Listener(cfg, db_engine)
    lst.start()
    yield lst, db_engine
    lst.stop()


def client(lst) -> smtplib.SMTP:
    return smtplib.SMTP("127.0.0.1", lst.port, timeout=10)


def test_accepts_and_commits_before_250(listener):
    lst, engine = listener
    with client(lst) as c:
        assert c.sendmail("a@minjust.gov.kz", ["ekc@example.kz"], MSG) == {}
    assert rows(engine) == 1


def test_unknown_recipient_550(listener):
    lst, _ = listener
    with client(lst) as c:
        c.ehlo()
        c.mail("a@minjust.gov.kz")
        assert c.rcpt("someone@example.kz")[0] == 550


def test_too_large_552(listener):
    lst, engine = listener
    with client(lst) as c, pytest.raises(smtplib.SMTPException) as err:
        c.sendmail("a@x.kz", ["ekc@example.kz"], MSG + b"x" * 20_000 + b"\r\n")
    assert "552" in str(err.value)
    assert rows(engine) == 0


def test_bare_lf_refused(listener):
    lst, engine = listener
    with client(lst) as c:
        c.ehlo()
        c.mail("a@x.kz")
        c.rcpt("ekc@example.kz")
        c.putcmd("data")
        assert c.getreply()[0] == 354
        c.send(b"Subject: x\r\n\r\nsmuggled\n.\nMAIL FROM:<evil@x>\r\n.\r\n")
        code, _ = c.getreply()
    assert code == 554 and rows(engine) == 0


def test_451_when_the_database_is_gone(listener, monkeypatch):
    lst, _ = listener
    import gateway.sources.smtp as smtp_mod

    def broken(*a, **k):
        raise OSError("database unavailable")

    monkeypatch.setattr(smtp_mod, "commit_inbound", broken)
    with client(lst) as c, pytest.raises(smtplib.SMTPDataError) as err:
        c.sendmail("a@x.kz", ["ekc@example.kz"], MSG)
    assert err.value.smtp_code == 451


# -- e-document folder ------------------------------------------------------------------------


@pytest.fixture
def edoc(db_engine, tmp_path):
    cfg = Config(data_dir=str(tmp_path), edoc={"root": str(tmp_path / "edoc")})
    import_agencies(db_engine, cfg, path("agencies.csv"))
    return EdocInbox(cfg, db_engine), db_engine, tmp_path / "edoc"


def package(root, pid, envelope=None, files=None, write_envelope=True):
    folder = root / "incoming" / pid
    folder.mkdir(parents=True)
    for name, data in (files or {"form.txt": b"text"}).items():
        (folder / name).write_bytes(data)
    env = envelope or {"id": pid, "agency_id": "minjust", "registration_number": "03-12/1",
                       "registration_date": "2026-11-20", "subject": "Ответ",
                       "in_reply_to": "ЕКЦ-2026/1", "body": "Направляем.",
                       "documents": list((files or {"form.txt": b""}).keys())}
    if write_envelope:
        (folder / "envelope.json").write_text(json.dumps(env, ensure_ascii=False))
    return folder


def test_edoc_packages(edoc):
    inbox, engine, root = edoc
    package(root, "p1")
    package(root, "p2", write_envelope=False)  # still being written
    package(root, "p3", envelope={"id": "p3"})  # malformed
    stats = inbox.poll_once()
    assert (stats.new, stats.rejected) == (1, 1)
    assert (root / "done" / "p1").is_dir() and (root / "incoming" / "p2").is_dir()
    assert "lacks" in (root / "rejected" / "p3" / "reason.txt").read_text()
    with engine.connect() as conn:
        row = conn.execute(select(inbound)).mappings().one()
    assert row["origin_key"] == "edoc:minjust/p1" and row["meta"]["in_reply_to"] == "ЕКЦ-2026/1"
    package(root, "p1")  # the same package again
    assert inbox.poll_once().seen == 1 and rows(engine) == 1
