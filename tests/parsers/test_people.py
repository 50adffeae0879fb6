"""Who is the new responsible person and who the previous one, among the names a letter gives
(parsers.people): a label on the line above, a person who stays, the line about the contact
centre in a letter sharing out several duties, a "Было | Стало" table."""

from __future__ import annotations

from parsers.people import assign, from_tables

LABEL_ABOVE = ("Прежний ответственный - Нургалиева Гульмира Ахметовна (переведена на другую "
               "должность).\nНовый ответственный с 15.02.2027:\n  Сергеев Андрей Михайлович,\n"
               "  главный ветеринарный врач\n\nПо услуге 00805011 ответственным остается "
               "Петренко О.Н.\n")
SHARED_OUT = ("1) обязанности главного бухгалтера Жакеновой С.Т. - на бухгалтера Смирнову Елену "
              "Петровну;\n2) обязанности ответственного за взаимодействие с Единым "
              "контакт-центром по услуге 01301004 вместо Жакенова Ерлана Муратовича - на "
              "главного специалиста Утегенову Айнур Сериковну;\n3) приём граждан ведет "
              "Байжанов К.К.\n")
WAS_BECAME = ("Было: Петренко Виктория Александровна, главный специалист.\n"
              "Стало: Абенов Ильяс Нурланович, главный специалист, тел. 8 727 271 66 45.\n")


def _names(text: str) -> tuple[str | None, str | None]:
    new, prev = assign(text)
    return (new.name if new else None), (prev.name if prev else None)


def test_the_new_person_under_a_label_on_the_line_above() -> None:
    assert _names(LABEL_ABOVE) == ("Сергеев Андрей Михайлович", "Нургалиева Гульмира Ахметовна")


def test_the_duty_towards_the_contact_centre_decides() -> None:
    assert _names(SHARED_OUT)[0] == "Утегенову Айнур Сериковну"


def test_was_and_became() -> None:
    assert _names(WAS_BECAME) == ("Абенов Ильяс Нурланович", "Петренко Виктория Александровна")


def test_a_table_with_a_column_per_person() -> None:
    table = [["", "Было", "Стало"],
             ["Ф.И.О.", "Байтуганова Алия Кайратовна", "Шевченко Максим Игоревич"],
             ["Должность", "главный специалист", "руководитель отдела"],
             ["Телефон", "8 (7182) 55-10-21", "8 (7182) 55-10-23"],
             ["E-mail", "a.b@pavlodar.gov.kz", "m.s@pavlodar.gov.kz"]]
    new, prev = from_tables([table])
    assert new is not None and prev is not None
    assert (new.full_name, new.position, new.phone, new.email) == (
        "Шевченко Максим Игоревич", "руководитель отдела", "87182551023", "m.s@pavlodar.gov.kz")
    assert prev.full_name == "Байтуганова Алия Кайратовна"


def test_the_one_released_earlier_is_the_previous_one() -> None:
    order = ("1. Бас маман Мейрамов Ерсін Болатұлы Бірыңғай байланыс орталығымен хат алмасуға "
             "жауапты тұлға болып тағайындалсын.\n2. Бұрын жауапты болып белгіленген Қалиев "
             "Жасұлан Нұрланұлы осы міндеттен босатылсын.\n")
    assert _names(order) == ("Мейрамов Ерсін Болатұлы", "Қалиев Жасұлан Нұрланұлы")


def test_contacts_under_the_line_of_the_previous_one_are_the_new_ones() -> None:
    from parsers.letters import parse_letter

    letter = ("Басқарма маманы Жұмабек Арайлым Талғатқызы Бірыңғай байланыс орталығымен жұмыс "
              "жүргізуге жауапты болып белгіленгенін хабарлаймыз.\nОсыған дейін жауапты болған "
              "Сапарова Мәдина Оразқызы жұмыстан босатылды.\nБайланыс: 8 (7262) 45-30-17, "
              "a.zhumabek@madeniet.zhambyl.gov.kz\n")
    doc = parse_letter(letter, "body")
    assert doc.responsible is not None and doc.previous_responsible is not None
    assert doc.responsible.email == "a.zhumabek@madeniet.zhambyl.gov.kz"
    assert doc.previous_responsible.full_name == "Сапарова Мәдина Оразқызы"


def test_a_kazakh_position_is_read_whole_after_its_cue() -> None:
    from parsers.letters import parse_letter

    for letter, position in [
        ("Министрлік Бірыңғай байланыс орталығына ақпарат ұсынуға жауапты тұлға ретінде "
         "Цифрландыру департаментінің бас сарапшысы Есенгельдина Камила Бауыржанқызын "
         "тағайындағанын хабарлайды.", "Цифрландыру департаментінің бас сарапшысы"),
        ("Бірыңғай байланыс орталығымен жұмыс жөніндегі жауапты тұлға -\nжер қатынастары "
         "бөлімінің жетекші маманы Оразбаев Бауыржан Серікұлы (тел. 8 7132 55 30 14).",
         "жер қатынастары бөлімінің жетекші маманы"),
    ]:
        doc = parse_letter(letter, "body")
        assert doc.responsible is not None and doc.responsible.position == position


def test_a_name_written_given_name_first_is_recorded_surname_first() -> None:
    from parsers.people import mentions

    text = "ответственным лицом является специалист 1 категории Ерлан Болатович Ахметов."
    assert [m.name for m in mentions(text)] == ["Ахметов Ерлан Болатович"]


def test_the_new_person_named_by_initials_in_one_language_is_recorded_in_full() -> None:
    from parsers.letters import parse_letter

    letter = ("Басқарма Д.С. Ахметованың орнына 2026 жылғы 24 желтоқсаннан бастап жауапты "
              "тұлға болып Т.А. Бейсенбаев тағайындалғанын хабарлайды.\n"
              "По услугам № 00501008 и № 00501012 вместо Ахметовой Д.С. назначен эксперт "
              "Департамента Бейсенбаев Тимур Аскарович, тел. +7 7172 74 08 36.")
    doc = parse_letter(letter, "body")
    assert doc.responsible is not None
    assert doc.responsible.full_name == "Бейсенбаев Тимур Аскарович"
