"""Queueing, on SQLite and PostgreSQL: rows written in the caller's transaction with their
Message-ID and outgoing number fixed then; every letter's headers; recipients; threading with
the agency's replies; the p.4 form; questions, report, escalation; the e-document folder."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import json

import docx
import pytest
from sqlalchemy import func, select, update

from gateway.config import Config, SmtpRelay
from gateway.delivery.outbox import NoRecipient, queue_message, queue_report, thread_of
from gateway.delivery.requests import queue_requests
from gateway.delivery.senders import send_escalation, send_questions
from gateway.delivery.sending import deliver_due
from gateway.domain import ResponsiblePerson, SendEscalation
from gateway.records.imports import import_agencies, import_registry
from gateway.store import repo
from gateway.store.schema import cases, events, inbound, outbox
from mappings import path
from outbound.compose import DOCX

CASE = "00301138-minjust"
REMINDER = {"paragraph": "5", "due": "05.03.2026", "step_text": "назначение", "reason": ""}


@pytest.fixture
def gw(db_engine, tmp_path, smtp_server):
    server = smtp_server()
    cfg = Config(data_dir=str(tmp_path), smtp_relay=SmtpRelay(port=server.port))
    import_agencies(db_engine, cfg, path("agencies.csv"))
    import_registry(db_engine, cfg, path("registry.csv"))  # 8 cases: 8 p.4 requests queued
    queue_requests(db_engine, cfg, 100)  # the outbox pass writes the p.4 requests
    return cfg, db_engine, server


def rows(engine, **where):
    q = select(outbox).order_by(outbox.c.id)
    for k, v in where.items():
        q = q.where(outbox.c[k] == v)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def stored(engine, row) -> email.message.EmailMessage:
    with engine.connect() as conn:
        raw = repo.get_blob(conn, row["sha256"])
    assert raw and b"\n" not in raw.replace(b"\r\n", b"")  # ready for the wire as it is
    return email.message_from_bytes(raw, policy=email.policy.default)


def reminder(conn, cfg, **kw):
    with conn.begin_nested():
        case = repo.get_case(conn, CASE)
        service = repo.get_service(conn, case.registry_number, case.agency_id)
    return queue_message(conn, cfg, kind="reminder", composer_name="reminder", case_id=CASE,
                         context=REMINDER | {"service": service}, **kw)


def test_the_p4_request_has_every_header_and_the_form_with_its_number(gw):
    cfg, engine, _ = gw
    requests = rows(engine, kind="request")
    assert len(requests) == 8
    numbers = [r["outgoing_number"] for r in requests]
    year = dt.date.today().year
    assert sorted(int(n.rsplit("/", 1)[1]) for n in numbers) == list(range(1, 9))
    assert all(n.startswith(f"ЕКЦ-{year}/") for n in numbers)
    row = next(r for r in requests if r["case_id"] == CASE)
    assert row["recipients"] == {"kanc@minjust.gov.kz": "pending",
                                 "gosuslugi@minjust.gov.kz": "pending"}
    msg = stored(engine, row)
    assert msg["Subject"].startswith(f"[EKC-{CASE}] ")
    assert msg["Message-ID"] == row["message_id"] and row["message_id"].endswith("@example.kz>")
    assert msg["X-EKC-Outgoing-Number"] == row["outgoing_number"]
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["From"].addresses[0].addr_spec == cfg.sender_address
    assert msg["From"].addresses[0].display_name == cfg.sender_name
    assert msg["Date"].datetime is not None and msg["In-Reply-To"] is None
    assert "пунктом 4" in msg.get_body().get_content()
    [form] = list(msg.iter_attachments())
    assert form.get_content_type() == DOCX
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(form.get_content())).paragraphs)
    assert row["outgoing_number"] in text


def test_nothing_is_queued_when_the_callers_transaction_rolls_back(gw):
    cfg, engine, _ = gw
    before = rows(engine)
    with engine.connect() as conn, conn.begin() as tx:
        reminder(conn, cfg)
        tx.rollback()
    assert rows(engine) == before
    with engine.begin() as conn:  # and the outgoing number was not used up
        reminder(conn, cfg)
    assert rows(engine)[-1]["outgoing_number"].endswith("/9")


def test_the_responsible_persons_address_unless_it_bounces(gw):
    cfg, engine, _ = gw
    with engine.begin() as conn:
        case = repo.get_case(conn, CASE)
        case.responsible = ResponsiblePerson(full_name="Иванов И.И.", email="ivanov@minjust.gov.kz")
        repo.save_case(conn, case)
        first = reminder(conn, cfg)
        case.failing_addresses = ["ivanov@minjust.gov.kz"]
        repo.save_case(conn, case)
        second = reminder(conn, cfg)
    by_id = {r["id"]: r for r in rows(engine)}
    assert list(by_id[first]["recipients"]) == ["ivanov@minjust.gov.kz"]
    assert list(by_id[second]["recipients"]) == ["kanc@minjust.gov.kz",
                                                 "gosuslugi@minjust.gov.kz"]


def test_invalid_addresses_are_reported_and_none_left_is_an_error(gw):
    cfg, engine, _ = gw
    with engine.begin() as conn:
        ok = reminder(conn, cfg, to=["x@y.kz\r\nBcc: victim@evil.kz", "Kanc@Minjust.gov.kz"])
    assert rows(engine)[-1]["id"] == ok
    assert list(rows(engine)[-1]["recipients"]) == ["kanc@minjust.gov.kz"]
    with engine.connect() as conn:
        said = conn.execute(select(events.c.summary)
                            .where(events.c.kind == "operator_attention")).scalars().all()
    assert any("not a valid e-mail address" in s for s in said)
    with engine.begin() as conn, pytest.raises(NoRecipient, match="no e-mail address"):
        reminder(conn, cfg, to=["nobody"])


def test_a_new_letter_answers_the_last_message_of_the_thread(gw):
    cfg, engine, _ = gw
    request = next(r for r in rows(engine, kind="request") if r["case_id"] == CASE)
    with engine.begin() as conn:
        digest = repo.put_blob(conn, b"Subject: re\r\n\r\nok\r\n")
        later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)
        conn.execute(inbound.insert().values(
            origin_key="imap:test:1", source="imap", sha256=digest, received_at=later,
            message_id="<reply.1@minjust.gov.kz>", sender="kanc@minjust.gov.kz",
            status="done", case_id=CASE, meta={}))
        # a hostile Message-ID from outside never reaches our headers
        conn.execute(inbound.insert().values(
            origin_key="imap:test:2", source="imap", sha256=digest,
            received_at=later - dt.timedelta(seconds=1), message_id="<x@y>\r\nBcc: v@evil.kz",
            sender="kanc@minjust.gov.kz", status="done", case_id=CASE, meta={}))
        assert thread_of(conn, CASE)[0] == request["message_id"]
        reminder(conn, cfg)
    msg = stored(engine, rows(engine)[-1])
    assert msg["In-Reply-To"] == "<reply.1@minjust.gov.kz>"
    assert msg["References"].split() == [request["message_id"], "<reply.1@minjust.gov.kz>"]
    assert msg["Bcc"] is None


def test_a_request_written_in_a_batch_answers_a_letter_that_came_before_it(
        db_engine, tmp_path):
    """The batch looks every case's thread up at once (threads_of): a case whose agency wrote
    first gets its p.4 request In-Reply-To that letter, the others start threads of their own."""
    cfg = Config(data_dir=str(tmp_path))
    import_agencies(db_engine, cfg, path("agencies.csv"))
    import_registry(db_engine, cfg, path("registry.csv"))
    with db_engine.begin() as conn:
        digest = repo.put_blob(conn, b"Subject: early\r\n\r\nok\r\n")
        conn.execute(inbound.insert().values(
            origin_key="imap:test:early", source="imap", sha256=digest,
            received_at=dt.datetime.now(dt.UTC), message_id="<early.1@minjust.gov.kz>",
            sender="kanc@minjust.gov.kz", status="done", case_id=CASE, meta={}))
    assert queue_requests(db_engine, cfg, None) == 8
    for row in rows(db_engine, kind="request"):
        msg = stored(db_engine, row)
        if row["case_id"] == CASE:
            assert msg["In-Reply-To"] == "<early.1@minjust.gov.kz>"
            assert msg["References"] == "<early.1@minjust.gov.kz>"
        else:
            assert msg["In-Reply-To"] is None and msg["References"] is None


def test_the_operators_questions_are_not_auto_submitted(gw):
    cfg, engine, _ = gw
    with engine.begin() as conn:
        send_questions(conn, cfg, repo.get_case(conn, CASE), "1. Какие документы нужны?")
    row = rows(engine)[-1]
    msg = stored(engine, row)
    assert row["kind"] == "questions" and msg["Auto-Submitted"] is None
    assert "1. Какие документы нужны?" in msg.get_body().get_content()
    assert msg["Subject"].startswith(f"[EKC-{CASE}] ")


def test_queue_report_to_the_authority_and_an_agency_without_address(gw):
    cfg, engine, _ = gw
    files = [("appendix2-2026-02-qc.docx", b"PK docx", DOCX)]
    with engine.begin() as conn:
        sent = queue_report(conn, cfg, "qc", "2026-02", files)
        conn.execute(update(cases).values(updated_at=func.now()))  # unrelated work, same tx
        repo.upsert_agency(conn, repo.get_agency(conn, "mcs").model_copy(update={"emails": []}))
        assert queue_report(conn, cfg, "mcs", "2026-02", files) is None
    row = rows(engine)[-1]
    assert row["id"] == sent and list(row["recipients"]) == ["quality@kyzmet.gov.kz"]
    msg = stored(engine, row)
    assert "пунктом 14" in msg.get_body().get_content() and "февраль" in msg["Subject"]
    assert [p.get_filename() for p in msg.iter_attachments()] == ["appendix2-2026-02-qc.docx"]
    with engine.connect() as conn:
        said = conn.execute(select(events.c.summary)
                            .where(events.c.kind == "operator_attention")).scalars().all()
    assert any("'mcs'" in s for s in said)


def test_escalation_attaches_requests_and_refusals_once_a_month(gw):
    cfg, engine, _ = gw
    refusal = b"From: kanc@minjust.gov.kz\r\nMessage-ID: <no.1@minjust.gov.kz>\r\n\r\nNo.\r\n"
    with engine.begin() as conn:
        digest = repo.put_blob(conn, refusal)
        for n in (1, 2):
            got = conn.execute(inbound.insert().values(
                origin_key=f"imap:test:{n}", source="imap", sha256=digest, subject="Отказ",
                received_at=dt.datetime.now(dt.UTC), message_id=f"<no.{n}@minjust.gov.kz>",
                sender="kanc@minjust.gov.kz", status="done", case_id=CASE, meta={}))
            repo.add_refusal(conn, agency_id="minjust", case_id=CASE, on=dt.date(2026, 3, n + 1),
                             inbound_id=int(got.inserted_primary_key[0]), reason="нет данных")
        case = repo.get_case(conn, CASE)
        action = SendEscalation(case_id=CASE, agency_id="minjust", month="2026-03",
                                due=dt.date(2026, 3, 6))
        send_escalation(conn, case, action, cfg, {})
        send_escalation(conn, case, action, cfg, {})  # the second refusal's case: same month
    [row] = rows(engine, kind="escalation")
    assert list(row["recipients"]) == ["quality@kyzmet.gov.kz"]
    msg = stored(engine, row)
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names[:2] == ["otkaz-1.eml", "otkaz-2.eml"]
    # the request the refusals answer (the case's p.4 request), once
    assert sum(n.startswith("zapros-") for n in names) == 1
    inner = next(msg.iter_attachments()).get_content()
    assert inner["Message-ID"] == "<no.1@minjust.gov.kz>"
    body = msg.get_body().get_content()
    assert "пунктом 12" in body and "отказ от 02.03.2026" in body


def test_an_agency_on_the_e_document_system_gets_a_folder_package(gw):
    cfg, engine, server = gw
    with engine.begin() as conn:
        agency = repo.get_agency(conn, "minjust")
        repo.upsert_agency(conn, agency.model_copy(update={"uses_edoc": True}))
        reminder(conn, cfg, transport=None)
    row = rows(engine)[-1]
    assert row["transport"] == "edoc"
    deliver_due(engine, cfg)
    [package] = [p for p in (cfg.edoc_root / "outgoing").iterdir()
                 if json.loads((p / "envelope.json").read_text())["message_id"]
                 == row["message_id"]]
    envelope = json.loads((package / "envelope.json").read_text(encoding="utf-8"))
    assert envelope["registration_number"] == row["outgoing_number"]
    assert envelope["subject"].startswith(f"[EKC-{CASE}]") and "пункт 5" in envelope["body"]
    assert not list(package.glob("*.part"))
    assert rows(engine, id=row["id"])[0]["status"] == "sent"
    assert row["message_id"] not in server.message_ids()
