"""The Rules' duties that span a case and the store, on SQLite and PostgreSQL, through real
messages: p.6/p.7 clocks from the change's own date, p.10 answers matched to their request,
p.11-12 refusals (trust, lawful grounds, the month's window, one escalation and additions),
p.15/p.16 the authority's letters as tasks, p.14 the months a report goes for."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from gateway.calendar import default_calendar
from gateway.delivery.senders import send_additional_request
from gateway.domain import AdditionalRequestSent, Step
from gateway.engine.casework import apply_to_case
from gateway.intake.inbound import commit_inbound
from gateway.processing.documents import dated
from gateway.processing.refusals import refusal_event
from gateway.processing.worker import process_pending
from gateway.records.imports import import_registry
from gateway.service.clock import monthly_report, months_owed
from gateway.store import repo
from gateway.store.schema import inbound, outbox, tasks
from mappings import path
from parsers.records import Executor
from tests.parsers.makers import RU, docx_bytes
from tests.processing.conftest import dkim_pass, letter
from tests.processing.test_processing import FORM_ROW
from tests.processing.test_quarantine_cli import cli  # noqa: F401 - the fixture

D = dt.date
A, B = "00301138-minjust", "00301142-minjust"
AUTH = dkim_pass("minjust.gov.kz")
N = iter(range(1, 10_000))


def arrive(gw, raw: bytes, day: dt.date, *, source: str = "smtp", meta=None) -> int:
    cfg, engine = gw
    when = dt.datetime.combine(day, dt.time(5), dt.UTC)  # 10:00 in Almaty
    iid = commit_inbound(engine, origin_key=f"test:{next(N)}", source=source, raw=raw,
                         received_at=when, meta=meta)[0]
    process_pending(engine, cfg)
    return iid


def refusal(case_id: str, auth: str | None = AUTH, **kw) -> bytes:
    n = next(N)
    return letter("kanc@minjust.gov.kz", f"[EKC-{case_id}] Ответ",
                  f"Причина отказа: сведения не подготовлены ({n}).", auth=auth,
                  msgid=f"<r{n}@minjust.gov.kz>", **kw)


def case(gw, case_id: str = A):
    with gw[1].connect() as conn:
        return repo.get_case(conn, case_id)


def rows(gw, kind: str) -> list[dict]:
    with gw[1].connect() as conn:
        return [dict(r) for r in conn.execute(select(outbox).where(outbox.c.kind == kind)
                                              .order_by(outbox.c.id)).mappings()]


def message(gw, row) -> email.message.EmailMessage:
    with gw[1].connect() as conn:
        raw = repo.get_blob(conn, row["sha256"])
    return email.message_from_bytes(raw, policy=email.policy.default)


def status(gw, iid: int):
    with gw[1].connect() as conn:
        return conn.execute(select(inbound.c.status, inbound.c.quarantine_reason)
                            .where(inbound.c.id == iid)).one()


def form(gw, day: dt.date) -> None:
    raw = letter("kanc@minjust.gov.kz", f"Re: [EKC-{A}] Запрос", "Направляем форму.",
                 auth=AUTH, attachments=[("f.docx", docx_bytes([[RU, FORM_ROW]]))],
                 msgid=f"<f{next(N)}@minjust.gov.kz>")
    arrive(gw, raw, day)
    assert case(gw).info_versions


# -- p.11-12 ------------------------------------------------------------------------------------


def test_one_escalation_then_an_addition_across_cases_in_any_30_days(gw):
    gw[0].refusal_month = "rolling"
    arrive(gw, refusal(A), D(2026, 11, 27))
    assert not rows(gw, "escalation")
    arrive(gw, refusal(B), D(2026, 12, 1))  # another month, within 30 days: repeated
    [first] = rows(gw, "escalation")
    assert first["case_id"] == B and list(first["recipients"]) == ["quality@kyzmet.gov.kz"]
    msg = message(gw, first)
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert [n for n in names if n.startswith("otkaz")] == ["otkaz-1.eml", "otkaz-2.eml"]
    assert sum(n.startswith("zapros-") for n in names) == 2  # the request each one refuses
    body = msg.get_body().get_content()
    assert "30 календарных дней (с 02.11.2026 по 01.12.2026)" in body
    arrive(gw, refusal(A), D(2026, 12, 3))  # a third: an addition, not a second escalation
    first_, addition = rows(gw, "escalation")
    assert addition["case_id"] == A
    assert "Дополнение к информации" in str(message(gw, addition)["Subject"])
    assert first["outgoing_number"] in message(gw, addition).get_body().get_content()
    # an addition answers the escalation it adds to, not our letters to the agency
    assert message(gw, addition)["In-Reply-To"] == first["message_id"]
    # every escalation step opened has its letter: none is left open that nothing answers
    steps = [d for c in (case(gw, A), case(gw, B)) for d in c.deadlines
             if d.step == Step.escalation]
    assert len(steps) == 2 and {d.due for d in steps} == {D(2026, 12, 4), D(2026, 12, 8)}


def test_calendar_months_do_not_join_27_november_and_1_december(gw):
    cfg, _ = gw
    cfg.refusal_month = "calendar"
    arrive(gw, refusal(A), D(2026, 11, 27))
    arrive(gw, refusal(B), D(2026, 12, 1))
    assert not rows(gw, "escalation")
    arrive(gw, refusal(A), D(2026, 12, 2))
    [esc] = rows(gw, "escalation")
    assert "календарного месяца (декабря 2026 года)" in message(gw, esc).get_body().get_content()


def test_the_escalation_in_kazakh_says_its_window_in_kazakh(gw):
    cfg, _ = gw
    cfg.language, cfg.refusal_month = "kk", "rolling"
    arrive(gw, refusal(A), D(2026, 11, 27))
    arrive(gw, refusal(B), D(2026, 12, 1))
    [esc] = rows(gw, "escalation")
    body = message(gw, esc).get_body().get_content()
    assert "2026 жылғы 2 қарашадан бастап 2026 жылғы 1 желтоқсанға дейінгі 30 күнтізбелік күн "\
        "ішінде" in body and "12-тармағына" in body
    assert "2026 жылғы 27 қарашадағы бас тарту" in body and "отказ" not in body
    assert esc["outgoing_number"].startswith("ББО-")  # the number in the letter's language


def test_an_unauthenticated_refusal_waits_until_an_operator_confirms_it(gw, cli):  # noqa: F811
    iid = arrive(gw, refusal(A, auth=None), D(2026, 12, 1))
    held = status(gw, iid)
    # the reason in Russian (issue #18): a refusal, counted for p.12 only once confirmed
    assert held.status == "quarantined" and "отказ" in held.quarantine_reason
    assert "п.12" in held.quarantine_reason and "не подтвержден" in held.quarantine_reason
    with gw[1].connect() as conn:
        assert not repo.refusals_between(conn, "minjust", D(2026, 11, 1), D(2026, 12, 31))
    cli("quarantine", "release", str(iid))
    process_pending(gw[1], gw[0])
    assert status(gw, iid).status == "done"
    with gw[1].connect() as conn:
        assert len(repo.refusals_between(conn, "minjust", D(2026, 11, 1), D(2026, 12, 31))) == 1


def test_a_lawful_refusal_is_recorded_and_never_counted(gw):
    cfg, engine = gw
    with engine.begin() as conn:
        event = refusal_event(conn, cfg, key="k", on=D(2026, 12, 1), agency_id="minjust",
                              case_id=A, inbound_id=999, reason="государственные секреты",
                              ground="state_secret", answers=None)
        assert not event.counted and event.ground == "state_secret"
        assert not repo.refusals_between(conn, "minjust", D(2026, 11, 1), D(2026, 12, 31))


# -- p.6, p.7 -----------------------------------------------------------------------------------


def test_a_change_counted_from_the_e_documents_registration_date_is_late(gw):
    form(gw, D(2026, 11, 2))
    raw = letter("minjust@edoc.invalid", f"[EKC-{A}] Изменения",
                 "По государственной услуге № 00301138 внесены изменения: утвержден новый "
                 "стандарт государственной услуги приказом Министра юстиции Республики "
                 "Казахстан № 555.")  # the new standard with its requisites (issue #12)
    iid = arrive(gw, raw, D(2026, 12, 1), source="edoc",
                 meta={"agency_id": "minjust", "registration_date": "2026-11-16"})
    assert status(gw, iid).status == "done"
    step = case(gw).deadline(Step.change_update)
    assert (step.start, step.basis, step.due, step.done_on) == (
        D(2026, 11, 16), "edoc", D(2026, 11, 23), D(2026, 12, 1))
    assert step.overdue_on(D(2026, 12, 1))  # recorded late
    assert "регистрации электронного документа" in step.reason
    assert step.reason.startswith("5 рабочих дней с даты внесения изменений")


def test_the_documents_own_date_wins_then_the_letters_then_arrival():
    own = SimpleNamespace(change_date=D(2026, 11, 10), executor=Executor(date=D(2026, 11, 12)))
    assert dated(own, "change_date", (D(2026, 11, 13), "edoc")) == (D(2026, 11, 10), "document")
    letter_ = SimpleNamespace(executor=Executor(date=D(2026, 11, 12)))
    assert dated(letter_, "effective_date", None) == (D(2026, 11, 12), "letter")
    bare = SimpleNamespace(executor=Executor())
    assert dated(bare, "effective_date", (D(2026, 11, 13), "edoc")) == (D(2026, 11, 13), "edoc")
    assert dated(bare, "effective_date", None) == (None, "arrival")


def test_a_registry_change_opens_p6_and_asks_the_responsible_person(gw, tmp_path: Path):
    cfg, engine = gw
    form(gw, D(2026, 11, 2))
    old, new = "2015 года № 219\",2026-11-23\n", "2026 года № 700\",2026-11-23\n"
    csv = path("registry.csv").read_text(encoding="utf-8").replace(old, new, 1)
    (tmp_path / "registry.csv").write_text(csv, encoding="utf-8")
    import_registry(engine, cfg, tmp_path / "registry.csv")
    step = case(gw).deadline(Step.change_update)
    assert step.basis == "registry" and step.done_on is None
    [ask] = rows(gw, "change_request")
    assert ask["case_id"] == A and list(ask["recipients"]) == ["e.akhmetov@minjust.gov.kz"]
    body = message(gw, ask).get_body().get_content()
    assert "пунктом 6" in body and f"{step.due:%d.%m.%Y}" in body
    # the agency's update closes that step; no second one opens
    raw = letter("kanc@minjust.gov.kz", f"[EKC-{A}] Изменения", "По государственной услуге "
                 "№ 00301138 внесены изменения: утвержден новый стандарт государственной услуги "
                 "приказом Министра юстиции Республики Казахстан № 700.", auth=AUTH,
                 msgid="<upd@minjust.gov.kz>")
    arrive(gw, raw, D(2026, 12, 3))
    steps = [d for d in case(gw).deadlines if d.step == Step.change_update]
    assert len(steps) == 1 and steps[0].done_on == D(2026, 12, 3)


# -- p.10 ---------------------------------------------------------------------------------------


def test_an_additional_request_is_its_own_step_closed_by_its_answer_or_refusal(gw):
    cfg, engine = gw
    for n in (1, 2):
        with engine.begin() as conn:
            send_additional_request(conn, cfg, repo.get_case(conn, A), f"Вопрос {n}?")
    first, second = rows(gw, "additional_request")
    for row in (first, second):  # delivered
        with engine.begin() as conn:
            apply_to_case(conn, cfg, A, AdditionalRequestSent(
                key=f"sent:{row['id']}", on=D(2026, 12, 1), message_id=row["message_id"]))
    steps = [d for d in case(gw).deadlines if d.step == Step.additional_request]
    assert [d.ref for d in steps] == [first["message_id"], second["message_id"]]
    answer = letter("kanc@minjust.gov.kz", "Re: Дополнительный запрос", "Направляем "
                    "разъяснения по услуге.", auth=AUTH, msgid="<ans@minjust.gov.kz>",
                    headers={"In-Reply-To": second["message_id"]})
    arrive(gw, answer, D(2026, 12, 2))
    steps = [d for d in case(gw).deadlines if d.step == Step.additional_request]
    assert [d.done_on for d in steps] == [None, D(2026, 12, 2)]  # the one it answers
    arrive(gw, refusal(A, headers={"In-Reply-To": first["message_id"]}), D(2026, 12, 3))
    steps = [d for d in case(gw).deadlines if d.step == Step.additional_request]
    assert [d.done_on for d in steps] == [D(2026, 12, 3), D(2026, 12, 2)]


@pytest.mark.parametrize("body", [
    "Рассмотрев Ваше обращение, сообщаем, что в назначении пособия Вам отказано.",
    "Письмо от 10.02.2027 направлено в ваш адрес ошибочно, просим не учитывать.",
    "Ваше письмо получено и зарегистрировано, ответ будет направлен позднее."])
def test_a_letter_in_the_thread_that_answers_nothing_leaves_the_request_open(gw, body):
    """A copy of an answer to a citizen, a letter sent by mistake or a promise to answer later
    comes in the thread of our p.10 request, and is no answer to it (understanding.answers)."""
    cfg, engine = gw
    with engine.begin() as conn:
        send_additional_request(conn, cfg, repo.get_case(conn, A), "Вопрос?")
    [row] = rows(gw, "additional_request")
    with engine.begin() as conn:
        apply_to_case(conn, cfg, A, AdditionalRequestSent(
            key=f"sent:{row['id']}", on=D(2026, 12, 1), message_id=row["message_id"]))
    arrive(gw, letter("kanc@minjust.gov.kz", "Re: Дополнительный запрос", body, auth=AUTH,
                      msgid="<other@minjust.gov.kz>",
                      headers={"In-Reply-To": row["message_id"]}), D(2026, 12, 2))
    steps = [d for d in case(gw).deadlines if d.step == Step.additional_request]
    assert [d.done_on for d in steps] == [None]


# -- p.15, p.16 ---------------------------------------------------------------------------------


def test_the_authoritys_letters_become_tasks(gw):
    training = letter("quality@kyzmet.gov.kz", "Об обучении", "Просим провести обучение "
                      "сотрудников Агентства по вопросам информационного обмена 15.12.2026.",
                      msgid="<t@kyzmet.gov.kz>")
    notice = letter("quality@kyzmet.gov.kz", "О расхождениях", "Выявлены расхождения между "
                    "отчетной информацией Министерство юстиции Республики Казахстан и "
                    "отчетом ЕКЦ за ноябрь.", msgid="<d@kyzmet.gov.kz>")
    for raw in (training, notice):
        assert status(gw, arrive(gw, raw, D(2026, 12, 2))).status == "done"
    with gw[1].connect() as conn:
        found = {r.kind: r for r in conn.execute(select(tasks)).all()}
    assert found["training_request"].asked_for == D(2026, 12, 15)
    assert found["training_request"].paragraph == "15"
    assert (found["discrepancy"].agency_id, found["discrepancy"].due) == ("minjust",
                                                                          D(2026, 12, 2))
    # a letter from anyone else saying the same is no task
    forged = letter("kanc@minjust.gov.kz", "О расхождениях", "Выявлены расхождения.",
                    msgid="<x@minjust.gov.kz>", auth=AUTH)
    assert status(gw, arrive(gw, forged, D(2026, 12, 2))).status == "quarantined"


# -- p.14 ---------------------------------------------------------------------------------------


def test_reports_only_for_months_in_service_and_every_missed_one(gw):
    cfg, engine = gw
    cal = default_calendar()
    assert monthly_report(engine, cfg, D(2026, 12, 2), cal) is None  # fresh: nothing for Nov
    assert not rows(gw, "report")
    assert monthly_report(engine, cfg, D(2027, 1, 4), cal) is None  # 4 January is off
    assert monthly_report(engine, cfg, D(2027, 1, 5), cal) == "2026-12"
    december = rows(gw, "report")
    # the authority and every agency giving services, with appeals or without
    with engine.connect() as conn:
        giving = {s.agency_id for s in repo.list_services(conn)}
    assert {r["agency_id"] for r in december} == giving | {cfg.quality_control_agency}
    some = next(r for r in december if r["agency_id"] == "minjust")
    assert "не поступало" in message(gw, some).get_body().get_content()
    # down from January to April: every missed month goes, once
    assert monthly_report(engine, cfg, D(2027, 4, 20), cal) == "2027-01, 2027-02, 2027-03"
    assert monthly_report(engine, cfg, D(2027, 4, 21), cal) is None


def test_months_owed_from_the_first_day_in_service():
    cal = default_calendar()
    assert months_owed(D(2026, 11, 15), D(2026, 12, 1), cal) == ["2026-11"]
    assert months_owed(D(2026, 11, 15), D(2026, 11, 30), cal) == []
    assert months_owed(D(2026, 12, 2), D(2026, 12, 2), cal) == []


def test_a_validly_signed_reply_to_our_protocol_letter_is_the_protocol_signed():
    from gateway.domain import ProtocolSigned
    from gateway.processing.documents import doc_events

    signed = SimpleNamespace(kind="other", part="protocol.docx.sig", protocol_date=None,
                             signature=SimpleNamespace(status="valid"), executor=Executor())
    [event] = doc_events(None, None, signed, [], A, 7, D(2026, 12, 1), 0,  # type: ignore[arg-type]
                          ours={"protocol": "<p@ekc>"})
    assert isinstance(event, ProtocolSigned) and event.on == D(2026, 12, 1)
    # not signed, or not answering our protocol: nothing
    assert doc_events(None, None, signed, [], A, 7, D(2026, 12, 1), 0, ours={}) == []  # type: ignore[arg-type]
    signed.signature.status = "invalid"
    assert doc_events(None, None, signed, [], A, 7, D(2026, 12, 1), 0,  # type: ignore[arg-type]
                       ours={"protocol": "<p@ekc>"}) == []
