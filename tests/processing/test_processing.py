"""Inbound rows through parse, match, trust and the engine, on SQLite and PostgreSQL, with real
messages built here: what is applied, what waits in quarantine and why."""

from __future__ import annotations

from sqlalchemy import func, select

from gateway.intake.inbound import commit_inbound
from gateway.processing.worker import process_pending
from gateway.store import repo
from gateway.store.schema import inbound, outbox
from tests.parsers.makers import RU, docx_bytes
from tests.processing.conftest import TRUSTED, dkim_pass, letter

CASE = "00301138-minjust"
FORM_ROW = ["1", "00301138", "Государственная регистрация рождения ребенка", "Стандарт № 219",
            "Регламент № 300", "—", "www.minjust.gov.kz",
            "Ахметов Ерлан Серикович, ведущий специалист, тел. +7 (7172) 74-00-11, "
            "e-mail: e.akhmetov@minjust.gov.kz"]
CHANGE = ("Министерство юстиции сообщает, что произведена замена ответственного лица по "
          "государственной услуге № 00301138.\nОтветственным лицом назначен Злоумышленников "
          "Иван Петрович, специалист.\nЭлектронная почта: thief@evil.kz.")


def ingest(engine, raw, key):
    return commit_inbound(engine, origin_key=key, source="smtp", raw=raw)[0]


def status_of(engine, inbound_id):
    with engine.connect() as conn:
        return conn.execute(select(inbound.c.status, inbound.c.quarantine_reason)
                            .where(inbound.c.id == inbound_id)).one()


def get_case(engine, case_id=CASE):
    with engine.connect() as conn:
        return repo.get_case(conn, case_id)


def test_authenticated_form_moves_the_case(gw):
    cfg, engine = gw
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{CASE}] Запрос", "Направляем форму.",
                 auth=dkim_pass("minjust.gov.kz"), attachments=[("f.docx",
                                                                 docx_bytes([[RU, FORM_ROW]]))])
    iid = ingest(engine, raw, "smtp:1")
    stats = process_pending(engine, cfg)
    assert stats.done == 1 and status_of(engine, iid).status == "done"
    case = get_case(engine)
    assert case.state == "info_received"
    assert case.responsible.email == "e.akhmetov@minjust.gov.kz"
    assert case.info_versions[0].info.standard == "Стандарт № 219"
    # processing the same message again changes nothing
    assert process_pending(engine, cfg).processed == 0


def test_matching_by_agency_and_registry_number_without_a_tag(gw):
    cfg, engine = gw
    raw = letter("gosuslugi@minjust.gov.kz", "Форма", "См. вложение.",
                 auth=dkim_pass("minjust.gov.kz"),
                 attachments=[("f.docx", docx_bytes([[RU, FORM_ROW]]))])
    ingest(engine, raw, "smtp:2")
    process_pending(engine, cfg)
    assert get_case(engine).state == "info_received"


def _quarantined(gw, raw, needle):
    cfg, engine = gw
    iid = ingest(engine, raw, "smtp:q")
    process_pending(engine, cfg)
    row = status_of(engine, iid)
    assert row.status == "quarantined", row
    assert needle in row.quarantine_reason, row.quarantine_reason
    assert get_case(engine).responsible is None


def test_spoofs_trying_to_replace_the_responsible_person_are_quarantined(gw):
    subject = f"[EKC-{CASE}] Замена"
    _quarantined(gw, letter("kanc@minjust-gov.kz", subject, CHANGE,
                            auth=dkim_pass("minjust-gov.kz")), "нет в справочнике органов")


def test_unauthenticated_official_address(gw):
    _quarantined(gw, letter("kanc@minjust.gov.kz", f"[EKC-{CASE}]", CHANGE), "не подтвержден")


def test_forged_authentication_results_below_the_trusted_one(gw):
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}]", CHANGE,
                 auth=f"{TRUSTED}; dkim=fail header.d=minjust.gov.kz")
    raw = raw.replace(b"From:", b"Authentication-Results: forger.example; dkim=pass "
                      b"header.d=minjust.gov.kz\r\nFrom:", 1)
    # the forged header sits below ours: only the topmost trusted one counts
    _quarantined(gw, raw, "не подтвержден")


def test_untrusted_authserv_id_is_ignored(gw):
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}]", CHANGE,
                 auth="mx.forger.example; dkim=pass header.d=minjust.gov.kz")
    _quarantined(gw, raw, "не подтвержден")


def test_misaligned_dkim_pass(gw):
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}]", CHANGE,
                 auth=f"{TRUSTED}; dkim=pass header.d=evil.kz")
    _quarantined(gw, raw, "не подтвержден")


