"""The last pass over every parsed document, whatever read it: a person's position kept to the
position.

Why one pass at the end: a position is cut out of a cell, a sentence or a table by several
readers (column 8, a letter's "назначить … главного специалиста", a two-column table), and each
lets through the same debris — an extension ("вн. 2-14", "ішкі 3"), a contact label left
without its number ("тел", "ұялы", "байланыс"), the word that introduced the person ("орнына",
"будет вести"), a ditto mark; and a change notice's "без изменений" is a column that did not
change (null), as the contract's change notice carries only what changed.  Cleaning it here
once keeps the readers simple and alike.
"""

from __future__ import annotations

import re

from gateway.domain import ResponsiblePerson
from parsers.form.layouts import CHANGE_FIELDS, DITTO
from parsers.records import ParsedDocument, ParseResult
from parsers.text import fold

# what trails a position: ", вн. 2-14", ", ішкі 3", ", т", ", тел.", ", байланыс", ", ұялы"
_TAIL = re.compile(
    r"(?:[,;]\s*|\s+)(?:вн\.?|внутр\.?|доб\.?|ішкі|т\.?|тел\.?|телефон|моб\.?|ұялы|байланыс|"
    r"e-?mail|эл\.?\s*почта)(?:\s*[:.]?\s*[\d\s\-()]*)?\s*$", re.IGNORECASE)
# what leads it: "орнына …", "будет вести …", "вместо него …", "жаңа …"
_LEAD = re.compile(r"^(?:орнына|будет\s+вести|будет|вместо\s+него|вместо\s+неё|вместо\s+нее)\s+",
                   re.IGNORECASE)
_LABEL = re.compile(r"^(?:тел\.?|телефон|моб\.?|ұялы|байланыс|т\.?|e-?mail)$", re.IGNORECASE)


def position(value: str | None) -> str | None:
    if value is None or DITTO.match(value):
        return None
    text = value
    for _ in range(2):
        text = _TAIL.sub("", text).strip(" ,;:-–—")
        text = _LEAD.sub("", text)
    if _LABEL.match(text):
        return None
    return fold(text) if len(text) >= 2 else None


def _person(p: ResponsiblePerson | None) -> None:
    if p is not None and p.position is not None:
        p.position = position(p.position)


# a change notice's cell that says the column did not change: the contract's change notice
# carries only the changed fields, the others null
_UNCHANGED = re.compile(
    r"^\(?(?:без\s+изменени\w*|изменени\w*\s+(?:нет|не\s+вносились)|нет\s+изменени\w*|"
    r"не\s+изменял\w*|не\s+изменил\w*|прежн\w*|өзгер\w*\s+(?:жоқ|енгізілмеген)|өзгеріссіз|"
    r"өзгермеді|бұрынғы\w*)\)?[.;]?$", re.IGNORECASE)


def _unchanged_to_null(doc: ParsedDocument) -> None:
    for service in doc.services:
        for name in CHANGE_FIELDS:
            value = getattr(service, name)
            if value is not None and _UNCHANGED.match(value.strip()):
                setattr(service, name, None)


def tidy(result: ParseResult) -> ParseResult:
    for doc in result.documents:
        if doc.kind == "change_notice":
            _unchanged_to_null(doc)
        _person(doc.responsible)
        _person(doc.previous_responsible)
        for service in doc.services:
            _person(service.responsible)
    return result
