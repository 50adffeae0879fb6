"""Every template, both languages, names of every kind: the letters are grammatical.

Checked with pymorphy3 itself (Russian): a name after "отказе" or "информацией" and a month
after "в течение" are in the genitive; a counted noun agrees with its number (1 рабочий день,
3 рабочих дня, 5 рабочих дней); a reminder cites its paragraph once.  Kazakh has no pymorphy3
dictionary: its endings are checked against forms written out by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import pymorphy3
import pytest
from jinja2 import UndefinedError

from gateway.config import Config
from gateway.domain import Agency, AgencyKind, Service
from mappings import path
from outbound import composers
from outbound.compose import render
from outbound.grammar import COUNTED, count, decline, greeting
from outbound.grammar_kk import kk_case, kk_month, kk_number

# (Russian, Kazakh, the Kazakh genitive written out by hand)
AGENCIES = [
    ("Министерство здравоохранения Республики Казахстан",
     "Қазақстан Республикасы Денсаулық сақтау министрлігі",
     "Қазақстан Республикасы Денсаулық сақтау министрлігінің"),
    ("Акимат города Алматы", "Алматы қаласының әкімдігі", "Алматы қаласының әкімдігінің"),
    ("Комитет государственных доходов Министерства финансов Республики Казахстан",
     "Қаржы министрлігінің Мемлекеттік кірістер комитеті",
     "Қаржы министрлігінің Мемлекеттік кірістер комитетінің"),
    ("Государственная корпорация «Правительство для граждан»",
     "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы",
     "«Азаматтарға арналған үкімет» мемлекеттік корпорациясының"),
    ("Национальный банк Республики Казахстан", "Қазақстан Ұлттық Банкі",
     "Қазақстан Ұлттық Банкінің"),
]
PEOPLE = [("Ахметов Ерлан Серикович", "Уважаемый Ерлан Серикович"),
          ("Жумабаева Айгуль Маратовна", "Уважаемая Айгуль Маратовна"),
          ("Иванова А.Б.", "Уважаемая Иванова А.Б."), ("", "Уважаемый(ая) коллега")]
COMMON = {"outgoing_number": "ЕКЦ-2026/17", "today": "02.12.2026", "sender_name": "ЕКЦ",
          "tag": "[EKC-00301138-moh]"}
# what the engine and the senders give a reminder: both cite p.5, the template once more
REMINDER = {"paragraph": "5", "due": "04.12.2026",
            "step_text": "назначение ответственного лица (п. 5 Правил)",
            "reason": "3 рабочих дней с даты получения запроса Единого контакт-центра "
                      "(01.12.2026), п. 5 Правил"}
GOVERNS_GENITIVE = ("течение", "отказе", "информацией")


@lru_cache(maxsize=1)
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


def facts(ru: str, kk: str, person: str, rows: int) -> dict:
    service = Service(registry_number="00301138", agency_id="moh",
                      name_ru="Выдача справки", name_kk="Анықтама беру",
                      registered_on=dt.date(2026, 11, 2))
    agency = Agency(agency_id="moh", name_ru=ru, name_kk=kk, kind=AgencyKind.central,
                    emails=["kanc@moh.gov.kz"])
    return COMMON | REMINDER | {
        "service": service, "agency": agency, "appointment_due": "07.12.2026",
        "items": ["отказ от 01.11.2026"], "month_text": "декабрь 2026 года", "rows": rows,
        "refusals": [{"on": "01.11.2026", "subject": "", "reason": "", "request": "ЕКЦ-2026/5"},
                     {"on": "28.11.2026", "subject": "", "reason": "", "request": ""}],
        "since": "01.11.2026", "until": "28.11.2026",
        "recipient_line": "В уполномоченный орган", "questions": "1. Сроки?",
        "responsible_name": person, "training_due": "20.12.2026", "answer_due": "10.12.2026",
        "first_number": "ЕКЦ-2026/9", "changed": "стандарт государственной услуги",
        "source": "почтовый ящик канцелярии", "state": "degraded",
        "detail": "нет ответа 10 минут"}


def templates() -> list[str]:
    return sorted({p.name.split(".")[0] for p in path("templates").glob("*.txt")})


def rendered(name: str, language: str, context: dict) -> str:
    try:
        subject, body = render(name, language, context)
    except (composers.ComposerError, UndefinedError) as exc:
        pytest.skip(f"{name}: a fact this test does not know yet ({exc})")
    return subject + "\n" + body


def genitive(word: str) -> bool:
    """Whether `word` can be read as a genitive ("Министерства", not "Министерство")."""
    return any("gent" in p.tag for p in morph().parse(word.lower()))


def counted(word: str) -> bool:
    return any(p.normal_form in COUNTED and p.tag.POS == "NOUN" for p in morph().parse(word))


def agrees(n: int, noun: str, case: str) -> bool:
    """The noun after the number `n` has the form the Rules of Russian want."""
    last, last2 = n % 10, n % 100
    if last == 1 and last2 != 11:
        want = {"sing", case}
    elif case == "nomn" and 2 <= last <= 4 and not 12 <= last2 <= 14:
        want = {"sing", "gent"}
    else:
        want = {"plur", "gent"}
    return any(want <= set(p.tag.grammemes) for p in morph().parse(noun.lower()))


@pytest.mark.parametrize("rows", [1, 3, 5, 21, 112])
@pytest.mark.parametrize("person", [p for p, _ in PEOPLE])
@pytest.mark.parametrize("agency", AGENCIES, ids=lambda a: a[0].split()[0])
@pytest.mark.parametrize("name", templates())
def test_every_russian_template_is_grammatical(name, agency, person, rows):
    ru, kk, _ = agency
    text = rendered(name, "ru", facts(ru, kk, person, rows))
    for governor in GOVERNS_GENITIVE:
        for m in re.finditer(rf"\b{governor}\s+([А-Яа-яЁё]+)", text):
            assert genitive(m.group(1)), (governor, m.group(1), text)
    for m in re.finditer(r"(?<![№\d.])\b(\d+)\s+([а-яё]+)(?:\s+([а-яё]+))?", text):
        first, second = m.group(2), m.group(3)
        adjective = any(p.tag.POS == "ADJF" for p in morph().parse(first))
        noun = second if second and adjective and counted(second) else first
        if counted(noun):
            before = text[:m.start()].split()[-1:] or [""]
            case = "gent" if before[0] in ("течение", "истечении", "более") else "nomn"
            assert agrees(int(m.group(1)), noun, case), (m.group(0), text)
    cited = re.findall(r"п\.\s*\d+\s+Правил|пункт\s+\d+\s+Правил", text)
    assert len(cited) <= 1 or name != "reminder", (cited, text)
    plain = text.replace(COMMON["tag"], "").replace("kanc@moh.gov.kz", "")
    assert not re.search(r"\b(?!DOCX\b|XLSX\b)[A-Za-z]{3,}\b", plain), text


@pytest.mark.parametrize("agency", AGENCIES, ids=lambda a: a[0].split()[0])
@pytest.mark.parametrize("name", templates())
def test_every_kazakh_template_declines_the_agencys_name(name, agency):
    ru, kk, genitive = agency
    text = rendered(name, "kk", facts(ru, kk, "Ахметов Ерлан Серікұлы", 5))
    if kk in text and name in ("escalation", "discrepancy"):
        assert genitive in text, text  # "...министрлігінің ... бас тартқаны"
    assert "{" not in text and "-ның" not in text.replace(kk, "")
    assert "года" not in text and "декабрь" not in text  # the month in Kazakh
    assert "Правил" not in text and "ответственного" not in text  # the step in Kazakh too


@pytest.mark.parametrize(("ru", "genitive"), [
    ("Министерство здравоохранения Республики Казахстан",
     "Министерства здравоохранения Республики Казахстан"),
    ("Акимат города Алматы", "Акимата города Алматы"),
    ("Государственная корпорация «Правительство для граждан»",
     "Государственной корпорации «Правительство для граждан»"),
    ("Комитет по делам строительства", "Комитета по делам строительства"),
    ("Ахметов Ерлан Серикович", "Ахметова Ерлана Сериковича"),
    ("Жумабаева Айгуль Маратовна", "Жумабаевой Айгуль Маратовны"),
    ("декабрь 2026 года", "декабря 2026 года"),
])
def test_names_of_every_kind_decline(ru, genitive):
    assert decline(ru, "gent") == genitive


def test_numbers_agree_with_what_they_count():
    assert [count(n, "рабочий день") for n in (1, 3, 5, 11, 21, 22)] == [
        "1 рабочий день", "3 рабочих дня", "5 рабочих дней", "11 рабочих дней",
        "21 рабочий день", "22 рабочих дня"]
    assert count(1, "рабочий день", "gent") == "1 рабочего дня"
    assert count(3, "рабочий день", "gent") == "3 рабочих дней"
    assert [count(n, "обращение") for n in (1, 2, 5)] == ["1 обращение", "2 обращения",
                                                          "5 обращений"]


@pytest.mark.parametrize(("person", "greets"), PEOPLE)
def test_the_questions_greet_a_person_by_gender(person, greets):
    assert greeting(person) == greets


def test_kazakh_endings_follow_vowel_harmony():
    assert [kk_number(n, "abl") for n in (1, 2, 3, 5, 6, 10, 20, 40, 80, 100)] == [
        "1-ден", "2-ден", "3-тен", "5-тен", "6-дан", "10-нан", "20-дан", "40-тан", "80-нен",
        "100-ден"]
    assert [kk_number(n, "dat") for n in (1, 3, 5, 10)] == ["1-ге", "3-ке", "5-ке", "10-ға"]
    assert kk_case("Алматы", "dat") == "Алматыға"
    assert kk_month("декабрь 2026 года") == kk_month("2026 жылғы желтоқсан") == \
        "2026 жылғы желтоқсан"
    assert kk_month("май 2026 года") == "2026 жылғы мамыр"
    assert kk_case("Әділет министрлігі", "dat") == "Әділет министрлігіне"
    assert kk_case("Министерство юстиции", "gen") == "Министерство юстиции-нің"


def test_letters_in_kazakh_are_signed_in_kazakh():
    assert Config(language="kk").sender_name_for("kk") == "Бірыңғай байланыс орталығы"
    assert Config().sender_name_for("ru") == "Единый контакт-центр"
