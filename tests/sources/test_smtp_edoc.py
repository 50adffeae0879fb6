"""The SMTP listener (a real aiosmtpd server, spoken to with smtplib) and the e-document folder."""

from __future__ import annotations

import email
import email.policy
import json
import smtplib

import pytest
from sqlalchemy import func, select

from gateway.config import Config, SmtpListener
from gateway.intake.edoc import EdocInbox
from gateway.intake.smtp import SmtpListener as Listener
from gateway.records.imports import import_agencies
from gateway.store.schema import blobs, inbound
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


@pytest.mark.parametrize("smuggled", [b"smuggled\n.\nMAIL FROM:<evil@x>\r\n",
                                      b"smuggled\r.\rMAIL FROM:<evil@x>\r\n"])
def test_bare_lf_or_cr_refused(listener, smuggled):
    lst, engine = listener
    with client(lst) as c:
        c.ehlo()
        c.mail("a@x.kz")
        c.rcpt("ekc@example.kz")
        c.putcmd("data")
        assert c.getreply()[0] == 354
        c.send(b"Subject: x\r\n\r\n" + smuggled + b".\r\n")
        code, _ = c.getreply()
    assert code == 554 and rows(engine) == 0


def test_451_when_the_database_is_gone(tmp_path):
    from gateway.store import make_engine

    dead = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test"
                       "?connect_timeout=3")  # nothing listens there
    cfg = Config(data_dir=str(tmp_path), smtp_listener=SmtpListener(
        listen=f"127.0.0.1:{free_port()}", recipients=["ekc@example.kz"]))
    lst = Listener(cfg, dead)
    lst.start()
    try:
        with client(lst) as c, pytest.raises(smtplib.SMTPDataError) as err:
            c.sendmail("a@x.kz", ["ekc@example.kz"], MSG)
        assert err.value.smtp_code == 451  # the sender keeps it and retries
    finally:
        lst.stop()


def test_stored_bytes_are_the_bytes_sent(listener):
    lst, engine = listener
    with client(lst) as c:
        c.sendmail("a@minjust.gov.kz", ["EKC@example.kz"], MSG)
    with engine.connect() as conn:
        row = conn.execute(select(inbound)).mappings().one()
        raw = conn.execute(select(blobs.c.content).where(blobs.c.sha256 == row["sha256"])).scalar()
    assert bytes(raw) == MSG
    assert row["origin_key"].startswith("smtp:") and row["meta"]["rcpt_tos"] == ["EKC@example.kz"]


# -- e-document folder ------------------------------------------------------------------------


@pytest.fixture
def edoc(db_engine, tmp_path):
    cfg = Config(data_dir=str(tmp_path), edoc={"root": str(tmp_path / "edoc"),
                                               "settle_seconds": 0})
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


def test_edoc_message_is_mail_with_the_envelope(edoc):
    inbox, engine, root = edoc
    package(root, "p7", files={"form.docx": b"PK docx", "letter.pdf": b"%PDF-1.4"})
    assert inbox.poll_once().new == 1
    with engine.connect() as conn:
        row = conn.execute(select(inbound)).mappings().one()
        raw = conn.execute(select(blobs.c.content).where(blobs.c.sha256 == row["sha256"])).scalar()
    msg = email.message_from_bytes(bytes(raw), policy=email.policy.default)
    assert msg["X-EKC-Edoc-Agency"] == "minjust" and msg["X-EKC-Edoc-Number"] == "03-12/1"
    assert msg["X-EKC-Edoc-In-Reply-To"] == "ЕКЦ-2026/1" and msg["Subject"] == "Ответ"
    assert "@" in msg["From"] and msg["Date"].datetime.date().isoformat() == "2026-11-20"
    assert msg.get_body(("plain",)).get_content().strip() == "Направляем."
    assert sorted(a.get_filename() for a in msg.iter_attachments()) == ["form.docx",
                                                                         "letter.pdf"]
    assert row["meta"]["registration_number"] == "03-12/1"


@pytest.mark.parametrize("bad, reason", [
    ("{not json", "not readable JSON"),
    (json.dumps(["a list"]), "JSON object"),
    (json.dumps({"id": "q", "agency_id": "minjust", "registration_number": "1",
                 "registration_date": "20.11.2026", "subject": "s"}), "YYYY-MM-DD"),
    (json.dumps({"id": "q", "agency_id": "minjust", "registration_number": "1",
                 "registration_date": "2026-11-20", "subject": "s",
                 "documents": ["../../etc/passwd"]}), "plain file name"),
    (json.dumps({"id": "q", "agency_id": "minjust", "registration_number": "1",
                 "registration_date": "2026-11-20", "subject": "s",
                 "documents": ["missing.pdf"]}), "not in the package"),
    (json.dumps({"id": "q", "agency_id": "nobody", "registration_number": "1",
                 "registration_date": "2026-11-20", "subject": "s"}), "not in the directory"),
])
def test_edoc_malformed_is_rejected_with_a_reason(edoc, bad, reason):
    inbox, engine, root = edoc
    folder = package(root, "q", write_envelope=False)
    (folder / "envelope.json").write_text(bad)
    assert inbox.poll_once().rejected == 1
    assert reason in (root / "rejected" / "q" / "reason.txt").read_text()
    assert (root / "rejected" / "q" / "form.txt").exists()  # kept as it came
    assert rows(engine) == 0


def test_edoc_package_stays_when_the_database_is_gone(edoc, monkeypatch):
    inbox, engine, root = edoc
    package(root, "p9")
    import gateway.intake.edoc as edoc_mod

    def broken(*a, **k):
        raise OSError("database unavailable")

    monkeypatch.setattr(edoc_mod, "commit_inbound", broken)
    with pytest.raises(OSError):
        inbox.poll_once()
    assert (root / "incoming" / "p9" / "envelope.json").exists()  # not moved before a commit
    monkeypatch.undo()
    assert inbox.poll_once().new == 1 and (root / "done" / "p9").is_dir()