def test_sender_of_another_agency(gw):
    raw = letter("kense@mcs.gov.kz", f"[EKC-{CASE}]", CHANGE, auth=dkim_pass("mcs.gov.kz"))
    _quarantined(gw, raw, "не ведет дело")


def test_unmatched_letter(gw):
    raw = letter("kanc@minjust.gov.kz", "Вопрос", "Причина отказа: нет сведений по услуге.",
                 auth=dkim_pass("minjust.gov.kz"))
    cfg, engine = gw
    iid = ingest(engine, raw, "smtp:u")
    process_pending(engine, cfg)
    assert "не относится ни к одному делу" in status_of(engine, iid).quarantine_reason


def test_auto_reply_is_recorded_and_never_answered(gw):
    cfg, engine = gw
    with engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(outbox)).scalar()
    raw = letter("kanc@minjust.gov.kz", f"Автоответ: [EKC-{CASE}]", "Я в отпуске.",
                 headers={"Auto-Submitted": "auto-replied"})
    iid = ingest(engine, raw, "smtp:a")
    process_pending(engine, cfg)
    assert status_of(engine, iid).status == "done"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(outbox)).scalar() == before


def test_bounce_marks_the_address_failing(gw):
    cfg, engine = gw
    dsn = (b"From: MAILER-DAEMON@mx.minjust.gov.kz\r\nTo: ekc@example.kz\r\n"
           b"Subject: Undelivered Mail\r\nMessage-ID: <b1@mx>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nfailed\r\n--b\r\n"
           b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
           b"Final-Recipient: rfc822; kanc@minjust.gov.kz\r\nAction: failed\r\n"
           b"Status: 5.1.1\r\n\r\n--b--\r\n")
    ingest(engine, dsn, "smtp:b")
    process_pending(engine, cfg)
    case = get_case(engine)
    assert "kanc@minjust.gov.kz" in case.failing_addresses and case.flags


def _refusals(gw, reason: str) -> list:
    cfg, engine = gw
    for n in (1, 2):
        raw = letter("kanc@minjust.gov.kz", f"[EKC-{CASE}] Ответ",
                     f"Причина отказа: {reason} ({n}).",
                     msgid=f"<r{n}@minjust.gov.kz>", auth=dkim_pass("minjust.gov.kz"))
        ingest(engine, raw, f"smtp:r{n}")
        process_pending(engine, cfg)
    with engine.connect() as conn:
        return conn.execute(select(outbox.c.kind, outbox.c.recipients)
                            .where(outbox.c.kind == "escalation")).all()


def test_repeated_refusals_escalate_to_quality_control(gw):
    rows = _refusals(gw, "сведения не подготовлены")
    assert len(rows) == 1 and list(rows[0].recipients) == ["quality@kyzmet.gov.kz"]
    assert get_case(gw[1]).deadline("escalation") is not None


def test_repeated_lawful_refusals_do_not_escalate(gw):
    # an official secret is "another secret protected by law" (p.11 sub. 1): never counted
    assert _refusals(gw, "сведения составляют служебную тайну") == []
    assert get_case(gw[1]).deadline("escalation") is None


def test_edoc_package_is_trusted_as_its_envelope_says(gw):
    cfg, engine = gw
    raw = letter("minjust@edoc.invalid", "Замена", CHANGE)
    commit_inbound(engine, origin_key="edoc:minjust/p1", source="edoc", raw=raw,
                   meta={"agency_id": "minjust"})
    process_pending(engine, cfg)
    assert get_case(engine).responsible.full_name == "Злоумышленников Иван Петрович"


def test_a_message_failing_again_and_again_is_set_aside(gw, monkeypatch):
    cfg, engine = gw
    import gateway.processing.worker as processing

    def boom(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(processing, "process_one", boom)
    monkeypatch.setattr(processing, "RETRY_SECONDS", -1)  # no backoff: each pass retries
    bad = ingest(engine, letter("kanc@minjust.gov.kz", "x", "y", msgid="<x1@m>"), "smtp:x1")
    for attempt in (1, 2):
        assert process_pending(engine, cfg).retried == 1
        assert status_of(engine, bad).status == "pending", attempt
    process_pending(engine, cfg)
    row = status_of(engine, bad)
    assert row.status == "quarantined" and "попыток: 3" in row.quarantine_reason
    monkeypatch.undo()
    good = ingest(engine, letter("kanc@minjust.gov.kz", f"Автоответ [EKC-{CASE}]", "y",
                                 headers={"Auto-Submitted": "auto-replied"}, msgid="<x2@m>"),
                  "smtp:x2")
    process_pending(engine, cfg)
    assert status_of(engine, good).status == "done"
