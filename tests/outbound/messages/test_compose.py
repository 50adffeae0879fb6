"""Composers and templates: every letter in Russian and Kazakh, with its Rules paragraph; the
registry's refusals; the headers every message carries."""

from __future__ import annotations

import datetime as dt
import email
import email.generator
import email.policy
import re

import pytest

from gateway.domain import Agency, AgencyKind, Service
from mappings import path
from outbound import composers
from outbound.compose import DOCX, EML, Envelope, build, compose, render

SERVICE = Service(registry_number="00301138", agency_id="minjust",
                  name_ru="Государственная регистрация рождения ребенка",
                  name_kk="Баланың тууын мемлекеттік тіркеу", registered_on=dt.date(2026, 3, 2))
AGENCY = Agency(agency_id="minjust", name_ru="Министерство юстиции",
                name_kk="Әділет министрлігі", kind=AgencyKind.central,
                emails=["kanc@minjust.gov.kz"])
COMMON = {"outgoing_number": "ЕКЦ-2026/17", "today": "02.03.2026", "sender_name": "ЕКЦ",
          "tag": "[EKC-00301138-minjust]"}
# the facts each letter needs, and the paragraph its text must name
CONTEXTS: dict[str, tuple[dict, str]] = {
    "request": ({"service": SERVICE, "agency": AGENCY, "appointment_due": "05.03.2026"}, "4"),
    "reminder": ({"service": SERVICE, "agency": AGENCY, "paragraph": "5", "due": "05.03.2026",
                  "step_text": "назначение ответственного лица", "reason": "3 р.д."}, "5"),
    "questions": ({"service": SERVICE, "agency": AGENCY, "questions": "1. Сроки?",
                   "responsible_name": "Иванов И.И.", "training_due": "20.03.2026"}, "8"),
    "additional_request": ({"service": SERVICE, "agency": AGENCY, "questions": "Перечень?",
                            "answer_due": "10.03.2026"}, "11"),
    "escalation": ({"agency": AGENCY, "month_text": "март 2026 года",
                    "refusals": [{"on": "01.03.2026", "subject": "Ответ", "reason": "",
                                  "request": "ЕКЦ-2026/1"}]}, "12"),
    "escalation_addition": ({"agency": AGENCY, "month_text": "март 2026 года",
                             "refusals": [{"on": "05.03.2026", "subject": "", "reason": "",
                                           "request": ""}],
                             "first_number": "ЕКЦ-2026/3"}, "12"),
    "change_request": ({"service": SERVICE, "changed": "стандарт", "due": "10.03.2026"}, "6"),
    "protocol": ({"service": SERVICE, "training_due": "20.03.2026",
                  "responsible_name": "Иванов И.И."}, "8"),
    "report": ({"month_text": "февраль 2026 года", "rows": 12, "recipient_line": "В орган"},
               "14"),
    "discrepancy": ({"agency": AGENCY, "items": ["за февраль: 12 против 14"],
                     "month_text": "февраль 2026 года"}, "16"),
    # the board's watchdog to the operators' own address: no paragraph of the Rules
    "watchdog": ({"source": "edoc", "state": "degraded", "detail": "нет ответа 600 с"}, ""),
}
KAZAKH = re.compile("[әғқңөұүһі]")
PARAGRAPH = {"ru": r"пункт(?:ом|ами|ов)?\s+(?:\d+\s+и\s+)?{p}\b|п\.\s*{p}\b",
             "kk": r"{p}(?:-тармағ|\s+тармағ)|(?:\d+\s+және\s+){p}-тармақ"}


def test_the_registry_has_every_letter_and_each_has_both_languages():
    assert set(composers.names()) == set(CONTEXTS)
    for name in composers.names():
        for language in ("ru", "kk"):
            assert path(f"templates/{name}.{language}.txt").is_file(), (name, language)


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("name", sorted(CONTEXTS))
def test_every_letter_renders_with_its_paragraph(name, language):
    context, paragraph = CONTEXTS[name]
    subject, body = render(name, language, COMMON | context)
    assert subject and "\n" not in subject and "{" not in subject + body
    assert "ЕКЦ-2026/17" in body  # our outgoing number in the text, too
    if paragraph:
        assert re.search(PARAGRAPH[language].format(p=paragraph), body), body
    assert bool(KAZAKH.search(subject + body)) == (language == "kk")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_request_asks_for_information_and_training(language):
    _, body = render("request", language, COMMON | CONTEXTS["request"][0])
    assert ("обучени" if language == "ru" else "оқыт") in body


@pytest.mark.parametrize(("rows", "said"), [(0, "не поступало"), (1, "(1 обращение)"),
                                            (3, "(3 обращения)"), (12, "(12 обращений)")])
def test_the_report_letter_counts_in_russian_and_says_when_there_were_none(rows, said):
    _, body = render("report", "ru", COMMON | {"month_text": "ноябрь 2026 года", "rows": rows,
                                               "recipient_line": "В орган"})
    assert said in body


def test_deadlines_are_stated_in_the_letters():
    _, body = render("request", "ru", COMMON | CONTEXTS["request"][0])
    assert "не позднее 05.03.2026" in body and "п. 5" in body
    _, body = render("reminder", "kk", COMMON | CONTEXTS["reminder"][0])
    assert "Мерзімі: 2026 жылғы 5 наурыз," in body and "5-тармағы" in body
    _, body = render("request", "kk", COMMON | CONTEXTS["request"][0])
    assert "2026 жылғы 5 наурыздан кешіктірмей" in body  # the date with its case ending


def test_a_missing_fact_is_one_clear_error_not_a_half_written_letter():
    with pytest.raises(composers.ComposerError, match="needs appointment_due"):
        render("request", "ru", COMMON | {"service": SERVICE})
    with pytest.raises(composers.ComposerError, match="no letter called 'greeting'"):
        render("greeting", "ru", COMMON)


