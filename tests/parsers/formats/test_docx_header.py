"""A DOCX page header is read with the body: a letterhead's date and outgoing number, or a
protocol's date at the top of the page, stand there and nowhere else (parsers.formats.docx)."""

from __future__ import annotations

import io

import docx

from parsers.api import parse_document

BODY = ["ПРОТОКОЛ принятия государственной услуги для консультирования Единым контакт-центром",
        "Сотрудники Единого контакт-центра прошли обучение по государственной услуге 00501012 "
        "«Выдача справки», утвержденной приказом Министра от 12 мая 2020 года № 41. Услуга "
        "принята Единым контакт-центром для консультирования.",
        "От Единого контакт-центра: Омарова Д.С.   От услугодателя: Тулегенова А.М."]


def _protocol(header: str | None) -> bytes:
    d = docx.Document()
    if header is not None:
        d.sections[0].header.paragraphs[0].text = header
    for line in BODY:
        d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_the_date_in_the_page_header_is_the_protocols() -> None:
    [doc] = parse_document(_protocol("г. Астана                    15.03.2027"), "p.docx").documents
    assert doc.kind == "training_protocol"
    assert str(doc.protocol_date) == "2027-03-15"
    assert doc.text.startswith("г. Астана")


def test_a_document_without_a_header_reads_as_before() -> None:
    [doc] = parse_document(_protocol(None), "p.docx").documents
    assert doc.text.startswith("ПРОТОКОЛ")
