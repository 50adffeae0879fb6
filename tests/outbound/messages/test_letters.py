"""Letters a lawyer and a Kazakh reader sign off (issue #23): every subject decodes back
exactly; Kazakh letters are wholly Kazakh (no Russian word, greetings by name and patronymic,
dates with their case endings); the act the letters cite is the configuration's, in one form
everywhere; no word twice in a row."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from functools import lru_cache

import pymorphy3
import pytest

from gateway.config import Config, LegalBasis
from gateway.domain import Agency, AgencyKind, Service
from mappings import path
from outbound.compose import Envelope, compose, render
from outbound.grammar_kk import kk_date, kk_greeting
from outbound.legal import cite

LONG = [("Комитет государственных доходов Министерства финансов Республики Казахстан "
         "по вопросам неоднократного представления информации",
         "Қазақстан Республикасы Қаржы министрлігінің Мемлекеттік кірістер комитеті "
         "ақпаратты бірнеше рет ұсыну мәселелері жөніндегі"),
        ("Акимат города Алматы", "Алматы қаласының әкімдігі")]
QC = Agency(agency_id="qc", name_ru="Агентство Республики Казахстан по делам государственной "
            "службы", name_kk="Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі",
            kind=AgencyKind.other, emails=["quality@kyzmet.gov.kz"])
# Kazakh words that pymorphy3's Russian dictionary also knows (homographs, loan words)
KAZAKH_HOMOGRAPHS = {"ай", "бас", "бере", "беру", "бес", "да", "даму", "консультация", "мен",
                     "он", "осы", "пен", "салу", "тарту", "хат", "хатты", "орган", "стандарт",
                     "ал", "бар", "еске", "туралы", "саны", "минут"}
KAZAKH = set("әғқңөұүһі")


@lru_cache(maxsize=1)
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def templates() -> list[str]:
    return sorted({p.name.split(".")[0] for p in path("templates").glob("*.txt")})


def facts(language: str, ru: str, kk: str, mode: str = "month") -> dict:
    service = Service(registry_number="00301138", agency_id="moh",
                      name_ru=f"Выдача справки о регистрации для {ru}",
                      name_kk=f"{kk} тіркеу туралы анықтама беру",
                      registered_on=dt.date(2026, 11, 2))
    agency = Agency(agency_id="moh", name_ru=ru, name_kk=kk, kind=AgencyKind.central,
                    emails=["kanc@moh.gov.kz"])
    words = {"ru": {"questions": "1. Каковы сроки?", "changed": "стандарт (графа 4)",
                    "items": ["Расхождение по числу обращений за ноябрь."],
                    "recipient_line": "В Министерство", "source": "почтовый ящик",
                    "detail": "нет ответа 10 минут"},
             "kk": {"questions": "1. Мерзімдері қандай?", "changed": "стандарт (4-баған)",
                    "items": ["Қарашадағы өтініштер саны бойынша алшақтық."],
                    "recipient_line": "Министрлікке", "source": "пошта жәшігі",
                    "detail": "10 минут бойы жауап жоқ"}}[language]
    return words | {
        "outgoing_number": "ББО-2027/17" if language == "kk" else "ЕКЦ-2027/17",
        "today": "25.03.2027", "sender_name": "Бірыңғай байланыс орталығы"
        if language == "kk" else "Единый контакт-центр", "tag": "[EKC-00301138-moh]",
        "service": service, "agency": agency, "authority": QC, "appointment_due": "29.03.2027",
        "paragraph": "5", "due": "29.03.2027", "step_text": "назначение ответственного лица",
        "reason": "", "month_text": "март 2027 года", "rows": 3, "month_mode": mode,
        "since": "01.03.2027", "until": "31.03.2027",
        "refusals": [{"on": "01.03.2027", "subject": "", "reason": "", "request": "ЕКЦ-2027/5"},
                     {"on": "31.03.2027", "subject": "", "reason": "", "request": ""}],
        "responsible_name": "Жумабаева Жанар Маратовна", "training_due": "12.04.2027",
        "answer_due": "01.04.2027", "first_number": "ЕКЦ-2027/9", "state": "degraded"}


CASES = [(name, language, agency) for name in templates() for language in ("ru", "kk")
         for agency in LONG]


@pytest.mark.parametrize(("name", "language", "agency"), CASES)
def test_every_subject_decodes_back_exactly(name, language, agency):
    context = facts(language, *agency)
    subject, body = render(name, language, context)
    env = Envelope(sender="ekc@example.kz", sender_name="Единый контакт-центр",
                   to=["kanc@moh.gov.kz"], message_id="<1.x.17@example.kz>",
                   outgoing_number="ЕКЦ-2027/17", case_tag="[EKC-00301138-moh]")
    raw = compose(name, language, context, env).as_bytes(policy=email.policy.SMTP)
    got = email.message_from_bytes(raw, policy=email.policy.default)["Subject"]
    want = subject if "[EKC-" in subject else f"[EKC-00301138-moh] {subject}"
    assert str(got) == want
    header = raw.split(b"\r\n\r\n")[0]
    assert all(len(line) <= 78 for line in header.split(b"\r\n") if line.startswith(
        (b"Subject", b" =?")))


def russian_words(text: str) -> list[str]:
    """Cyrillic words with no Kazakh letter that Russian's dictionary knows, Kazakh
    homographs aside."""
    out = []
    for w in re.findall(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+", text):
        low = w.lower()
        if KAZAKH & set(low) or low in KAZAKH_HOMOGRAPHS or len(low) < 2:
            continue
        if morph().word_is_known(low):
            out.append(w)
    return out


@pytest.mark.parametrize("mode", ["month", "rolling", "calendar"])
@pytest.mark.parametrize("name", templates())
def test_kazakh_letters_are_wholly_kazakh(name, mode):
    subject, body = render(name, "kk", facts("kk", *LONG[0], mode) | {
        "agency": Agency(agency_id="moh", name_ru="Министерство", name_kk=LONG[0][1],
                         kind=AgencyKind.central)})
    text = (subject + "\n" + body).replace("Маратовна", "")  # the person's own name
    assert russian_words(text) == [], (russian_words(text), text)
    assert "ЕКЦ" not in text.replace("ЕКЦ-2027/5", "").replace("ЕКЦ-2027/9", "")


def test_the_russian_only_check_can_fail():
    found = russian_words("отказ от 25.03.2027 в ответ на запрос исх. №")
    assert {"отказ", "ответ", "запрос"} <= set(found)


def test_kazakh_greetings_and_dates_as_a_kazakh_reader_writes_them():
    assert kk_greeting("Жумабаева Жанар Маратовна") == "Құрметті Жанар Маратовна"
    assert kk_greeting("") == "Құрметті әріптес"
    assert kk_date("29.03.2027", "abl") == "2027 жылғы 29 наурыздан"
    assert kk_date(dt.date(2015, 2, 18), "attr") == "2015 жылғы 18 ақпандағы"
    assert kk_date("02.09.2027", "dat") == "2027 жылғы 2 қыркүйекке"
    _, body = render("protocol", "kk", facts("kk", *LONG[1]))
    assert body.startswith("Құрметті Жанар Маратовна!")
    assert "2027 жылғы 12 сәуірден кешіктірілмей" in body
    _, body = render("request", "kk", facts("kk", *LONG[1]))
    assert "2027 жылғы 29 наурыздан кешіктірмей" in body
    _, body = render("escalation", "kk", facts("kk", *LONG[1]))
    assert "2027 жылғы 1 наурыздан бастап 2027 жылғы 31 наурызға дейінгі бір ай ішінде" in body
    assert "2027 жылғы 1 наурыздағы бас тарту" in body


def test_the_act_cited_is_the_configurations_in_one_form_everywhere():
    default = Config().legal_basis.model_dump()
    for language in ("ru", "kk"):
        citation = cite(default, language)
        for name in templates():
            if name == "watchdog":
                continue
            subject, body = render(name, language, facts(language, *LONG[1]) | {
                "legal_basis": default})
            assert body.count(citation) == 1, (name, language, body)
            assert "130" not in body.replace(citation, ""), (name, language, body)
    assert "приказом исполняющего обязанности Министра по инвестициям и развитию Республики " \
           "Казахстан от 18 февраля 2015 года № 130" in cite(default, "ru")
    later = LegalBasis(date=dt.date(2026, 1, 26), number="81").model_dump()
    _, body = render("request", "ru", facts("ru", *LONG[1]) | {"legal_basis": later})
    assert "от 26 января 2026 года № 81" in body and "№ 130" not in body


def repeated(text: str, language: str) -> list[str]:
    """Words that come back within two words of themselves ("Ответ направьте ответом")."""
    text = re.sub(r"\d{4} жылғы \d{1,2} [^\W\d_]+", "", text)  # a Kazakh date is its own
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if language == "ru":
        lemmas = [morph().parse(w)[0].normal_form if len(w) > 3 else "" for w in words]
    else:
        lemmas = [w if len(w) > 3 else "" for w in words]
    return [words[i] for i in range(len(words))
            for j in (i + 1, i + 2) if j < len(words) and lemmas[i] and lemmas[i] == lemmas[j]]


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("name", templates())
def test_no_word_twice_in_a_row(name, language):
    subject, body = render(name, language, facts(language, *LONG[1]))
    for line in (subject + "\n" + body).splitlines():
        # the names from the directory and the agency's own words are theirs, not ours
        for value in ("Алматы қаласының әкімдігі", "Акимат города Алматы"):
            line = line.replace(value, "")
        assert repeated(line, language) == [], line


def test_the_repetition_check_can_fail():
    assert repeated("Ответ направьте ответом на это письмо", "ru") == ["ответ"]
