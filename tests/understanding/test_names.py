"""Names back in the nominative, Russian and Kazakh (issue #21 p.3), as a table: the letter's
form, whether its sentence is Kazakh, the nominative the case record needs."""

from __future__ import annotations

import pytest

from understanding.names import nominative

TABLE = [
    # a Russian name in a Kazakh sentence declines in Russian; a Kazakh ending glued on a
    # nominative Russian patronymic comes off; a Kazakh patronymic beside a Russian genitive
    ("Омаровой Жанны Бекболатовны", True, "Омарова Жанна Бекболатовна"),
    ("Петренко Ольга Викторовнаға", True, "Петренко Ольга Викторовна"),
    ("Абишева Мадины Серикқызы", False, "Абишева Мадина Серикқызы"),
    ("Жұмаділова Сәуле Әбенқызы", True, "Жұмаділова Сәуле Әбенқызы"),
    # a Kazakh given name in -ан is no possessive's -н; the possessive's own -н/-на is
    ("Мұхтарұлы Дархан", True, "Мұхтарұлы Дархан"),
    ("Әлиев Бекзат Серікұлын", True, "Әлиев Бекзат Серікұлы"),
    ("Нұрланов Қанат Мұратұлына", True, "Нұрланов Қанат Мұратұлы"),
    # the surname alone declined, the patronymic Kazakh (Russian leaves it) or already nominative
    ("Сапарову Айгерим Болаткызы", False, "Сапарова Айгерим Болаткызы"),
    ("Калиевой Асель Маратовна", False, "Калиева Асель Маратовна"),
    ("Ахметова Айгерим Болаткызы", False, "Ахметова Айгерим Болаткызы"),
    # a surname the dictionary does not know, declined with its patronymic
    ("Калиевой Асель Маратовне", False, "Калиева Асель Маратовна"),
    # Russian oblique cases, the patronymic telling gender and case
    ("Сейтжанова Ерлана Нурлановича", False, "Сейтжанов Ерлан Нурланович"),
    ("Касымову Ерлану Болатовичу", False, "Касымов Ерлан Болатович"),
    ("Иванова Ивана Ивановича", False, "Иванов Иван Иванович"),
    ("Петровского Алексея Игоревича", False, "Петровский Алексей Игоревич"),
    ("Ким Ольгу Викторовну", False, "Ким Ольга Викторовна"),
    ("Ким Ольги Викторовны", False, "Ким Ольга Викторовна"),
    ("Смирновой Гульнары Асхатовны", False, "Смирнова Гульнара Асхатовна"),
    ("Тасмагамбетову Дину Муратовну", False, "Тасмагамбетова Дина Муратовна"),
    ("Нурланова Айгерим Маратовны", False, "Нурланова Айгерим Маратовна"),
    # a feminine name in -ия pymorphy3 takes for indeclinable, and a masculine given name
    # declined with its surname beside a Kazakh patronymic
    ("Сарсенбаеву Алию Кайратовну", False, "Сарсенбаева Алия Кайратовна"),
    ("Тулегеновой Алии Сабитовны", False, "Тулегенова Алия Сабитовна"),
    ("Омаровой Алие Кайратовне", False, "Омарова Алия Кайратовна"),
    ("Байжанова Нұрлана Асқарұлы", False, "Байжанов Нұрлан Асқарұлы"),
    ("Ахметову Ерлану Серікұлы", False, "Ахметов Ерлан Серікұлы"),
    # no patronymic: the surname's or the given name's unambiguous ending decides
    ("Ивановой Анны", False, "Иванова Анна"),
    ("Петровым Иваном", False, "Петров Иван"),
    ("Омарова Данияра", False, "Омаров Данияр"),
    ("Смирнову Ольгу", False, "Смирнова Ольга"),
    ("Омарову А.К.", False, "Омарова А.К."),
    ("Петровым И.И.", False, "Петров И.И."),
    # already nominative: unchanged
    ("Ахметова Алия Маратовна", False, "Ахметова Алия Маратовна"),
    ("Иванов Иван", False, "Иванов Иван"),
    ("Петрова И.И.", False, "Петрова И.И."),
    ("Омарова Дана", False, "Омарова Дана"),
    ("Ким Ольга Викторовна", True, "Ким Ольга Викторовна"),
    ("Бекова Дана Ерланқызы", True, "Бекова Дана Ерланқызы"),
    ("Ахметов Ерлан Серікұлы", True, "Ахметов Ерлан Серікұлы"),
    ("Омаров Данияр", True, "Омаров Данияр"),
    # Kazakh case suffixes glued to the last word
    ("Ахметов Ерланды", True, "Ахметов Ерлан"),
    ("Серікова Дананың", True, "Серікова Дана"),
    ("Жұмабекова Әсемге", True, "Жұмабекова Әсем"),
    ("Сапарова Гүлнар Ерланқызына", True, "Сапарова Гүлнар Ерланқызы"),
    ("Ахметов Ерлан Серікұлының", True, "Ахметов Ерлан Серікұлы"),
    ("Ахметов Ерлан Серікұлымен", True, "Ахметов Ерлан Серікұлы"),
]


@pytest.mark.parametrize(("written", "kazakh", "want"), TABLE)
def test_nominative(written: str, kazakh: bool, want: str) -> None:
    assert nominative(written, kazakh=kazakh) == want


def test_a_surname_with_initials_after_poruchit_is_a_masculine_dative() -> None:
    assert nominative("Омарову А.К.", before="поручить ") == "Омаров А.К."


def test_a_replacement_letter_stores_the_new_person_in_the_nominative() -> None:
    from parsers.letters import parse_letter

    doc = parse_letter("О замене ответственного лица\nПросим считать ответственным за "
                       "взаимодействие с Единым контакт-центром по услуге № 00301138 "
                       "Сейтжанова Ерлана Нурлановича, главного специалиста, вместо "
                       "Петровой Анны Ивановны.", "body")
    assert doc.kind == "responsible_change"
    assert doc.responsible and doc.responsible.full_name == "Сейтжанов Ерлан Нурланович"
    assert doc.previous_responsible
    assert doc.previous_responsible.full_name == "Петрова Анна Ивановна"


@pytest.mark.parametrize(("written", "before", "want"), [
    ("Нургалиеву Асем", "назначить ", "Нургалиева Асем"),  # a given name no dictionary knows
    ("Ахметову Ерлану", "поручить ", "Ахметов Ерлан"),
    ("Нурланову К.М.", "передается от Алиева Б.С. к ", "Нурланов К.М."),
])
def test_two_words_the_surname_and_the_words_before_it_tell(written, before, want) -> None:
    assert nominative(written, before=before) == want
