"""Column 8 written every way agencies write it (name before or after the position, labels or
none, commas, semicolons or line breaks, any phone spelling): the four parts always come back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.text import split_responsible

SURNAMES = ["Петров", "Сейткали", "Нұрланова", "Ким", "Иванова-Петрова", "Әбдіхалық"]
GIVEN = ["Андрей", "Әсел", "Гүлнар", "Ерлан", "Елена"]
PATRONYMICS = ["Викторович", "Маратқызы", "Серікқызы", "Қайратұлы", "Павловна", "Ерланулы"]
POSITIONS = ["начальник отдела", "бас маман", "главный специалист управления",
             "руководитель отдела государственных услуг", "бөлім басшысы"]
PHONES = [("+7 (7172) 74-00-11", "+77172740011"), ("8 (7172) 74-05-12", "87172740512"),
          ("+7 701 123 45 67", "+77011234567"), ("8-7172-74-00-11", "87172740011")]


@st.composite
def cells(draw):
    surname, given, patronymic = (draw(st.sampled_from(SURNAMES)), draw(st.sampled_from(GIVEN)),
                                  draw(st.sampled_from(PATRONYMICS)))
    name = draw(st.sampled_from([f"{surname} {given} {patronymic}",
                                 f"{surname} {given[0]}.{patronymic[0]}.",
                                 f"{given[0]}.{patronymic[0]}. {surname}"]))
    position = draw(st.sampled_from(POSITIONS))
    phone, digits = draw(st.sampled_from(PHONES))
    email = draw(st.from_regex(r"[a-z]{1,8}\.[a-z]{2,8}@[a-z]{2,6}\.gov\.kz", fullmatch=True))
    upper = draw(st.booleans())
    parts = [name, position] if draw(st.booleans()) else [position.capitalize(), name]
    phone_label = draw(st.sampled_from(["", "тел. ", "тел.: ", "телефон: "]))
    mail_label = draw(st.sampled_from(["", "e-mail: ", "эл. почта: ", "email "]))
    contacts = [phone_label + phone, mail_label + (email.upper() if upper else email)]
    if draw(st.booleans()):
        contacts.reverse()
    separator = draw(st.sampled_from([", ", "; ", "\n", ",\n"]))
    expected_position = parts[0] if parts[1] == name else parts[1]
    return separator.join(parts + contacts), (name, expected_position, email, digits)


@settings(max_examples=300, deadline=None)
@given(cells())
def test_column_8_parts_always_come_back(case):
    cell, (name, position, email, phone) = case
    person = split_responsible(cell)
    assert person is not None
    assert (person.full_name, person.position, person.email, person.phone) == \
        (name, position, email, phone), cell
