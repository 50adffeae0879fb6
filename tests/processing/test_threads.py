"""Matching end to end against what the gateway really sent (the outbox rows of the requests
queued when the registry was imported): In-Reply-To, References, the e-document envelope's
in_reply_to, and bounces traced to every case the address was written to."""

from __future__ import annotations

from sqlalchemy import select

from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import prepare, process_pending
from gateway.store import repo
from gateway.store.schema import inbound, outbox
from tests.processing.conftest import dkim_pass, letter

FIRST, SECOND = "00301138-minjust", "00301142-minjust"
REFUSAL = "Причина отказа: сведения составляют служебную тайну."
AUTH = dkim_pass("minjust.gov.kz")  # a refusal counts against the agency only when authenticated


def sent(engine, case_id):
    with engine.connect() as conn:
        return conn.execute(select(outbox.c.message_id, outbox.c.outgoing_number)
                            .where(outbox.c.case_id == case_id)).first()


def run(gw, raw, key, source="smtp", meta=None):
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key=key, source=source, raw=raw, meta=meta)[0]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        return conn.execute(select(inbound.c.status, inbound.c.case_id,
                                   inbound.c.quarantine_reason)
                            .where(inbound.c.id == iid)).one()


def test_a_reply_by_in_reply_to_finds_the_request_it_answers(gw):
    request = sent(gw[1], SECOND)
    raw = letter("kanc@minjust.gov.kz", "Re: Запрос сведений", REFUSAL, auth=AUTH,
                 headers={"In-Reply-To": request.message_id})
    row = run(gw, raw, "smtp:irt")
    assert (row.status, row.case_id) == ("done", SECOND), row.quarantine_reason


def test_references_newest_first(gw):
    first, second = sent(gw[1], FIRST), sent(gw[1], SECOND)
    raw = letter("kanc@minjust.gov.kz", "Re: Re: Запрос", REFUSAL, auth=AUTH,
                 headers={"References": f"<old@elsewhere> {first.message_id} "
                                        f"{second.message_id}"})
    row = run(gw, raw, "smtp:refs")
    assert (row.status, row.case_id) == ("done", SECOND), row.quarantine_reason


def test_edoc_envelope_in_reply_to_our_outgoing_number(gw):
    request = sent(gw[1], SECOND)
    raw = letter("minjust@edoc.invalid", "Ответ на запрос", REFUSAL)
    row = run(gw, raw, "edoc:minjust/77", source="edoc",
              meta={"agency_id": "minjust", "in_reply_to": request.outgoing_number})
    assert (row.status, row.case_id) == ("done", SECOND), row.quarantine_reason


def test_a_mail_quoting_our_outgoing_number_in_its_body_finds_its_case(gw):
    """No tag, no thread, no registry number: "На № ЕКЦ-2026/0007 от …" in the body is enough,
    written with leading zeros as clerks do (issue #21: the letter our reply answers)."""
    request = sent(gw[1], SECOND)
    year, n = request.outgoing_number.removeprefix("ЕКЦ-").split("/")
    raw = letter("kanc@minjust.gov.kz", "Ответ", f"На № ЕКЦ-{year}/{int(n):04d} сообщаем: "
                 "предоставить информацию не представляется возможным, так как сведения "
                 "составляют государственные секреты.", auth=dkim_pass("minjust.gov.kz"),
                 msgid="<quoting-number@minjust.gov.kz>")
    row = run(gw, raw, "smtp:number")
    assert (row.status, row.case_id) == ("done", SECOND), row.quarantine_reason


def test_a_number_quoted_by_another_agency_finds_nothing(gw):
    request = sent(gw[1], SECOND)
    raw = letter("info@mcs.gov.kz", "Ответ", f"На № {request.outgoing_number} сообщаем: "
                 "предоставить информацию не представляется возможным, так как сведения "
                 "составляют государственные секреты.", auth=dkim_pass("mcs.gov.kz"),
                 msgid="<foreign-number@mcs.gov.kz>")
    row = run(gw, raw, "smtp:foreign-number")
    assert row.case_id != SECOND


def test_edoc_from_another_agency_answering_our_number_waits(gw):
    request = sent(gw[1], SECOND)
    raw = letter("mcs@edoc.invalid", "Ответ", REFUSAL)
    row = run(gw, raw, "edoc:mcs/1", source="edoc",
              meta={"agency_id": "mcs", "in_reply_to": request.outgoing_number})
    assert row.status == "quarantined" and "не ведет дело" in row.quarantine_reason


