"""A resend without a Message-ID (issue #16): an SMTP client whose 250 was lost sends the very
same bytes again.  Within the window they are a duplicate of the first (recorded, not processed
twice); with the window at 0 only the Message-ID decides.  A real aiosmtpd listener; the IMAP
batch path (store_many) against a real Dovecot."""

from __future__ import annotations

import datetime as dt
import smtplib

import pytest
from sqlalchemy import func, select

from gateway.config import Imap, SmtpListener
from gateway.intake.imap import MailboxPoller
from gateway.intake.smtp import SmtpListener as Listener
from gateway.processing.worker import process_pending
from gateway.store.schema import events, inbound
from tests.fixtures.dovecot import free_port

NO_ID = ("From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
         "Subject: [EKC-00301138-minjust] Сведения\r\nContent-Type: text/plain; charset=utf-8\r\n"
         "\r\nСообщаем сведения.\r\n").encode()


def send_twice(cfg, engine) -> None:
    cfg.smtp_listener = SmtpListener(listen=f"127.0.0.1:{free_port()}",
                                     recipients=["ekc@example.kz"])
    lst = Listener(cfg, engine)
    lst.start()
    try:
        for _ in range(2):  # the second time as if the first 250 never arrived
            with smtplib.SMTP("127.0.0.1", lst.port, timeout=10) as c:
                assert c.sendmail("kanc@minjust.gov.kz", ["ekc@example.kz"], NO_ID) == {}
    finally:
        lst.stop()


def rows(engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(inbound).order_by(inbound.c.id)).mappings()]


def processed(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(events)
                            .where(events.c.kind == "message_processed")).scalar()


def test_resend_without_message_id_is_a_duplicate(gw):
    cfg, engine = gw
    send_twice(cfg, engine)
    first, second = rows(engine)
    assert first["message_id"] is None and first["sha256"] == second["sha256"]
    assert second["status"] == "duplicate" and second["duplicate_of"] == first["id"]
    process_pending(engine, cfg)
    assert processed(engine) == 1
    assert [r["status"] for r in rows(engine)] == ["done", "duplicate"]


def test_window_zero_lets_the_message_id_alone_decide(gw):
    cfg, engine = gw
    cfg.duplicate_window_days = 0
    send_twice(cfg, engine)
    assert [r["status"] for r in rows(engine)] == ["pending", "pending"]


def test_same_bytes_after_the_window_are_new(gw):
    from gateway.intake.inbound import commit_inbound

    cfg, engine = gw
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    commit_inbound(engine, origin_key="smtp:old", source="smtp", raw=NO_ID, received_at=old)
    _, new = commit_inbound(engine, origin_key="smtp:new", source="smtp", raw=NO_ID,
                            window=cfg.duplicate_window)
    assert new


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_same_bytes_twice_in_a_mailbox(gw, dovecot):
    cfg, engine = gw
    dovecot.append(NO_ID)
    dovecot.append(NO_ID)
    account = Imap(name="main", port=dovecot.port, username=dovecot.user, password_env="",
                   timeout_seconds=10)
    poller = MailboxPoller(account, "INBOX", engine, password=dovecot.password,
                           window=cfg.duplicate_window)
    try:
        assert poller.poll_once().new == 1
    finally:
        poller.close()
    assert [r["status"] for r in rows(engine)] == ["pending", "duplicate"]
