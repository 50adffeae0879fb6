"""What the operator sees of a sender is what processing decided (issue #16): the inbound row
keeps the sender processing went by and why, and `quarantine list/show` show only that, beside
the From header as written.  Two Froms where a reading of one's own disagrees with processing:
an encoded word hiding an address (processing: malformed) and an encoded display name holding
brackets (processing: the real address)."""

from __future__ import annotations

import json

from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from tests.processing.test_quarantine_cli import cli, row  # noqa: F401 - the fixture

HIDDEN = (b"From: =?utf-8?q?kanc=40minjust.gov.kz?=\r\nTo: ekc@example.kz\r\n"
          b"Subject: [EKC-00301138-minjust] x\r\nMessage-ID: <h1@x.kz>\r\n\r\nbody\r\n")
BRACKETS = (b"From: =?utf-8?q?evil=40evil.kz_=3Ca=40evil.kz=3E?= <kanc@minjust.gov.kz>\r\n"
            b"To: ekc@example.kz\r\nSubject: hello\r\nMessage-ID: <h2@x.kz>\r\n\r\nbody\r\n")


def held(gw, raw: bytes, key: str) -> int:
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key=key, source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    assert row(gw, iid).status == "quarantined"
    return iid


def test_a_from_processing_found_malformed_shows_no_sender(gw, cli):  # noqa: F811
    iid = held(gw, HIDDEN, "smtp:h1")
    stored = row(gw, iid)
    assert stored.decided_sender is None and "malformed address" in stored.sender_note
    [listed] = json.loads(cli("quarantine", "list", "--json").output)
    assert listed["sender"] is None and "malformed" in listed["sender_note"]
    assert listed["from_header"] == ["=?utf-8?q?kanc=40minjust.gov.kz?="]
    text = cli("quarantine", "list").output + cli("quarantine", "show", str(iid)).output
    assert "kanc@minjust.gov.kz" not in text and "(no valid sender)" in text
    shown = json.loads(cli("quarantine", "show", str(iid), "--json").output)
    assert shown["sender"] is None and shown["from_header"] == listed["from_header"]


def test_a_from_processing_accepted_shows_that_sender(gw, cli):  # noqa: F811
    iid = held(gw, BRACKETS, "smtp:h2")
    stored = row(gw, iid)
    assert stored.decided_sender == "kanc@minjust.gov.kz"
    assert "заголовок From" in stored.sender_note
    [listed] = json.loads(cli("quarantine", "list", "--json").output)
    assert listed["sender"] == "kanc@minjust.gov.kz"
    assert "kanc@minjust.gov.kz" in cli("quarantine", "list").output.splitlines()[0]
    shown = json.loads(cli("quarantine", "show", str(iid), "--json").output)
    assert shown["sender"] == "kanc@minjust.gov.kz"
    assert "sender: kanc@minjust.gov.kz" in cli("quarantine", "show", str(iid)).output


def test_a_processed_message_keeps_its_decided_sender(gw):
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key="smtp:h3", source="smtp", raw=(
        b"From: kanc@minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
        b"Subject: [EKC-00301138-minjust] x\r\nMessage-ID: <h3@x.kz>\r\n\r\nbody\r\n"))[0]
    process_pending(engine, cfg)
    stored = row(gw, iid)
    assert stored.status == "done" and stored.decided_sender == "kanc@minjust.gov.kz"
    # Russian, as every reason (issue #18), the trust verdict's own words included
    assert stored.sender_note == "заголовок From, отправитель не подтвержден (нет подписи DKIM)"
