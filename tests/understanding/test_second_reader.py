"""The second reader: a learned model of a text's kind that must agree with the rules before a
document moves its case alone (understanding.second_reader, parsers.reliability)."""

from __future__ import annotations

import pytest

from gateway.processing.doubts import missing
from parsers.records import ParsedDocument, ParseResult
from parsers.reliability import VETO, calibrate
from understanding import second_reader

APPOINTMENT = (
    "Министерство труда и социальной защиты населения Республики Казахстан\n"
    "Исх. № 12-3/456 от 15.03.2027\n"
    "Директору Единого контакт-центра\n"
    "На Ваш запрос № ЕКЦ-2027/141 от 12.03.2027 сообщаем, что ответственным лицом за "
    "взаимодействие с Единым контакт-центром по вопросам оказания государственных услуг "
    "№ 00301138 и № 00301139 назначен главный специалист управления государственных услуг "
    "Ахметов Ерлан Серикович, тел. 8 (7172) 74-12-34, e-mail: e.akhmetov@enbek.gov.kz. "
    "Информация по форме приложения 1 к Правилам будет направлена дополнительно.\n"
    "Заместитель председателя  А. Сейтжанов\nИсп.: Омарова А.К., 74-12-35")
INVITATION = (
    "Уважаемые коллеги! Приглашаем Вас принять участие в республиканском семинаре "
    "«Цифровизация государственных услуг: опыт и перспективы», который состоится 20 апреля "
    "2027 года в 10:00 в конференц-зале Дома министерств. В программе семинара: доклады "
    "представителей министерств, обсуждение вопросов качества оказания услуг, обмен опытом. "
    "Для участия просим направить заявку до 15 апреля по адресу seminar@digital.gov.kz. "
    "Регистрация участников с 9:30. Контактный телефон организаторов: 8 (7172) 55-66-77.")


def test_a_long_appointment_letter_reads_as_a_change_of_the_responsible_person():
    probs = second_reader.probabilities(APPOINTMENT)
    assert max(probs, key=probs.__getitem__) == "responsible_change", probs


def test_an_invitation_reads_as_no_reply():
    probs = second_reader.probabilities(INVITATION)
    assert probs["other"] > 0.9, probs
    ok, best, _, p_kind = second_reader.agrees(INVITATION, "training_protocol", VETO)
    assert (ok, best) == (False, "other") and p_kind < VETO


def test_a_two_line_note_gives_the_reader_no_opinion():
    assert second_reader.probabilities("Причина отказа: сведения не подготовлены.") == {}
    assert second_reader.agrees("Причина отказа: сведения не подготовлены.", "refusal",
                                VETO)[0]


def test_explain_names_the_words_that_pushed_towards_the_kind():
    words = dict(second_reader.explain(APPOINTMENT, "responsible_change", n=20))
    assert words and all(isinstance(w, float) for w in words.values())


@pytest.mark.parametrize("kind", ["training_protocol", "refusal"])
def test_a_vetoed_document_is_held_with_the_readers_reason(kind):
    doc = ParsedDocument(part="body", kind=kind, confidence=0.97)
    doc._text = INVITATION
    calibrate(ParseResult(source="t", documents=[doc]))
    assert doc.confidence <= 0.3
    assert any(w.startswith("second reader: other") for w in doc.warnings), doc.warnings
    assert missing(doc) == ("второе чтение (по словам текста) видит в нём скорее: письмо, "
                            "не ответ по делу")


def test_an_agreeing_document_keeps_its_calibrated_confidence():
    doc = ParsedDocument(part="body", kind="responsible_change", confidence=0.97)
    doc._text = APPOINTMENT
    calibrate(ParseResult(source="t", documents=[doc]))
    assert not any(w.startswith("second reader") for w in doc.warnings)
