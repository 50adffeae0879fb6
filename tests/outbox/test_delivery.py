"""The outbox against a real SMTP server that fails on purpose: nothing lost, nothing sent twice
under a new Message-ID, an accepted recipient never sent to again, permanent failures surfaced."""

from __future__ import annotations

import datetime as dt
import email

import pytest
from sqlalchemy import select

from gateway.config import Config, SmtpRelay
from gateway.delivery.requests import queue_requests
from gateway.delivery.sending import deliver_due
from gateway.records.imports import import_agencies, import_registry
from gateway.store import repo
from gateway.store.schema import events, outbox
from mappings import path

LATER = dt.timedelta(hours=2)


@pytest.fixture
def setup(db_engine, tmp_path, smtp_server):
    server = smtp_server()
    cfg = Config(data_dir=str(tmp_path), smtp_relay=SmtpRelay(port=server.port,
                                                               retry_horizon_hours=1))
    import_agencies(db_engine, cfg, path("agencies.csv"))
    import_registry(db_engine, cfg, path("registry.csv"))  # 8 cases: 8 p.4 requests queued
    queue_requests(db_engine, cfg, 100)  # the outbox pass writes the p.4 requests
    return cfg, db_engine, server


def rows(engine):
    with engine.connect() as conn:
        return {r["id"]: dict(r) for r in conn.execute(select(outbox).order_by(outbox.c.id))
                .mappings()}


def test_everything_delivered_once_over_one_connection(setup):
    cfg, engine, server = setup
    stats = deliver_due(engine, cfg)
    assert stats.sent == 8 and len(server.messages) == 8
    assert sorted(server.message_ids()) == sorted(r["message_id"] for r in rows(engine).values())
    assert deliver_due(engine, cfg).attempted == 0
    raw = server.messages[0][1]
    assert b"\r\n" in raw and b"Auto-Submitted: auto-generated" in raw
    assert b"[EKC-" in raw and b"prilozhenie-1-" in raw
    with engine.connect() as conn:  # delivery of the request is the p.4 step done
        case = repo.get_case(conn, "00301138-minjust")
    assert case.state == "requested" and case.deadline("request").done_on


def test_temporary_failure_is_retried_later_with_the_same_message_id(setup):
    cfg, engine, server = setup
    server.script.data = ["451 4.3.0 try later"]
    first = deliver_due(engine, cfg)
    assert first.retrying == 1 and first.sent == 7
    waiting = [r for r in rows(engine).values() if r["status"] != "sent"]
    assert len(waiting) == 1 and waiting[0]["next_attempt_at"]
    assert deliver_due(engine, cfg).attempted == 0  # not due yet
    assert deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4).sent == 1
    assert server.message_ids().count(waiting[0]["message_id"]) == 1


def test_connection_refused_at_mail_is_temporary(setup):
    cfg, engine, server = setup
    server.script.mail = ["421 4.3.2 shutting down"]
    stats = deliver_due(engine, cfg)
    assert stats.retrying >= 1
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4)
    assert all(r["status"] == "sent" for r in rows(engine).values())
    assert len(server.messages) == 8


def test_one_recipient_refused_is_never_retried_and_the_other_never_resent(setup):
    cfg, engine, server = setup
    server.script.rcpt = {"gosuslugi@minjust.gov.kz": "550 5.1.1 no such user"}
    deliver_due(engine, cfg)
    row = next(r for r in rows(engine).values() if "gosuslugi@minjust.gov.kz" in r["recipients"]
               and r["case_id"] == "00301138-minjust")
    assert row["recipients"] == {"kanc@minjust.gov.kz": "sent",
                                 "gosuslugi@minjust.gov.kz": "failed"}
    with engine.connect() as conn:
        case = repo.get_case(conn, "00301138-minjust")
        assert case.flags  # the operator is told
        kinds = [e.kind for e in conn.execute(select(events.c.kind)
                                             .where(events.c.outbox_id == row["id"]))]
    assert "delivery_failed" in kinds
    before = len(server.messages)
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER)
    assert len(server.messages) == before


