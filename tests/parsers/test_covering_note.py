"""A covering note that says its attachments are no reply — a draft sent round for comments, a
copy sent for information with the centre in copy — holds the attached form for an operator,
however well the form itself reads (parsers.mime.walk, parsers.reliability)."""

from __future__ import annotations

import pytest

from gateway.processing.doubts import missing
from parsers.api import parse_message
from tests.parsers.messages.builders import FORM, with_attachment


@pytest.mark.parametrize("note", [
    "Коллеги, во вложении черновик формы для ЕКЦ, просим заполнить жёлтые ячейки до пятницы. "
    "ЕКЦ в копии для информации.",
    "Управлению цифровизации акимата области. Направляем сведения для свода по области. "
    "ЕКЦ — в копии для сведения.",
])
def test_a_note_that_says_draft_or_copy_holds_the_form(note):
    result = parse_message(with_attachment("forma.docx", FORM, body=note))
    [form] = [d for d in result.documents if d.part == "forma.docx"]
    assert form.kind == "appendix1_form" and form.confidence <= 0.3, form
    assert missing(form) == ("сопроводительное письмо говорит, что это черновик или копия "
                             "для сведения")


def test_a_plain_covering_note_leaves_the_form_as_it_reads():
    result = parse_message(with_attachment("forma.docx", FORM, body=(
        "Направляем заполненную форму по Вашему запросу.")))
    [form] = [d for d in result.documents if d.part == "forma.docx"]
    assert form.kind == "appendix1_form" and form.confidence > 0.6, form