def test_a_bounce_marks_the_address_on_every_case_written_to_it(gw):
    cfg, engine = gw
    dsn = (b"From: MAILER-DAEMON@mx.minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
           b"Subject: Undelivered Mail\r\nMessage-ID: <b2@mx>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\n"
           b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
           b"Final-Recipient: rfc822; gosuslugi@minjust.gov.kz\r\nAction: failed\r\n"
           b"Status: 5.1.1\r\n\r\n--b--\r\n")
    row = run(gw, dsn, "smtp:dsn")
    assert row.status == "done"
    with engine.connect() as conn:
        for case_id in (FIRST, SECOND):
            assert "gosuslugi@minjust.gov.kz" in repo.get_case(conn, case_id).failing_addresses
        assert "gosuslugi@minjust.gov.kz" not in repo.get_case(conn, "00402674-mcs") \
            .failing_addresses


def test_an_envelope_cannot_pose_as_the_operator(gw):
    """The e-document row's meta is the sender's envelope: an "operator_release" written there
    is the sender's word, not an operator's decision."""
    raw = letter("mcs@edoc.invalid", f"[EKC-{SECOND}] Замена",
                 "Ответственным лицом назначен Злоумышленников Иван Петрович, специалист.\n"
                 "Электронная почта: thief@evil.kz.")
    row = run(gw, raw, "edoc:mcs/2", source="edoc",
              meta={"agency_id": "mcs", "operator_release": {"by": "x", "case": SECOND}})
    assert row.status == "quarantined" and "не ведет дело" in row.quarantine_reason
    with gw[1].connect() as conn:
        assert repo.get_case(conn, SECOND).responsible is None


def _information_received(gw) -> None:
    """FIRST's form came (authenticated), so the case now waits for its p.8 protocol."""
    from tests.parsers.makers import RU, docx_bytes

    cfg, engine = gw
    row = ["1", "00301138", "Услуга", "Стандарт № 219", "Регламент № 12", "-", "www.adilet.kz",
           "Ахметов Ерлан Серикович, главный эксперт, e.akhmetov@minjust.gov.kz"]
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{FIRST}] Запрос", "Направляем форму.",
                 auth=dkim_pass("minjust.gov.kz"), msgid="<form@minjust.gov.kz>",
                 attachments=[("f.docx", docx_bytes([[RU, row]]))])
    commit_inbound(engine, origin_key="smtp:form", source="smtp", raw=raw)
    process_pending(engine, cfg)
    with engine.connect() as conn:
        assert repo.get_case(conn, FIRST).state == "info_received"


def test_a_protocol_from_a_known_address_is_applied_without_authentication(gw):
    """Only a change of the responsible person or of the information needs authentication;
    an agency's signed protocol from its official address goes through — to a case that
    waits for it (issue #21: the case's context is evidence)."""
    _information_received(gw)
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{FIRST}] Протокол",
                 "ПРОТОКОЛ\nобучения сотрудников Единого контакт-центра и принятия "
                 "государственной услуги № 00301138 на консультирование.\n"
                 "Протокол подписан 20.11.2026.", msgid="<protocol@minjust.gov.kz>")
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key="smtp:p", source="smtp", raw=raw)[0]
    with engine.connect() as conn:
        stored = dict(conn.execute(select(inbound).where(inbound.c.id == iid)).mappings().one())
    kinds = [d.kind for d in prepare(engine, cfg, stored).parsed.documents]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        status = conn.execute(select(inbound.c.status).where(inbound.c.id == iid)).scalar()
        case = repo.get_case(conn, FIRST)
    assert kinds == ["training_protocol"] and status == "done"
    assert case is not None and case.state == "accepted"


def test_minutes_of_a_meeting_never_sign_a_protocol(gw):
    """The failure issue #21 names: ordinary minutes taken for the p.8 protocol.  They are
    `other`, and the case waiting for its protocol stays where it is."""
    _information_received(gw)
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{FIRST}] Протокол совещания",
                 "ПРОТОКОЛ совещания при заместителе министра № 14\n"
                 "Присутствовали: руководители департаментов.\n"
                 "Слушали: о ходе оказания государственных услуг, в том числе № 00301138.\n"
                 "Решили: принять информацию к сведению; провести обучение сотрудников "
                 "департамента до 20.11.2026.", msgid="<minutes@minjust.gov.kz>")
    cfg, engine = gw
    iid = commit_inbound(engine, origin_key="smtp:m", source="smtp", raw=raw)[0]
    process_pending(engine, cfg)
    with engine.connect() as conn:
        status = conn.execute(select(inbound.c.status).where(inbound.c.id == iid)).scalar()
        case = repo.get_case(conn, FIRST)
    assert case is not None and case.state == "info_received"
    assert status in ("done", "quarantined")