def test_only_the_operators_questions_are_not_auto_submitted():
    assert [n for n in composers.names() if not composers.get(n).auto] == ["questions"]


def envelope(**kw) -> Envelope:
    base = dict(sender="ekc@example.kz", sender_name="Единый контакт-центр",
                to=["kanc@minjust.gov.kz"], message_id="<1.request.17@example.kz>",
                outgoing_number="ЕКЦ-2026/17", case_tag="[EKC-00301138-minjust]",
                in_reply_to="<their.reply@minjust.gov.kz>",
                references=["<1.request.17@example.kz>", "<their.reply@minjust.gov.kz>"],
                date=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))
    return Envelope(**(base | kw))


def parse(msg) -> email.message.EmailMessage:
    raw = msg.as_bytes(policy=email.policy.SMTP)
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only, no bare LF on the wire
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_every_message_carries_its_headers():
    msg = parse(compose("request", "ru", COMMON | CONTEXTS["request"][0], envelope(),
                        [("prilozhenie-1.docx", b"PK\x03\x04", DOCX)]))
    assert msg["Subject"].startswith("[EKC-00301138-minjust] Запрос")
    assert msg["From"].addresses[0].addr_spec == "ekc@example.kz"
    assert msg["From"].addresses[0].display_name == "Единый контакт-центр"
    assert msg["To"] == "kanc@minjust.gov.kz"
    assert msg["Message-ID"] == "<1.request.17@example.kz>"
    assert msg["In-Reply-To"] == "<their.reply@minjust.gov.kz>"
    assert msg["References"].split() == envelope().references
    assert msg["X-EKC-Outgoing-Number"] == "ЕКЦ-2026/17"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["Date"].datetime == dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    [docx] = list(msg.iter_attachments())
    assert docx.get_filename() == "prilozhenie-1.docx" and docx.get_content() == b"PK\x03\x04"


def test_a_message_attached_as_eml_keeps_its_own_headers():
    inner = b"From: a@b.kz\r\nSubject: refusal\r\nMessage-ID: <r@b.kz>\r\n\r\nno\r\n"
    msg = parse(build(envelope(), "s", "body", [("otkaz-1.eml", inner, EML)]))
    [part] = list(msg.iter_attachments())
    assert part.get_content_type() == "message/rfc822"
    assert part.get_content()["Message-ID"] == "<r@b.kz>"


HOSTILE = "x\r\nBcc: victim@evil.kz\r\nX-Injected: 1\n\rnext"


@pytest.mark.parametrize("where", ["sender_name", "case_tag", "outgoing_number", "subject",
                                   "in_reply_to", "references", "message_id", "filename"])
def test_no_input_can_inject_a_header(where):
    kw = {}
    subject, attachments = "Запрос", [("form.docx", b"x", DOCX)]
    if where == "subject":
        subject = HOSTILE
    elif where == "filename":
        attachments = [(HOSTILE + ".docx", b"x", DOCX)]
    elif where == "references":
        kw["references"] = [HOSTILE, "<ok@minjust.gov.kz>"]
    elif where == "message_id":
        kw["message_id"] = "<1@example.kz>" + HOSTILE
    else:
        kw[where] = HOSTILE
    try:
        msg = parse(build(envelope(**kw), subject, "body", attachments))
    except ValueError:  # refusing to write our own malformed Message-ID is also safe
        assert where == "message_id"
        return
    assert msg["Bcc"] is None and msg["X-Injected"] is None
    for part in msg.walk():
        for name, value in part.items():
            assert "\r" not in str(value) and "\n" not in str(value), (name, value)
    if where == "references":
        assert msg["References"] == "<ok@minjust.gov.kz>"


def test_a_hostile_service_name_from_the_registry_stays_in_one_subject_line():
    service = SERVICE.model_copy(update={"registry_number": "1\r\nBcc: victim@evil.kz"})
    context = COMMON | CONTEXTS["request"][0] | {"service": service}
    msg = parse(compose("request", "ru", context, envelope()))
    assert msg["Bcc"] is None and "victim@evil.kz" in msg["Subject"]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_headers_parsed_and_folded_once_give_the_bytes_the_standard_library_gives(
        language, monkeypatch):
    """outbound.compose remembers each header's parse and fold (a batch of requests repeats
    most of them) and writes a part's lines at once; every letter, composed twice over that
    way and once with the standard library's policy and generator, is the same bytes
    (boundaries aside, which are random)."""
    import outbound.compose as composing

    hostile = SERVICE.model_copy(update={"name_ru": HOSTILE + " " * 90 + "ёлка" * 30})

    def letters() -> list[bytes]:
        out = []
        for name, (context, _) in CONTEXTS.items():
            for service in (SERVICE, hostile):
                facts = COMMON | context | ({"service": service} if "service" in context else {})
                for to in (["kanc@minjust.gov.kz"], [f"x{n}@very-long-domain-{n}.gov.kz"
                                                      for n in range(8)]):
                    msg = compose(name, language, facts, envelope(to=to),
                                  [("приложение-1 очень длинное имя файла " * 3 + ".docx",
                                    b"PK\x03\x04" * 100, DOCX)])
                    out.append(composing.as_bytes(msg))
        return [re.sub(rb"=_ekc_[0-9a-f]{32}", b"BOUNDARY", raw) for raw in out]

    remembered = letters()
    assert letters() == remembered  # from the memory this time
    monkeypatch.setattr(composing, "POLICY", email.policy.default)
    monkeypatch.setattr(composing, "SMTP", email.policy.SMTP)
    monkeypatch.setattr(composing, "_Generator", email.generator.BytesGenerator)
    assert letters() == remembered
