"""What closes the centre's p.10 step when the letter in its thread is none of the reply kinds
(understanding.answers): an answer to the centre, not anything that came in the thread."""

from __future__ import annotations

import pytest

from understanding.answers import answers_additional_request

ANSWERS = [
    "Re: Дополнительный запрос\nНаправляем разъяснения по услуге.",
    "На Ваш запрос сообщаем, что услуга оказывается через портал электронного правительства.",
    "Сұрау салуыңызға сәйкес түсініктеме береміз: қызмет портал арқылы көрсетіледі.",
    "По данному вопросу поясняем, что срок оказания услуги составляет 5 рабочих дней.",
]
NOT_ANSWERS = [
    ("Рассмотрев Ваше обращение, сообщаем, что в назначении пособия отказано.", "заявителю"),
    ("Сіздің өтінішіңіз қаралды, қызмет көрсетуден бас тартылды.", "заявителю"),
    ("Письмо от 10.02.2027 направлено в ваш адрес ошибочно, просим не учитывать.", "ошибочно"),
    ("Ваше письмо получено и зарегистрировано, ответ будет направлен позднее.", "позже"),
    ("Сұралған мәліметтер қазіргі уақытта жиналуда. Толық жауап 23 сәуірге дейін жіберіледі.",
     "позже"),
    ("Просим уточнить форму, по которой необходимо представить сведения.", "вопрос"),
    ("Копия для сведения: ответ акимата на письмо депутата.", "копия"),
    ("Таблица 1. Итоги квартала: 412 заявок, 37 возвратов.", "ни сведений"),
    ("ПРОТОКОЛ совещания отдела № 7. Присутствовали: 6 человек. Слушали: о работе с "
     "обращениями и сведения по запросу ЕКЦ. Решили: принять к сведению.", "протокол совещания"),
    ("Жедел кеңес хаттамасы № 3. Қаралған мәселе: ЕКЦ сұрауы бойынша мәліметтер.",
     "протокол совещания"),
]


@pytest.mark.parametrize("text", ANSWERS)
def test_an_answer_to_the_centre_closes_the_step(text):
    assert answers_additional_request(text) == (True, "")


@pytest.mark.parametrize(("text", "why"), NOT_ANSWERS)
def test_what_answers_nothing_the_centre_asked_leaves_it_open(text, why):
    ok, reason = answers_additional_request(text)
    assert not ok and why in reason, reason