def test_connection_lost_after_the_dot_is_in_doubt_and_held_not_resent(setup):
    """The relay may have the letter: without a journal to ask, it waits for an operator
    (tests/outbox/test_kill_at_dot.py settles it from the journal)."""
    from gateway.delivery.outbox import retry_now

    cfg, engine, server = setup
    server.script.data = ["drop-after-dot"]
    deliver_due(engine, cfg)
    [unknown] = [r for r in rows(engine).values() if r["status"] == "unknown"]
    assert unknown["dot_at"] is not None
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4)
    assert rows(engine)[unknown["id"]]["status"] == "doubt"  # held, the operator told
    assert server.message_ids().count(unknown["message_id"]) == 1
    assert retry_now(engine, unknown["id"]) == "queued"  # the operator: send it again
    deliver_due(engine, cfg)
    assert all(r["status"] == "sent" for r in rows(engine).values())
    # the receiver got it twice, under the one Message-ID, so it can tell the duplicate
    assert server.message_ids().count(unknown["message_id"]) == 2
    assert len(set(server.message_ids())) == 8


def test_connection_lost_before_the_dot(setup):
    cfg, engine, server = setup
    server.script.rcpt = {"kense@mcs.gov.kz": "drop-before-dot"}
    deliver_due(engine, cfg)
    server.script.rcpt = {}
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4)
    assert all(r["status"] == "sent" for r in rows(engine).values())
    assert len(server.message_ids()) == len(set(server.message_ids())) == 8


def test_permanent_failure_and_exhausted_retries_surface(setup):
    cfg, engine, server = setup
    server.script.data = ["554 5.7.1 rejected", *["451 busy"] * 20]
    deliver_due(engine, cfg)
    statuses = sorted(r["status"] for r in rows(engine).values())
    assert statuses.count("failed") == 1
    # the 451s keep coming until the one-hour horizon passes: then the operator is told
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER)
    assert all(r["status"] in ("failed", "sent") for r in rows(engine).values())
    with engine.connect() as conn:
        told = conn.execute(select(events.c.summary).where(events.c.kind == "delivery_failed"))
        assert len(list(told)) >= 2


def test_a_dot_the_relay_never_kept_is_sent_again_once_the_journal_says_so(
        setup, dovecot, monkeypatch):
    """The connection drops once the final dot is out, and the relay had not kept the letter:
    no journal copy after the grace, so it goes again -- once."""
    from gateway.config import Journal

    cfg, engine, server = setup
    server.handler.journal_to(dovecot, "journal@ekc.example.kz")
    monkeypatch.setenv("EKC_TEST_JOURNAL_PW", dovecot.password)
    cfg = cfg.model_copy(update={"journal": Journal(
        address="journal@ekc.example.kz", port=dovecot.port, password_env="EKC_TEST_JOURNAL_PW",
        grace_seconds=0)})
    server.script.data = ["drop-before-dot"]
    first = deliver_due(engine, cfg)
    assert first.retrying == 1 and first.sent == 7  # the session reconnects for the rest
    [lost] = [r for r in rows(engine).values() if r["status"] != "sent"]
    assert lost["status"] == "unknown" and lost["message_id"] not in server.message_ids()
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4)
    assert all(r["status"] == "sent" for r in rows(engine).values())
    assert sorted(server.message_ids()) == sorted(r["message_id"] for r in rows(engine).values())


def test_a_dot_the_relay_kept_is_recorded_from_the_journal_not_sent_again(
        setup, dovecot, monkeypatch):
    from gateway.config import Journal

    cfg, engine, server = setup
    server.handler.journal_to(dovecot, "journal@ekc.example.kz")
    monkeypatch.setenv("EKC_TEST_JOURNAL_PW", dovecot.password)
    cfg = cfg.model_copy(update={"journal": Journal(
        address="journal@ekc.example.kz", port=dovecot.port, password_env="EKC_TEST_JOURNAL_PW")})
    server.script.data = ["drop-after-dot"]
    deliver_due(engine, cfg)
    [lost] = [r for r in rows(engine).values() if r["status"] != "sent"]
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4)
    after = rows(engine)[lost["id"]]
    assert after["status"] == "sent" and after["dot_at"] is None
    assert sorted(server.message_ids()) == sorted(r["message_id"] for r in rows(engine).values())


