"""A letter naming no service and answering no letter of ours goes to the agency's one case
that awaits its kind, only when it is sure, and to none when several or none do
(gateway.processing.expectations)."""

from __future__ import annotations

import pytest

from gateway.processing.expectations import only_case_awaiting
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
