"""The p.8 protocol of acceptance (ru and kk): the service, the date, who trained whom, places
for both signatures; and the p.4 request's own words asking for training too."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest

from gateway.domain import Agency, AgencyKind, ResponsiblePerson, Service
from outbound.documents.appendix1 import build_appendix1_request
from outbound.documents.protocol import build_protocol

SERVICE = Service(registry_number="00301138", agency_id="minjust",
                  name_ru="Государственная регистрация рождения ребенка",
                  name_kk="Баланың тууын мемлекеттік тіркеу", registered_on=dt.date(2026, 11, 2))
AGENCY = Agency(agency_id="minjust", name_ru="Министерство юстиции",
                name_kk="Әділет министрлігі", kind=AgencyKind.central)
PERSON = ResponsiblePerson(full_name="Ахметов Ерлан Серикович", position="ведущий специалист")


def text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


@pytest.mark.parametrize(("language", "words"), [
    ("ru", ["Протокол", "пунктом 8", "№ 00301138 «Государственная регистрация рождения "
            "ребенка»", "Министерство юстиции", "Дата проведения обучения: 27.11.2026",
            "Обучение провел(а) ответственное лицо: Ахметов Ерлан Серикович, ведущий специалист",
            "ответственный сотрудник Единого контакт-центра", "От Единого контакт-центра:",
            "От услугодателя (Министерство юстиции):", "ЕКЦ-2026/5"]),
    ("kk", ["хаттамасы", "8-тармағына", "«Баланың тууын мемлекеттік тіркеу»",
            "Әділет министрлігі", "Оқыту өткізілген күн: 27.11.2026", "Ахметов Ерлан Серикович",
            "Бірыңғай байланыс орталығы атынан:", "Әділет министрлігі атынан:"]),
])
def test_the_protocol_says_what_p8_asks(language, words):
    body = text(build_protocol(SERVICE, AGENCY, PERSON, language, dt.date(2026, 11, 27),
                               outgoing_number="ЕКЦ-2026/5"))
    for word in words:
        assert word in body, (word, body)


def test_the_protocol_without_a_date_or_person_leaves_places_to_write():
    body = text(build_protocol(SERVICE, AGENCY, None))
    assert "Дата проведения обучения: « __ »________ 20__г." in body
    assert "ответственное лицо: ______" in body


@pytest.mark.parametrize(("language", "words"), [
    ("ru", ["проведение обучения ответственных сотрудников Единого контакт-центра",
            "пункт 4 Правил", "десяти рабочих дней"]),
    ("kk", ["жауапты қызметкерлерін", "оқытуды сұрайды", "4-тармағы"]),
])
def test_the_request_asks_for_training_too(language, words):
    body = text(build_appendix1_request([SERVICE], language, "ЕКЦ-2026/1",
                                        dt.date(2026, 11, 3)))
    for word in words:
        assert word in body, (word, body)