def test_a_doubt_waits_for_the_journal_within_the_grace(setup, dovecot, monkeypatch):
    """No copy yet, but the relay may still be filing it: the letter waits (looked up again
    later), neither sent again nor held."""
    from gateway.config import Journal

    cfg, engine, server = setup
    server.handler.journal_to(dovecot, "journal@ekc.example.kz")
    monkeypatch.setenv("EKC_TEST_JOURNAL_PW", dovecot.password)
    cfg = cfg.model_copy(update={"journal": Journal(
        address="journal@ekc.example.kz", port=dovecot.port, password_env="EKC_TEST_JOURNAL_PW")})
    server.script.data = ["drop-before-dot"]  # the relay never kept it: no copy
    deliver_due(engine, cfg)
    [lost] = [r for r in rows(engine).values() if r["status"] != "sent"]
    later = dt.datetime.now(dt.UTC) + LATER / 4
    assert deliver_due(engine, cfg, at=later).attempted == 0
    waiting = rows(engine)[lost["id"]]
    assert waiting["status"] == "unknown" and waiting["dot_at"] is not None
    assert waiting["claimed_by"] is None and lost["message_id"] not in server.message_ids()
    due = waiting["next_attempt_at"].replace(tzinfo=dt.UTC)  # looked up again in 30 s
    assert due > later + dt.timedelta(seconds=20)


def test_a_journal_recipient_refused_holds_the_letter_back(setup, dovecot, monkeypatch):
    """No dot without the journal's copy: a letter the journal would not see is not sent."""
    from gateway.config import Journal

    cfg, engine, server = setup
    cfg = cfg.model_copy(update={"journal": Journal(
        address="journal@ekc.example.kz", port=dovecot.port)})
    server.script.rcpt = {"journal@ekc.example.kz": "451 4.2.1 mailbox busy"}
    stats = deliver_due(engine, cfg)
    assert stats.retrying == 8 and not server.messages
    assert {r["status"] for r in rows(engine).values()} == {"pending"}


def test_421_at_data_closes_the_channel_and_the_rest_go_on_a_new_one(setup):
    cfg, engine, server = setup
    server.script.data = ["421 4.3.2 closing"]
    first = deliver_due(engine, cfg)
    assert first.retrying == 1 and first.sent == 7
    [waiting] = [r for r in rows(engine).values() if r["status"] != "sent"]
    assert "421" in waiting["last_error"] and waiting["status"] == "pending"
    assert deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4).sent == 1
    assert len(server.message_ids()) == len(set(server.message_ids())) == 8


def test_a_recipient_accepted_once_is_not_sent_again_when_another_waits(setup):
    cfg, engine, server = setup
    server.script.rcpt = {"gosuslugi@minjust.gov.kz": "451 4.2.1 mailbox busy"}
    deliver_due(engine, cfg)
    row = next(r for r in rows(engine).values() if r["case_id"] == "00301138-minjust")
    assert row["recipients"] == {"kanc@minjust.gov.kz": "sent",
                                 "gosuslugi@minjust.gov.kz": "temporary"}
    server.script.rcpt = {}
    deliver_due(engine, cfg, at=dt.datetime.now(dt.UTC) + LATER / 4)
    got = [rcpts for rcpts, raw in server.messages if row["message_id"].encode() in raw]
    assert got == [["kanc@minjust.gov.kz"], ["gosuslugi@minjust.gov.kz"]]
    assert rows(engine)[row["id"]]["status"] == "sent"


