"""What the calibration weighs: gaps counted only where the letter shows something was missed,
and a protocol's services less those it sets aside."""

from __future__ import annotations

import pytest

from parsers.letters import parse_letter
from parsers.records import ParseResult
from parsers.reliability import calibrate, features

APPOINTMENT = ("В ответ на Ваш запрос № ЕКЦ-2027/104 сообщаем, что ответственным лицом за "
               "представление информации в Единый контакт-центр по государственной услуге "
               "00604012 назначен Касымов Бахытжан Ерланович, главный специалист.\n"
               "Информация по форме приложения 1 будет направлена в установленный срок.")
REPLACEMENT_MISSING = ("Сообщаем, что вместо Ахметовой Гульнары Сериковны ответственным лицом по "
                       "государственной услуге № 00301138 с 1 марта 2027 года назначен Касымов "
                       "Бахытжан Ерланович, главный специалист.")


def _sure(text: str) -> tuple[float, dict[str, float]]:
    doc = parse_letter(text, "body")
    f = features(doc)
    return calibrate(ParseResult(source="x", documents=[doc])).documents[0].confidence, f


def test_an_appointment_is_not_short_of_a_predecessor_or_a_date() -> None:
    sure, f = _sure(APPOINTMENT)
    assert f.get("no_previous") == 0.0 and f.get("no_date") == 0.0
    assert f.get("doubts") == 0.0  # the promise of the form later is no sign of a non-reply
    assert sure >= 0.6


def test_a_replacement_names_its_predecessor() -> None:
    doc = parse_letter(REPLACEMENT_MISSING, "body")
    assert doc.notes["replacement"] == 1.0 and doc.notes["people"] >= 2
    doc.previous_responsible = None  # as if the reader had missed it
    assert features(doc)["no_previous"] == 1.0


def test_notes_survive_the_reader_pool() -> None:
    import pickle

    doc = parse_letter(APPOINTMENT, "body")
    assert pickle.loads(pickle.dumps(doc)).notes == doc.notes
    assert "notes" not in doc.model_dump()  # not part of the contract


def test_a_protocol_does_not_accept_what_it_sets_aside() -> None:
    text = ("ПРОТОКОЛ № 5\nпринятия государственных услуг для консультирования Единым "
            "контакт-центром\nСлушали: об оказании государственных услуг 01509001, 01509004 "
            "(услуга 01509015 будет рассмотрена отдельно после ответа на вопросы ЕКЦ).\n"
            "Решили: принять для консультирования государственные услуги:\n"
            "01509001 — Постановка на учет\n01509004 — Выдача справки о наличии жилища.")
    doc = parse_letter(text, "body")
    assert doc.kind == "training_protocol"
    assert [s.registry_number for s in doc.services] == ["01509001", "01509004"]


def test_a_registry_number_ending_a_sentence_is_read() -> None:
    doc = parse_letter("ПРОТОКОЛ\nобучения сотрудников Единого контакт-центра. Единый "
                       "контакт-центр принял для консультирования услуги 01913001 и 01905010.",
                       "body")
    assert [s.registry_number for s in doc.services] == ["01913001", "01905010"]


def test_a_workbook_counting_refusals_is_no_refusal() -> None:
    text = ("Отчёт об оказанных государственных услугах за март 2027 года\n"
            "Услуга | Поступило | Оказано | Отказы | Причина отказа\n"
            "00601007 | 120 | 111 | 9 | не представлены документы\n")
    doc = parse_letter(text, "report.xlsx", read_by="xlsx")
    assert doc.kind == "other" and "таблица" in " ".join(doc.warnings)
    assert parse_letter(text, "body", read_by="text").kind == "refusal"  # as a letter it may be


def test_a_kind_all_but_ruled_out_is_reported_as_other() -> None:
    from parsers.records import READ_AS_OTHER
    from parsers.reliability import REPORT_FLOOR

    sure = parse_letter(APPOINTMENT, "body")
    unsure = parse_letter(APPOINTMENT, "note.txt")
    result = calibrate(ParseResult(source="x", documents=[sure, unsure]))
    unsure.confidence = REPORT_FLOOR / 2  # as if the calibration all but ruled it out
    unsure.warnings.append(f"{READ_AS_OTHER}it reads most like {unsure.kind}, 0.10 sure")
    out = result.contract_json()["documents"]
    assert [d["kind"] for d in out] == ["responsible_change", "other"]
    assert unsure.kind == "responsible_change"  # the gateway still holds it as an unsure reply
    assert not any(w.startswith(READ_AS_OTHER) for w in sure.warnings)


def test_a_calibrated_probability_under_the_floor_is_told(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers import reliability
    from parsers.records import READ_AS_OTHER

    doc = parse_letter(APPOINTMENT, "body")
    monkeypatch.setattr(reliability, "probability", lambda _f: 0.1)
    calibrate(ParseResult(source="x", documents=[doc]))
    assert [w for w in doc.warnings if w.startswith(READ_AS_OTHER)] == [
        f"{READ_AS_OTHER}it reads most like responsible_change, 0.10 sure"]
    monkeypatch.setattr(reliability, "probability", lambda _f: 0.25)
    again = parse_letter(APPOINTMENT, "body")
    calibrate(ParseResult(source="x", documents=[again]))
    assert not any(w.startswith(READ_AS_OTHER) for w in again.warnings)
