"""A letter naming no service and answering no letter of ours goes to the agency's one case
that awaits its kind, only when it is sure, and to none when several or none do
(gateway.processing.expectations)."""

from __future__ import annotations

import pytest

from gateway.processing.expectations import cases_of_person, only_case_awaiting
from parsers.records import ParsedDocument
from understanding.judge import NOWHERE_SURE

CASES = [("a", "info_received"), ("b", "consulting"), ("c", "requested")]


@pytest.mark.parametrize(("kind", "case"), [
    ("training_protocol", "a"),  # only a waits for a protocol
    ("change_notice", None),  # a and b may both take one: ambiguous
    ("refusal", None),  # a and c
    ("other", None),  # nothing to route
])
def test_the_one_case_that_awaits(kind: str, case: str | None) -> None:
    doc = ParsedDocument(part="body", kind=kind, confidence=0.97)  # type: ignore[arg-type]
    assert only_case_awaiting(CASES, doc) == case


def test_only_a_sure_document_is_routed_by_its_agency_alone() -> None:
    doc = ParsedDocument(part="body", kind="training_protocol", confidence=NOWHERE_SURE - 0.01)
    assert only_case_awaiting(CASES, doc) is None


PEOPLE = [("a", "consulting", "Смагулов Канат Ерикович"), ("b", "consulting",
          "Смагулов Канат Ерикович"), ("c", "accepted", "Абенова Дана"),
          ("d", "info_received", None)]


def _person_letter(previous: str | None, confidence: float = 0.95) -> ParsedDocument:
    from gateway.domain import ResponsiblePerson

    return ParsedDocument(part="body", kind="responsible_change", confidence=confidence,
                          responsible=ResponsiblePerson(full_name="Петрова Анна Викторовна"),
                          previous_responsible=ResponsiblePerson(full_name=previous)
                          if previous else None)


@pytest.mark.parametrize(("previous", "cases"), [
    ("Смагулова К.Е.", ["a", "b"]),  # the cases whose person it replaces, in any case form
    ("Абеновой Даны", ["c"]),
    ("Жумабаев Ерлан", []),  # names a person no case has: an operator looks
])
def test_a_replacement_goes_to_the_cases_of_the_person_it_replaces(previous, cases) -> None:
    assert cases_of_person(PEOPLE, _person_letter(previous)) == cases


def test_naming_no_one_it_answers_our_request_or_the_agency_has_one_person() -> None:
    waiting = [*PEOPLE, ("e", "requested", None), ("f", "requested", None)]
    assert cases_of_person(waiting, _person_letter(None)) == ["e", "f"]
    assert cases_of_person(PEOPLE, _person_letter(None)) == []  # two people: which?
    one = [c for c in PEOPLE if c[0] != "c"]
    assert cases_of_person(one, _person_letter(None)) == ["a", "b"]


def test_only_a_sure_person_letter_is_routed_by_its_agency_alone() -> None:
    assert cases_of_person(PEOPLE, _person_letter(None, NOWHERE_SURE - 0.01)) == []
    # naming the case's own person as the one replaced, the judge's threshold is enough
    assert cases_of_person(PEOPLE, _person_letter("Смагулов К.", 0.7)) == ["a", "b"]
    other = ParsedDocument(part="body", kind="refusal", confidence=0.99)  # type: ignore[arg-type]
    assert cases_of_person(PEOPLE, other) == []


def _cover(name: str | None) -> ParsedDocument:
    from gateway.domain import ResponsiblePerson

    return ParsedDocument(part="body", kind="responsible_change", confidence=0.3,
                          responsible=ResponsiblePerson(full_name=name) if name else None)


def _form(person: str, confidence: float = 0.97) -> ParsedDocument:
    from gateway.domain import ResponsiblePerson, ServiceInfo

    return ParsedDocument(part="forma.docx", kind="appendix1_form", confidence=confidence,
                          services=[ServiceInfo(registry_number="00302027",
                                                responsible=ResponsiblePerson(full_name=person))])


@pytest.mark.parametrize(("cover", "form", "kept"), [
    ("Жумабаев Е.Т.", _form("Жумабаев Ерлан Талгатович"), ["forma.docx"]),  # the same person
    (None, _form("Жумабаев Ерлан Талгатович"), ["forma.docx"]),  # the note names no one
    ("Сыздыков Б.А.", _form("Жумабаев Ерлан Талгатович"), ["body", "forma.docx"]),  # another
    ("Жумабаев Е.Т.", _form("Жумабаев Ерлан Талгатович", 0.4), ["body", "forma.docx"]),
])
def test_an_unsure_note_about_the_person_a_sure_form_names_is_the_form(cover, form, kept):
    from gateway.processing.expectations import covered_by_forms

    plan = [("case-1", 0, _cover(cover), []), ("case-1", 1, form, [])]
    assert [doc.part for _, _, doc, _ in covered_by_forms(plan, 0.6)] == kept