def test_no_final_dot_before_the_previous_outcome_is_committed(setup, monkeypatch):
    """The commit of message N's answer fails: the run stops before N+1 -- but N, handed to
    the relay, is recorded again on a fresh connection before the pass ends, and the claims of
    the rest are given back: nothing waits for a claim to lapse, nothing goes twice."""
    import gateway.delivery.sending as sending

    cfg, engine, server = setup
    real = sending._settle
    calls = []

    def failing(conn, *args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("database went away")
        return real(conn, *args)

    monkeypatch.setattr(sending, "_settle", failing)
    with pytest.raises(OSError, match="database went away"):
        deliver_due(engine, cfg, instance="a")
    assert len(server.messages) == 2  # the first (settled) and the second (its commit failed)
    after = rows(engine)
    assert sum(r["status"] == "sent" for r in after.values()) == 2  # the second recorded too
    assert all(r["claimed_by"] is None for r in after.values())  # the rest given back
    monkeypatch.setattr(sending, "_settle", real)
    deliver_due(engine, cfg, instance="b")  # another instance, at once: no claim to wait for
    assert all(r["status"] == "sent" for r in rows(engine).values())
    ids = server.message_ids()
    assert sorted(ids) == sorted(r["message_id"] for r in rows(engine).values())  # once each


def test_an_outcome_the_database_refuses_is_recorded_before_anything_else(setup, monkeypatch):
    """The database refuses every write for the whole pass: the letter handed to the relay
    stays claimed by this instance (no other may send it again) and its outcome is recorded
    first at the next pass, before anything new is claimed."""
    import gateway.delivery.sending as sending

    cfg, engine, server = setup
    real = sending._settle
    down = [False]

    def failing(conn, *args):
        if down[0]:
            raise OSError("database went away")
        down[0] = True  # the first commit holds, every later one fails
        return real(conn, *args)

    monkeypatch.setattr(sending, "_settle", failing)
    monkeypatch.setattr(sending, "RECORD_PAUSES", (0.0,))
    with pytest.raises(OSError):
        deliver_due(engine, cfg, instance="a")
    assert len(server.messages) == 2
    assert sending.pending_debts(engine, "a") == (1, 0)
    second = next(r for r in rows(engine).values() if r["message_id"] == server.message_ids()[1])
    assert second["claimed_by"] == "a" and second["status"] == "pending"
    monkeypatch.setattr(sending, "_settle", real)  # the database is back
    deliver_due(engine, cfg, instance="b")  # another instance sends the rest, never that one
    assert len(server.messages) == 8
    assert len([m for m in server.message_ids() if m == second["message_id"]]) == 1
    deliver_due(engine, cfg, instance="a")  # the debt is paid first
    assert sending.pending_debts(engine, "a") == (0, 0)
    assert all(r["status"] == "sent" for r in rows(engine).values())
    ids = server.message_ids()
    assert sorted(ids) == sorted(r["message_id"] for r in rows(engine).values())


def test_a_letter_whose_claim_was_taken_over_is_not_sent(setup):
    """Before each final dot the letter's mark is written with its claim renewed, only if the
    claim is still ours: one taken over by another instance (its claim lapsed on a slow relay)
    is left to that instance."""
    from sqlalchemy import update

    cfg, engine, server = setup
    handle_data = server.handler.handle_DATA

    async def stealing(smtp, session, envelope):  # type: ignore[no-untyped-def]
        if not server.messages:  # while the first is on the wire, "b" takes the rest
            with engine.begin() as conn:
                conn.execute(update(outbox).where(outbox.c.claimed_by == "a")
                             .where(outbox.c.status == "pending")
                             .where(outbox.c.message_id.not_in(
                                 [str(email.message_from_bytes(envelope.original_content)
                                      ["Message-ID"])]))
                             .values(claimed_by="b"))
        return await handle_data(smtp, session, envelope)

    server.handler.handle_DATA = stealing
    stats = deliver_due(engine, cfg, instance="a")
    assert stats.sent == 1 and len(server.messages) == 1
    assert {r["claimed_by"] for r in rows(engine).values() if r["status"] != "sent"} == {"b"}


def test_each_outcome_is_committed_before_the_next_message_is_delivered(setup):
    """The sender commits message N's outcome as soon as the relay answers it; when N+1
    arrives whole (its final dot), N is already marked sent in the database."""
    cfg, engine, server = setup
    seen = []
    handle_data = server.handler.handle_DATA

    async def watching(smtp, session, envelope):  # type: ignore[no-untyped-def]
        with engine.connect() as conn:
            sent = conn.execute(select(outbox.c.id).where(outbox.c.status == "sent")).all()
        seen.append((len(server.messages), len(sent)))
        return await handle_data(smtp, session, envelope)

    server.handler.handle_DATA = watching
    stats = deliver_due(engine, cfg)
    assert stats.sent == 8
    assert seen == [(n, n) for n in range(8)]
