"""A bounce tied to what bounced (issue #16): a DSN naming one of our Message-IDs (in its
text/rfc822-headers or message/rfc822 part), or only quoting our case tag, marks that outbox
row's recipient bounced with the DSN's status and diagnostic, and goes on that message's case
only, not on every case written to the address.  The requests are really sent first (aiosmtpd)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from gateway.config import SmtpRelay
from gateway.delivery.sending import deliver_due
from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import events, outbox

FIRST, SECOND = "00301138-minjust", "00301142-minjust"
ADDRESS = "gosuslugi@minjust.gov.kz"  # both cases' requests were written to it


@pytest.fixture
def sent(gw, smtp_server):
    cfg, engine = gw
    server = smtp_server()
    cfg.smtp_relay = SmtpRelay(port=server.port)
    deliver_due(engine, cfg)
    with engine.connect() as conn:
        rows = {r.case_id: r for r in conn.execute(select(outbox))}
    assert rows[FIRST].status == "sent" and ADDRESS in rows[FIRST].recipients
    assert ADDRESS in rows[SECOND].recipients
    return cfg, engine, rows


def dsn(original: bytes, ctype: str = "text/rfc822-headers", text: str = "failed") -> bytes:
    return (b"From: MAILER-DAEMON@mx.minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
            b"Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn1@mx>\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/report; "
            b"report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode()
            + b"\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n"
            b"Reporting-MTA: dns; mx.minjust.gov.kz\r\n\r\n"
            b"Final-Recipient: rfc822; " + ADDRESS.encode() + b"\r\nAction: failed\r\n"
            b"Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <gosuslugi@minjust.gov.kz>: "
            b"Recipient address rejected: User unknown\r\n\r\n"
            b"--b\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + original
            + b"\r\n--b--\r\n")


def headers_of(row) -> bytes:
    return (f"From: ekc@example.kz\r\nTo: {ADDRESS}\r\nSubject: Запрос\r\n"
            f"Message-ID: {row.message_id}\r\n").encode()


def process(cfg, engine, raw: bytes) -> None:
    commit_inbound(engine, origin_key="smtp:dsn", source="smtp", raw=raw)
    assert process_pending(engine, cfg).done == 1


def failing(engine, case_id: str) -> list[str]:
    with engine.connect() as conn:
        return repo.get_case(conn, case_id).failing_addresses


def outbox_row(engine, outbox_id: int):
    with engine.connect() as conn:
        return conn.execute(select(outbox).where(outbox.c.id == outbox_id)).one()


@pytest.mark.parametrize("ctype", ["text/rfc822-headers", "message/rfc822"])
def test_a_dsn_naming_our_message_id_marks_that_row_and_case_only(sent, ctype):
    cfg, engine, rows = sent
    original = headers_of(rows[FIRST]) + (b"\r\nRequest text\r\n" if ctype == "message/rfc822"
                                          else b"")
    process(cfg, engine, dsn(original, ctype))
    row = outbox_row(engine, rows[FIRST].id)
    assert row.recipients[ADDRESS] == "bounced"
    assert "5.1.1" in row.last_error and "User unknown" in row.last_error
    if all(a == ADDRESS for a in row.recipients):
        assert row.status == "bounced"
    assert ADDRESS in failing(engine, FIRST)
    assert ADDRESS not in failing(engine, SECOND)  # the other case written to it is untouched
    assert outbox_row(engine, rows[SECOND].id).recipients[ADDRESS] == "sent"
    with engine.connect() as conn:
        [logged] = conn.execute(select(events.c.data, events.c.outbox_id, events.c.case_id)
                                .where(events.c.kind == "outbox_bounced")).all()
    assert logged.outbox_id == rows[FIRST].id and logged.case_id == FIRST
    assert logged.data["status"] == "5.1.1" and "User unknown" in logged.data["diagnostic"]


def test_a_bounce_quoting_only_our_case_tag_goes_on_that_case(sent):
    cfg, engine, rows = sent
    quoted = (f"Your message could not be delivered.\r\n> Subject: [EKC-{SECOND}] Запрос"
              f"\r\n> Просим направить сведения\r\n")
    process(cfg, engine, dsn(b"", "text/plain", text=quoted))
    assert ADDRESS in failing(engine, SECOND) and ADDRESS not in failing(engine, FIRST)
    assert outbox_row(engine, rows[SECOND].id).recipients[ADDRESS] == "bounced"
    assert outbox_row(engine, rows[FIRST].id).recipients[ADDRESS] == "sent"


def test_a_bounced_row_can_be_sent_again_by_the_operator(sent):
    from gateway.delivery.outbox import retry_now

    cfg, engine, rows = sent
    process(cfg, engine, dsn(headers_of(rows[FIRST])))
    assert retry_now(engine, rows[FIRST].id) == "queued"
    assert outbox_row(engine, rows[FIRST].id).recipients[ADDRESS] == "pending"
