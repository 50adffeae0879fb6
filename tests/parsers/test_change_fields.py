"""Which columns a change notice changes, and the day a protocol was drawn up, read from the
words (parsers.letter_fields)."""

from __future__ import annotations

import pytest

from parsers.letter_fields import changed_fields

RU = ("Сообщаем, что в Правила оказания государственной услуги «Назначение адресной социальной "
      "помощи» (реестровый номер 00605015) внесены изменения:\n"
      "приказ Министра труда и социальной защиты населения Республики Казахстан от 17 мая 2027 "
      "года № 152 «О внесении изменений в приказ Министра труда от 29 июня 2020 года № 248».\n"
      "Приказ введен в действие 21 мая 2027 года.")
KK = ("№ 00401020 мемлекеттік көрсетілетін қызметі бойынша нормативтік құқықтық актілерге "
      "өзгерістер енгізілді:\n"
      "Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 22 сәуірдегі № 98 «№ 221 "
      "бұйрығына өзгерістер енгізу туралы» бұйрығы\n"
      "Өзгерістер 2027 жылғы 10 мамырда күшіне енді.")
LISTED = ("В сведения внесены изменения:\n"
          "1) № 01004013 — стандарт: Правила оказания государственной услуги «Выдача справки»")


@pytest.mark.parametrize(("text", "act"), [
    (RU, "приказ Министра труда и социальной защиты населения Республики Казахстан от 17 мая "
         "2027 года № 152 «О внесении изменений в приказ Министра труда от 29 июня 2020 года "
         "№ 248»"),
    (KK, "Қазақстан Республикасы Оқу-ағарту министрінің 2027 жылғы 22 сәуірдегі № 98 «№ 221 "
         "бұйрығына өзгерістер енгізу туралы» бұйрығы"),
])
def test_the_act_after_changes_were_made_is_column_6(text: str, act: str) -> None:
    assert changed_fields(text).get("npa_changes") == act


def test_a_listed_change_is_not_taken_for_an_act() -> None:
    assert "npa_changes" not in changed_fields(LISTED)


def test_a_protocol_is_dated_the_day_it_was_drawn_up() -> None:
    from parsers.letter_fields import protocol_date

    text = ("ПРОТОКОЛ принятия государственных услуг для консультирования\n"
            "Дата проведения обучения: 01.03.2027\n"
            "Дата составления протокола: 02.03.2027\n"
            "Консультирование начинается с момента подписания протокола (с 09.03.2027).")
    assert str(protocol_date(text)) == "2027-03-02"
    assert str(protocol_date(text.replace("Дата составления протокола: 02.03.2027\n", ""))) \
        == "2027-03-01"  # the training's day, not the day consulting starts


def test_a_standard_named_in_full_is_the_whole_requisite() -> None:
    text = ("С 1 февраля 2028 года действует новый стандарт:\n"
            "Стандарт государственной услуги «Выдача разрешения», утвержденный приказом Министра "
            "здравоохранения Республики Казахстан от 4 декабря 2026 года № ҚР ДСМ-188/2026.")
    assert changed_fields(text)["standard"] == (
        "Стандарт государственной услуги «Выдача разрешения», утвержденный приказом Министра "
        "здравоохранения Республики Казахстан от 4 декабря 2026 года № ҚР ДСМ-188/2026")


def test_two_labelled_values_on_one_line_are_cut_at_the_first_act() -> None:
    text = ("Стандарт: Стандарт государственной услуги «Постановка на учет», утвержденный приказом "
            "Министра от 4 октября 2027 года № 544. Регламент: Регламент государственной услуги "
            "«Постановка на учет», утвержденный постановлением акимата от 25 октября 2027 года "
            "№ 1120.")
    assert changed_fields(text)["standard"].endswith("№ 544")


def test_a_protocol_is_dated_by_its_drawing_up_line_or_its_letterhead() -> None:
    from parsers.letter_fields import protocol_date

    bottom = ("ПРОТОКОЛ № 4\n19 января 2027 года проведено обучение сотрудников ЕКЦ.\n"
              "Протокол составлен 21 января 2027 г. в двух экземплярах.")
    assert str(protocol_date(bottom)) == "2027-01-21"
    letterhead = ("Шығыс № 04-12/2231\n2026 жылғы «30» қараша\nХаттама № 3\n"
                  "Оқыту күні: 2026 жылғы 25 қараша.")
    assert str(protocol_date(letterhead)) == "2026-11-30"
    # our own letter's number and date above the title date nothing of theirs
    ours = ("На Ваш исх. № ЕКЦ-2026/1344 от 14.12.2026 направляем протокол.\nПРОТОКОЛ № 8\n"
            "24.12.2026\nОбучение состоялось 21.12.2026.")
    assert str(protocol_date(ours)) == "2026-12-24"


def test_a_protocol_is_dated_by_its_place_line_not_by_an_e_document_card() -> None:
    from parsers.letter_fields import protocol_date

    card = ("[ЕСЭДО] Карточка документа\nВид документа: Протокол\nДата: 21.12.2026\n-----\n"
            "ПРОТОКОЛ № 5531\nпринятия государственной услуги для консультирования\n\n"
            "г. Семей, 18.12.2026 ж.\n")
    assert str(protocol_date(card)) == "2026-12-18"
    place = ("ПРОТОКОЛ\nРазбор вопросов, направленных ЕКЦ 11.03.2027.\n"
             "г. Астана | « 15 » марта 2027 г.\n")
    assert str(protocol_date(place)) == "2027-03-15"
    labelled = "ПРОТОКОЛ\nДата проведения обучения и подписания протокола: 26 июля 2027 г.\n"
    assert str(protocol_date(labelled)) == "2027-07-26"


def test_a_protocol_accepts_what_it_does_not_put_off() -> None:
    from gateway.domain import ServiceInfo
    from parsers.letters import _set_aside

    services = [ServiceInfo(registry_number=n) for n in ("01802004", "01802007", "01204035")]
    text = ("Повестка:\n1. Обучение по услуге 01802004.\n2. Обучение по услуге 01802007.\n"
            "РЕШИЛИ:\n1. Государственную услугу 01802004 принять для консультирования.\n"
            "2. Принятие услуги 01802007 перенести.\n")
    table = [["№", "№ в реестре", "Результат"],
             ["1", "01204035", "не принята: обучение перенесено на 04.03.2027"]]
    kept = _set_aside(text, services, [table])
    assert [s.registry_number for s in kept] == ["01802004"]
