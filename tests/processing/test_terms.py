"""The Rules' terms through real messages (issue #23), on SQLite and PostgreSQL: p.5 from the
appointment the letter dates; p.10 answers closing their step however they come (e-document
reply-to by number or Message-ID, our number quoted in a body, an operator's record); p.12's
month as the Civil Code counts it, the escalation in a thread of its own; p.15 without a term;
p.16's agency named in any grammatical case."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from gateway.delivery.senders import send_additional_request
from gateway.domain import AdditionalRequestSent, RequestSent, Step
from gateway.engine.casework import apply_to_case
from gateway.processing.authority import task_overdue
from gateway.records.manual import ManualRefused, explain_discrepancy, record_answer
from gateway.store import repo
from gateway.store.schema import tasks
from tests.processing.conftest import letter
from tests.processing.test_rules import AUTH, A, B, arrive, case, message, refusal, rows, status

D = dt.date


def requested(gw, case_id: str = A, on: dt.date = D(2027, 1, 4)) -> None:
    cfg, engine = gw
    with engine.begin() as conn:
        apply_to_case(conn, cfg, case_id, RequestSent(key=f"sent:{case_id}", on=on))


# -- p.5 ----------------------------------------------------------------------------------------


def test_p5_counts_from_the_appointment_the_letter_dates(gw):
    requested(gw)
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{A}] Запрос",
                 "На Ваш запрос сообщаем, что приказом от 5 января 2027 года № 12 "
                 "ответственным лицом за представление информации в Единый контакт-центр "
                 "назначен Сейтжанов Ерлан Нурланович, главный эксперт, тел. +7 7172 55 12 12, "
                 "e.seitzhanov@minjust.gov.kz.", auth=AUTH, msgid="<app@minjust.gov.kz>")
    iid = arrive(gw, raw, D(2027, 1, 11))
    assert status(gw, iid).status == "done", status(gw, iid)
    info = case(gw).deadline(Step.information)
    assert (info.start, info.basis) == (D(2027, 1, 5), "document")
    assert "(05.01.2027)" in info.reason and "указана в письме органа" in info.reason


def test_p5_counts_from_arrival_when_the_letter_does_not_date_it(gw):
    requested(gw)
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{A}] Запрос",
                 "Ответственным лицом за представление информации в Единый контакт-центр "
                 "назначен Сейтжанов Ерлан Нурланович, главный эксперт, "
                 "e.seitzhanov@minjust.gov.kz.\n\nИсх. № 12 от 06.01.2027",
                 auth=AUTH, msgid="<app2@minjust.gov.kz>")
    arrive(gw, raw, D(2027, 1, 11))
    info = case(gw).deadline(Step.information)
    assert (info.start, info.basis) == (D(2027, 1, 11), "arrival")
    assert "дата поступления письма о назначении" in info.reason


# -- p.10 ---------------------------------------------------------------------------------------


def asked(gw, case_id: str = A) -> dict:
    cfg, engine = gw
    with engine.begin() as conn:
        send_additional_request(conn, cfg, repo.get_case(conn, case_id), "Каковы сроки?")
    row = rows(gw, "additional_request")[-1]
    with engine.begin() as conn:
        apply_to_case(conn, cfg, case_id, AdditionalRequestSent(
            key=f"sent:{row['id']}", on=D(2026, 12, 1), message_id=row["message_id"]))
    return row


def answer_step(gw, row: dict):
    return next(d for d in case(gw).deadlines
                if d.step == Step.additional_request and d.ref == row["message_id"])


def edoc_answer(gw, reply_to: str | None, day: dt.date, body: str = "") -> int:
    text = body or ("Направляем разъяснения по порядку оказания государственной услуги: срок "
                    "оказания составляет 1 рабочий день.")
    raw = letter("minjust@edoc.invalid", "Ответ на дополнительный запрос", text)
    return arrive(gw, raw, day, source="edoc",
                  meta={"agency_id": "minjust", "registration_number": "03-12/77",
                        "registration_date": day.isoformat(), "in_reply_to": reply_to,
                        "subject": "Ответ на дополнительный запрос", "body": text})


def test_an_e_document_answering_our_number_closes_the_request(gw):
    row = asked(gw)
    iid = edoc_answer(gw, row["outgoing_number"], D(2026, 12, 3))
    assert status(gw, iid).status == "done"
    assert answer_step(gw, row).done_on == D(2026, 12, 3)


def test_an_e_document_answering_our_message_id_closes_the_request(gw):
    row = asked(gw)
    edoc_answer(gw, row["message_id"].strip("<>"), D(2026, 12, 3))
    assert answer_step(gw, row).done_on == D(2026, 12, 3)


def test_an_e_document_whose_text_names_our_message_id_closes_the_request(gw):
    row = asked(gw)
    edoc_answer(gw, None, D(2026, 12, 3), f"Ответ на Ваше письмо {row['message_id']}: "
                f"срок оказания услуги составляет 1 рабочий день.")
    assert answer_step(gw, row).done_on == D(2026, 12, 3)


def test_a_mail_quoting_our_number_closes_the_request(gw):
    row = asked(gw)
    number = row["outgoing_number"].replace("/", "/00")  # leading zeros, as agencies write
    raw = letter("kanc@minjust.gov.kz", "Разъяснения",
                 f"На Ваш № {number} направляем разъяснения: услуга оказывается в течение "
                 f"одного рабочего дня.", auth=AUTH, msgid="<q@minjust.gov.kz>")
    arrive(gw, raw, D(2026, 12, 4))
    assert answer_step(gw, row).done_on == D(2026, 12, 4)


def test_an_operator_records_an_answer_by_hand(gw):
    cfg, engine = gw
    row = asked(gw)
    with engine.begin() as conn:
        record_answer(conn, cfg, A, row["outgoing_number"], D(2026, 12, 5), "anna",
                      ("otvet.pdf", b"%PDF-1.4"))
    assert answer_step(gw, row).done_on == D(2026, 12, 5)
    with engine.begin() as conn:
        try:
            record_answer(conn, cfg, A, row["outgoing_number"], D(2026, 12, 6), "anna")
        except ManualRefused as refused:
            assert refused.code == "answered"
        else:
            raise AssertionError("a second answer to the same request was recorded")
        try:
            record_answer(conn, cfg, A, "ЕКЦ-1999/1", D(2026, 12, 6), "anna")
        except ManualRefused as refused:
            assert refused.code == "no_request"
        else:
            raise AssertionError("an answer to a request we never sent was recorded")


# -- p.12 ---------------------------------------------------------------------------------------


def test_refusals_on_1_and_31_march_are_within_one_month(gw):
    arrive(gw, refusal(A), D(2027, 3, 1))
    arrive(gw, refusal(B), D(2027, 3, 31))
    [esc] = rows(gw, "escalation")
    msg = message(gw, esc)
    body = msg.get_body().get_content()
    assert "в течение месяца (с 01.03.2027 по 31.03.2027)" in body
    assert "отказ от 01.03.2027 и отказ от 31.03.2027" in body
    assert "считается" not in body  # the letter defines no legal term
    # to the authority by its directory name, in a thread of its own
    assert body.startswith("В Агентство по делам государственной службы")
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_rolling_30_days_do_not_join_1_and_31_march(gw):
    cfg, _ = gw
    cfg.refusal_month = "rolling"
    arrive(gw, refusal(A), D(2027, 3, 1))
    arrive(gw, refusal(B), D(2027, 3, 31))
    assert not rows(gw, "escalation")


def test_a_month_ends_on_the_same_date_of_the_next(gw):
    arrive(gw, refusal(A), D(2027, 1, 31))
    arrive(gw, refusal(B), D(2027, 3, 1))  # 31 January's month ended on 28 February
    assert not rows(gw, "escalation")


# -- p.15, p.16 ---------------------------------------------------------------------------------


def test_a_training_request_without_a_date_has_no_due_date_and_is_never_overdue(gw):
    raw = letter("quality@kyzmet.gov.kz", "Об обучении", "Просим провести обучение "
                 "сотрудников Агентства по вопросам информационного обмена.",
                 msgid="<t2@kyzmet.gov.kz>")
    arrive(gw, raw, D(2026, 12, 2))
    with gw[1].connect() as conn:
        task = dict(conn.execute(select(tasks)).mappings().one())
    assert task["kind"] == "training_request" and task["due"] is None
    assert not task_overdue(task, D(2027, 6, 1))


def test_the_notice_names_the_agency_in_any_grammatical_case(gw):
    raw = letter("quality@kyzmet.gov.kz", "О расхождениях", "Выявлены расхождения между "
                 "отчетной информацией Министерства юстиции и отчетом ЕКЦ за ноябрь.",
                 msgid="<d2@kyzmet.gov.kz>")
    arrive(gw, raw, D(2026, 12, 2))
    with gw[1].connect() as conn:
        task = dict(conn.execute(select(tasks)).mappings().one())
    assert (task["kind"], task["agency_id"]) == ("discrepancy", "minjust")
    assert task_overdue(task, D(2026, 12, 2))  # p.16: at once


def test_explain_finds_the_agency_of_a_task_stored_without_one(gw):
    cfg, engine = gw
    raw = letter("quality@kyzmet.gov.kz", "О расхождениях", "Выявлены расхождения между "
                 "отчетной информацией Министерства юстиции и отчетом ЕКЦ за ноябрь.",
                 msgid="<d3@kyzmet.gov.kz>")
    arrive(gw, raw, D(2026, 12, 2))
    with engine.begin() as conn:
        conn.execute(tasks.update().values(agency_id=None))  # as stored before names were read
        task_id = conn.execute(select(tasks.c.id)).scalar_one()
        _, agency = explain_discrepancy(conn, cfg, task_id, ["Учтены обращения за 30.11."],
                                        "2026-11", D(2026, 12, 2))
    assert agency == "minjust"


def test_explain_takes_the_agency_by_name_in_any_case(gw):
    cfg, engine = gw
    raw = letter("quality@kyzmet.gov.kz", "О расхождениях", "Выявлены расхождения в отчетной "
                 "информации.", msgid="<d4@kyzmet.gov.kz>")
    arrive(gw, raw, D(2026, 12, 2))
    with engine.begin() as conn:
        task_id = conn.execute(select(tasks.c.id)).scalar_one()
        _, agency = explain_discrepancy(conn, cfg, task_id, ["Учтены обращения за 30.11."],
                                        "2026-11", D(2026, 12, 2), "Министерством юстиции")
    assert agency == "minjust"
